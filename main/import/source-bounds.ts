import { ImportError } from '../../shared/import/errors';
import { describePlace, type SourceDocument } from '../../shared/import/source';

/**
 * Bounds no real notice comes near, checked before recognition so that
 * the recogniser only ever sees input of a notice's size. The longest
 * notices known run to about 20,000 characters in a few hundred paragraphs;
 * one paragraph of a notice is a few hundred characters, a long one a few
 * thousand.
 */
export const MAX_PARAGRAPH_CHARS = 20_000;
export const MAX_PARAGRAPHS = 20_000;
export const MAX_TEXT_CHARS = 300_000;

/** Refuses, in Chinese, a source that is too long as a whole, in paragraphs or in one paragraph. */
export function checkSourceBounds(source: SourceDocument): void {
  const paragraphs = new Set<number>();
  let total = 0;
  for (const { text, line } of source.lines) {
    if (text.length > MAX_PARAGRAPH_CHARS) throw paragraphTooLong(describePlace(line, source.unit), text.length);
    total += text.length;
    if (total > MAX_TEXT_CHARS) throw textTooLong();
    if (text.trim() !== '') paragraphs.add(line);
  }
  if (paragraphs.size > MAX_PARAGRAPHS) throw tooManyParagraphs(source.unit === 'line' ? '行' : '段');
}

export function paragraphTooLong(place: string, length: number): ImportError {
  return new ImportError(
    `${place}有 ${length} 个字，超过一段的上限 ${MAX_PARAGRAPH_CHARS} 字：通报的一段不会这么长，文件可能没有分段（如复制网页时丢了换行）或不是通报，未导入。`,
  );
}

export function textTooLong(): ImportError {
  return new ImportError(`文件的文字超过 ${MAX_TEXT_CHARS / 10000} 万字，远多于任何一份通报，可能选错了文件，未导入。`);
}

export function tooManyParagraphs(unit: '行' | '段'): ImportError {
  return new ImportError(`文件有效的文字超过 ${MAX_PARAGRAPHS} ${unit}，远多于任何一份通报，可能选错了文件，未导入。`);
}
