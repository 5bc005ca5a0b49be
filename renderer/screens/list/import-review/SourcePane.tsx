import { useEffect, useRef } from 'react';
import type { ImportPreviewSource } from '../../../../shared/api';
import type { LineRange, ReviewSourceLine } from '../../../../shared/import/review/source-map';

export interface SourcePaneProps {
  source: ImportPreviewSource;
  /** The selected target's lines. */
  highlight: LineRange | null;
  /** The line a warning that was clicked is about. */
  warned: number | null;
  /** A click on a line: the review selects what was read from it. */
  onPick: (line: number) => void;
}

/**
 * 原文: the file's lines as the importer read them, numbered as the warnings
 * number them, with the selection's lines marked and brought into view;
 * the page furniture the importer left out is there, greyed, as 已略去
 * (a line's part only, greyed, when the rest of the line was kept).
 */
export function SourcePane({ source, highlight, warned, onPick }: SourcePaneProps) {
  const list = useRef<HTMLDivElement>(null);
  const unit = source.unit === 'line' ? '行' : '段';
  const dropped = source.lines.filter((l) => l.dropped).length;

  const target = warned ?? highlight?.first ?? null;
  useEffect(() => {
    if (target === null) return;
    const row = list.current?.querySelector(`[data-line="${target}"]`);
    row?.scrollIntoView({ block: 'center' });
  }, [target, highlight?.last]);

  return (
    <section className="review-source" aria-label="原文">
      <header className="review-pane-head">
        原文
        <span className="review-pane-hint">
          共 {source.lines.length} {unit}
          {dropped > 0 ? `，已略去 ${dropped} ${unit}网页附带的内容（灰色）` : ''}；点击一{unit}可选中从中识别出的条目
        </span>
      </header>
      <div className="review-source-lines" ref={list}>
        {source.lines.map((line) => {
          const inRange = highlight !== null && line.line >= highlight.first && line.line <= highlight.last;
          const classes = [
            'review-source-line',
            inRange && 'is-selected',
            warned === line.line && 'is-warned',
            line.dropped && 'is-dropped',
          ]
            .filter(Boolean)
            .join(' ');
          return (
            <div key={line.line} className={classes} data-line={line.line} onClick={() => onPick(line.line)}>
              <span className="review-source-number">{line.line}</span>
              <span className="review-source-text">
                {line.dropped && <span className="review-dropped-tag">已略去</span>}
                <LineText line={line} />
              </span>
            </div>
          );
        })}
      </div>
    </section>
  );
}

/** A line's text; the part of a kept line the importer left out (furniture after a title) greyed and named. */
function LineText({ line }: { line: ReviewSourceLine }) {
  const at = line.droppedPart === undefined ? -1 : line.text.lastIndexOf(line.droppedPart);
  if (at === -1) return <>{line.text}</>;
  const end = at + line.droppedPart!.length;
  return (
    <>
      {line.text.slice(0, at)}
      <span className="review-dropped-part" title="已略去：网页附带的内容">
        {line.text.slice(at, end)}
      </span>
      {line.text.slice(end)}
    </>
  );
}
