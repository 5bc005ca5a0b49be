import { Segmented, Typography } from 'antd';
import { memo, useEffect, useLayoutEffect, useRef, useState, type MouseEvent } from 'react';
import type { Layout } from '../../../../shared/layout/layout';
import type { Notice } from '../../../../shared/model/notice';
import type { AppSettings } from '../../../../shared/model/settings';
import { px, sheetBox } from './page-geometry';
import { PreviewSheet } from './PreviewSheet';
import { usePreviewPages } from './use-preview-pages';
import { useEditingParagraph } from './use-editing-paragraph';
import './preview.css';

type Zoom = 'fit' | 'actual';
const ZOOM_OPTIONS = [
  { value: 'fit', label: '适合宽度' },
  { value: 'actual', label: '100%' },
];
/** Room left and right of the pages in the pane, px. */
const GUTTER = 32;

export interface PagedPreviewProps {
  notice: Notice;
  layout: Layout;
  /** The export settings the pages are drawn with (fonts, ledger columns); null until read. */
  settings: Partial<AppSettings> | null;
  /** The editor's selection: its paragraphs are marked, and scrolled into view when it changes. */
  selection: string;
  /** A click on a paragraph shows its part or item in the editor. */
  onSelect: (selection: string) => void;
  /** False while the pane shows 检查: the pages wait, as they were. */
  active: boolean;
}

/**
 * 预览: the notice as the approver will see it, A4 pages on the 22 × 28 grid
 * laid out from the blocks the export writes, following every change.
 */
export const PagedPreview = memo(function PagedPreview({ notice, layout, settings, selection, onSelect, active }: PagedPreviewProps) {
  const pages = usePreviewPages(notice, layout, settings, active);
  const [zoom, setZoom] = useState<Zoom>('fit');
  const scrollRef = useRef<HTMLDivElement>(null);
  const width = usePaneWidth(scrollRef);

  const marked = selection;
  const editing = useEditingParagraph();
  const paged = pages !== null;
  // A new selection scrolls its first marked line into view; typing in it does not move the pages.
  useEffect(() => {
    scrollRef.current?.querySelector('.preview-line-marked')?.scrollIntoView({ block: 'nearest' });
  }, [marked, paged]);
  // The caret moving to another paragraph brings that paragraph's lines into view.
  useEffect(() => {
    if (editing !== null) scrollRef.current?.querySelector('.preview-line-editing')?.scrollIntoView({ block: 'nearest' });
  }, [editing]);

  const onClick = (event: MouseEvent) => {
    const line = (event.target as Element).closest<HTMLElement>('[data-source]');
    if (line?.dataset.source) onSelect(line.dataset.source);
  };

  // Fit width: each sheet as wide as the pane, a landscape ledger page too (so it is smaller than its portrait pages).
  const scaleOf = (orientation: 'portrait' | 'landscape') =>
    zoom === 'actual' || width === 0 || !pages
      ? 1
      : Math.min(1, Math.max(0.1, (width - GUTTER) / px(sheetBox(pages.style, orientation).width)));
  const scales = { portrait: scaleOf('portrait'), landscape: scaleOf('landscape') };
  return (
    <div className="paged-preview" aria-label="预览" data-took={pages?.took.toFixed(1)}>
      <div className="preview-head">
        <Typography.Text className="preview-count" aria-label="页数">
          {pages ? pageCount(pages.sheets.length, pages.noticePages, pages.ledgerPages) : '正在排版…'}
        </Typography.Text>
        <Segmented size="small" aria-label="缩放" value={zoom} options={ZOOM_OPTIONS} onChange={(value) => setZoom(value as Zoom)} />
      </div>
      {/* Always there, so its width is known before the first pages are. */}
      <div className="preview-scroll" ref={scrollRef} onClick={onClick}>
        {pages && (
          <div className="preview-pages">
            {pages.sheets.map((sheet) => (
              <PreviewSheet
                key={sheet.number}
                sheet={sheet}
                style={pages.style}
                marked={marked}
                editing={editing}
                zoom={scales[sheet.page.orientation]}
              />
            ))}
          </div>
        )}
      </div>
    </div>
  );
});

function pageCount(total: number, notice: number, ledger: number): string {
  return ledger > 0 ? `共 ${total} 页（正文 ${notice} 页，附件 ${ledger} 页）` : `共 ${total} 页`;
}

/** The pane's inner width, followed as the window or the columns change. */
function usePaneWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
