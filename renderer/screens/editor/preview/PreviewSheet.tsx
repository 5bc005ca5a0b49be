import { memo } from 'react';
import type { DocumentStyle } from '../../../../shared/layout/style';
import type { LedgerPage, NoticePage } from '../../../../shared/preview/page-types';
import type { SheetModel } from './use-preview-pages';
import { fontFamily } from './preview-fonts';
import { px, sheetBox } from './page-geometry';
import { PreviewLine, type LineMark } from './PreviewLine';

export interface SheetProps {
  sheet: SheetModel;
  style: DocumentStyle;
  /** The source (editor selection) whose lines are marked, or null. */
  marked: string | null;
  /** The paragraph being edited (use-editing-paragraph.ts), marked more strongly; null when none. */
  editing: string | null;
  /** How large the sheet is drawn: 1 is its size on paper at 96 px to the inch. */
  zoom: number;
}

/** A sheet is drawn again only when it changed, or when the marked source is or was on it. */
function sameSheet(before: SheetProps, after: SheetProps): boolean {
  if (before.sheet.signature !== after.sheet.signature || before.style !== after.style || before.zoom !== after.zoom) return false;
  const { sources, paragraphs } = after.sheet;
  const markedStays = before.marked === after.marked || (!sources.includes(before.marked) && !sources.includes(after.marked));
  const editingStays = before.editing === after.editing || (!paragraphs.includes(before.editing) && !paragraphs.includes(after.editing));
  return markedStays && editingStays;
}

/**
 * One sheet of paper: the page number `— N —` in the footer, right on odd
 * pages and left on even ones, one character in (GB/T 9704 7.5).
 */
export const PreviewSheet = memo(function PreviewSheet({ sheet, style, marked, editing, zoom }: SheetProps) {
  const { page, number } = sheet;
  const box = sheetBox(style, page.orientation);
  const oneCharacter = style.sizes.pageNumber * 10;
  const odd = number % 2 === 1;
  return (
    <div
      className={`preview-sheet preview-${page.orientation}`}
      data-page={number}
      aria-label={`第 ${number} 页`}
      style={{ width: px(box.width), height: px(box.height), zoom }}
    >
      <div className="preview-text-block" style={{ top: px(box.top), left: px(box.left), width: px(box.textWidth) }}>
        {page.orientation === 'portrait' ? (
          <NoticeLines sheet={sheet} page={page} style={style} width={box.textWidth} marked={marked} editing={editing} />
        ) : (
          <LedgerSheet page={page} style={style} width={box.textWidth} />
        )}
      </div>
      <div
        className="preview-page-number"
        style={{
          top: px(box.footerTop),
          left: px(box.left + (odd ? 0 : oneCharacter)),
          width: px(box.textWidth - oneCharacter),
          textAlign: odd ? 'right' : 'left',
          fontFamily: fontFamily(style.fonts.pageNumber),
          fontSize: `${style.sizes.pageNumber / 2}pt`,
          lineHeight: `${px(oneCharacter)}px`,
        }}
      >
        — {number} —
      </div>
    </div>
  );
}, sameSheet);

function NoticeLines({
  sheet,
  page,
  style,
  width,
  marked,
  editing,
}: {
  sheet: SheetModel;
  page: NoticePage;
  style: DocumentStyle;
  width: number;
  marked: string | null;
  editing: string | null;
}) {
  const pitch = style.page.linePitch;
  const { sources, paragraphs } = sheet;
  const markOf = (index: number): LineMark => {
    if (marked === null || sources[index] !== marked) return null;
    return editing !== null && paragraphs[index] === editing ? 'editing' : 'selected';
  };
  return (
    <>
      {page.lines.map((line, index) => (
        <PreviewLine
          key={index}
          line={line}
          source={sources[index]}
          top={index * pitch}
          width={width}
          pitch={pitch}
          style={style}
          mark={markOf(index)}
        />
      ))}
    </>
  );
}

/** The attached ledger: its heading lines on the first page, then the table, its header row on every page. */
function LedgerSheet({ page, style, width }: { page: LedgerPage; style: DocumentStyle; width: number }) {
  const pitch = style.page.linePitch;
  const tableFont = { fontFamily: fontFamily(style.fonts.table), fontSize: `${style.sizes.table / 2}pt` };
  return (
    <>
      <div style={{ position: 'relative', height: px(page.heading.length * pitch) }}>
        {page.heading.map((line, index) => (
          <PreviewLine key={index} line={line} top={index * pitch} width={width} pitch={pitch} style={style} mark={null} />
        ))}
      </div>
      <table className="preview-ledger" style={{ width: px(width), ...tableFont }}>
        <colgroup>
          {page.columns.map((column, index) => (
            <col key={index} style={{ width: px(column.width) }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {page.columns.map((column, index) => (
              <th key={index}>{column.header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {page.rows.map((row, index) =>
            row.kind === 'group' ? (
              <tr key={index} className="preview-ledger-group">
                <td colSpan={page.columns.length}>{row.text}</td>
              </tr>
            ) : (
              <tr key={index} data-item={row.itemId} style={{ height: px(row.height) }}>
                {row.cells.map((cell, column) => (
                  <td key={column} style={{ textAlign: page.columns[column]?.centred ? 'center' : 'left' }}>
                    {cell}
                  </td>
                ))}
              </tr>
            ),
          )}
        </tbody>
      </table>
    </>
  );
}
