import { useDeferredValue, useMemo, useRef } from 'react';
import { composePrinted, printOptions } from '../../../../shared/document/compose-printed';
import type { Layout } from '../../../../shared/layout/layout';
import type { DocumentStyle } from '../../../../shared/layout/style';
import type { Notice } from '../../../../shared/model/notice';
import { layOutPages } from '../../../../shared/preview/lay-out-pages';
import type { PreviewPage } from '../../../../shared/preview/page-types';
import { useServices } from '../../../app/services';
import { useAttachLedger } from '../attach-ledger';
import type { AppSettings } from '../../../../shared/model/settings';

/** A page ready to draw: the editor selection each line comes from, and a signature that changes only when the page does. */
export interface SheetModel {
  page: PreviewPage;
  number: number;
  /** Per line of a notice page, the source of its block (empty for a ledger page). */
  sources: (string | null)[];
  /** Per line of a notice page, the rich-field paragraph it prints, if any. */
  paragraphs: (string | null)[];
  signature: string;
}

export interface PreviewPages {
  sheets: SheetModel[];
  /** Pages of the notice itself, and of the attached ledger. */
  noticePages: number;
  ledgerPages: number;
  /** The style the pages are drawn in: the template's values with the user's fonts. */
  style: DocumentStyle;
  /** How long the last compose and layout took, in ms (the bench reads it from the pane). */
  took: number;
}

/**
 * The notice as pages, composed exactly as the export composes it
 * (composePrinted) and laid out on the GB/T 9704 grid. The notice is
 * deferred: a keystroke paints first, the pages follow.
 */
export function usePreviewPages(
  notice: Notice,
  layout: Layout,
  settings: Partial<AppSettings> | null,
  active: boolean,
): PreviewPages | null {
  const { templates } = useServices();
  // Hidden behind 检查, the pages keep the notice they last showed: nothing is laid out that nobody sees.
  const lastShown = useRef(notice);
  if (active) lastShown.current = notice;
  const [attachLedger] = useAttachLedger();
  const shown = useDeferredValue(lastShown.current);
  // The same style object while the settings stay: every sheet compares it to know whether to draw again.
  const lastStyle = useRef<DocumentStyle | null>(null);
  return useMemo(() => {
    if (!settings) return null;
    const started = performance.now();
    const printed = composePrinted(shown, layout, templates, printOptions(settings, attachLedger));
    const pages = layOutPages(printed.blocks, printed.style, printed.ledger ?? undefined);
    const sheets = pages.map((page, index): SheetModel => {
      const blocks = page.orientation === 'portrait' ? page.lines.map((line) => printed.blocks[line.block]) : [];
      const sources = blocks.map((block) => (block && block.kind !== 'blank' ? (block.source ?? null) : null));
      const paragraphs = blocks.map((block) => (block && block.kind === 'paragraph' ? (block.paragraph ?? null) : null));
      return { page, number: index + 1, sources, paragraphs, signature: pageSignature(page) + sources.join('|') + paragraphs.join('|') };
    });
    const noticePages = pages.filter((p) => p.orientation === 'portrait').length;
    const style =
      lastStyle.current && JSON.stringify(lastStyle.current) === JSON.stringify(printed.style) ? lastStyle.current : printed.style;
    lastStyle.current = style;
    return { sheets, noticePages, ledgerPages: pages.length - noticePages, took: performance.now() - started, style };
  }, [shown, layout, templates, settings, attachLedger]);
}

/** A string that changes exactly when what the page draws does; cheaper than serialising it, as it is made for every page at every change. */
function pageSignature(page: PreviewPage): string {
  if (page.orientation === 'landscape') return JSON.stringify(page);
  return page.lines
    .map(
      (line) =>
        `${line.block}|${line.align}|${line.left}|${line.right}|${line.size}|${line.runs.map((run) => `${run.role}${run.bold ? '*' : ''}\u0001${run.text}`).join('\u0002')}`,
    )
    .join('\n');
}
