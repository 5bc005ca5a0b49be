import type { CSSProperties } from 'react';
import type { DocRun } from '../../../../shared/document/blocks';
import type { DocumentStyle } from '../../../../shared/layout/style';
import type { PageLine } from '../../../../shared/preview/page-types';
import { isHalfWidth } from '../../../../shared/text/width';
import { latinFamily, roleFamily } from './preview-fonts';
import { px } from './page-geometry';

/** How a line is marked: its part or item is the editor's selection, or it prints the paragraph being edited. */
export type LineMark = 'selected' | 'editing' | null;

const MARK_CLASS: Record<Exclude<LineMark, null>, string> = {
  selected: 'preview-line preview-line-marked',
  editing: 'preview-line preview-line-marked preview-line-editing',
};

const ALIGN: Record<PageLine['align'], CSSProperties['textAlign']> = { justify: 'justify', start: 'left', center: 'center', end: 'right' };

/** A run cut where it turns from Chinese to half-width text and back, as the export's font slots draw it. */
function pieces(run: DocRun): { text: string; latin: boolean }[] {
  const out: { text: string; latin: boolean }[] = [];
  for (const char of run.text) {
    const latin = isHalfWidth(char);
    const last = out[out.length - 1];
    if (last && last.latin === latin) last.text += char;
    else out.push({ text: char, latin });
  }
  return out;
}

function RunView({ run, style }: { run: DocRun; style: DocumentStyle }) {
  // Body runs carry the grid's character spacing (−0.25 pt), the title none (run-format.ts).
  const spacing = run.role === 'title' ? undefined : `${style.characterSpacing / 20}pt`;
  return (
    <span style={{ fontWeight: run.bold ? 700 : undefined, letterSpacing: spacing }}>
      {pieces(run).map((piece, index) => (
        <span key={index} style={{ fontFamily: piece.latin ? latinFamily(run.role, style) : roleFamily(run.role, style) }}>
          {piece.text}
        </span>
      ))}
    </span>
  );
}

/**
 * One line of a page where the layout put it: its breaks are the layout's,
 * never the browser's (the line does not wrap), so what the preview shows on a
 * line is what the pagination counted.
 */
export function PreviewLine({
  line,
  source = null,
  top,
  width,
  pitch,
  style,
  mark,
}: {
  line: PageLine;
  /** The editor selection a click on the line shows. */
  source?: string | null;
  top: number;
  width: number;
  pitch: number;
  style: DocumentStyle;
  mark: LineMark;
}) {
  return (
    <div
      className={mark ? MARK_CLASS[mark] : 'preview-line'}
      data-source={source ?? undefined}
      style={{
        top: px(top),
        left: px(line.left),
        width: px(width - line.left - line.right),
        height: px(pitch),
        lineHeight: `${px(pitch)}px`,
        fontSize: `${line.size / 2}pt`,
        textAlign: ALIGN[line.align],
        textAlignLast: line.align === 'justify' ? 'justify' : undefined,
      }}
    >
      {line.runs.map((run, index) => (
        <RunView key={index} run={run} style={style} />
      ))}
    </div>
  );
}
