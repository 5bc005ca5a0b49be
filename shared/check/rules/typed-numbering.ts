import { leadingMarker } from '../../document/paragraph-list';
import { readMarker, type MarkerKind } from '../../import/markers';
import { hasText, printedEnumerators, type PrintedList } from '../../layout/entry-numbering';
import { enumerator, numberAtLevel } from '../../layout/number-format';
import { paragraphText, type ParagraphList } from '../../model/rich-text';
import { fromChineseNumeral, toChineseNumeral } from '../../text/chinese-numerals';
import { spotMaker, type Spot } from './spot';

const make = spotMaker('numbering');

/** The heading level (GB/T 9704 7.3.3: 一、（一）1.（1）) of the enumerator kinds that have one. */
const LEVEL_OF: Partial<Record<MarkerKind, number>> = { yi: 1, paren: 2, arabic: 3, arabicParen: 4 };
/** The kinds that are an enumerator when they open a paragraph (第一方面 and ① are left to the writer). */
const ENUMERATOR_KINDS = new Set<MarkerKind>(['yi', 'paren', 'arabic', 'arabicParen', 'di', 'shi']);

/** A list and how the layout prints it. */
export interface ListContext {
  list: ParagraphList;
  printed: PrintedList;
  /** The heading level of what the list stands under (1 under a part's 一、, an item's own level); null when it is body text. */
  parentLevel: number | null;
}

export interface ParagraphSpot {
  paragraph: number;
  spot: Spot;
}

/** The kind of enumerator a generated label is (一是 → shi). */
function kindOfLabel(label: string): MarkerKind | null {
  return label === '' ? null : (readMarker(`${label}文`)?.kind ?? null);
}

/**
 * Numbers typed into a list: where the layout numbers the paragraph too
 * (the composed text would print both, 二是1.…, or drops the typed one), and,
 * where it does not, typed sequences out of order (一是…三是) and levels
 * skipped among the typed numbers (（一）directly followed by （1）).
 */
export function listNumbering({ list, printed, parentLevel }: ListContext): ParagraphSpot[] {
  const out: ParagraphSpot[] = [];
  const generates = printedEnumerators({ ...list, enumeration: printed.enumeration }) > 0;
  const generatedKind = generates ? kindOfLabel(enumerator(printed.enumeration, 1)) : null;
  let count = printed.start;
  const sequence = typedSequence(parentLevel);
  list.paragraphs.forEach((paragraph, index) => {
    if (!hasText(paragraph)) return;
    const text = paragraphText(paragraph);
    const typed = leadingMarker(text);
    if (generates) {
      // A continued paragraph's own sub-points are moved a level down by the composer (belowLevel).
      if (paragraph.continued) return;
      const label = enumerator(printed.enumeration, ++count);
      if (typed && ENUMERATOR_KINDS.has(typed.marker.kind))
        out.push({ paragraph: index, spot: typedBesideGenerated(text, typed, label, list) });
      else sequence.inline(text, index, generatedKind, out);
      return;
    }
    if (typed && ENUMERATOR_KINDS.has(typed.marker.kind)) sequence.leading(text, typed, index, out);
    sequence.inline(text, index, null, out);
  });
  return out;
}

function typedBesideGenerated(
  text: string,
  typed: { marker: { kind: MarkerKind; text: string }; length: number },
  label: string,
  list: ParagraphList,
): Spot {
  const typedText = text.slice(0, typed.length).trim();
  const sameKind = typed.marker.kind === kindOfLabel(label) || typed.marker.kind === kindOfLabel(enumerator(list.enumeration, 1));
  if (sameKind) {
    return make(
      'numbering.typed-duplicate',
      'hint',
      `编号由版式自动生成（本段为“${label}”），输入的“${typedText}”导出时会去掉，应删去`,
      0,
      typed.length,
      '',
    );
  }
  const rest = text.slice(typed.length, typed.length + 6);
  return make(
    'numbering.typed-double',
    'error',
    `本段自动编号为“${label}”，又输入了编号“${typedText}”，将印成“${label}${typedText}${rest}…”`,
    0,
    typed.length,
  );
}

const CN = '[一二三四五六七八九十]+';
/** 一是 opening a clause: at the start, or after a sentence mark. */
const INLINE_SHI = new RegExp(`(?<=^|[。；：，！？\\s“])(${CN})是(?![否非不的])(?=[\\p{Script=Han}“（])`, 'gu');
/** 第一， opening a clause. */
const INLINE_DI = new RegExp(`(?<=^|[。；：，！？\\s])第(${CN})(?=[，、：])`, 'gu');

/** The state of the typed numbers of one field, read paragraph by paragraph. */
function typedSequence(parentLevel: number | null) {
  const counters = new Map<number, number>();
  let deepest = parentLevel;
  let deepestTyped = false;
  const inlineCounts: Record<'shi' | 'di', number> = { shi: 0, di: 0 };
  return {
    leading(
      text: string,
      typed: { marker: { kind: MarkerKind; n: number; text: string }; length: number },
      index: number,
      out: ParagraphSpot[],
    ) {
      const level = LEVEL_OF[typed.marker.kind];
      if (level === undefined) return;
      const typedText = text.slice(0, typed.length).trim();
      const { n } = typed.marker;
      const expected = (counters.get(level) ?? 0) + 1;
      if (n !== expected && n !== 1) {
        const right = numberAtLevel(level, expected);
        out.push({
          paragraph: index,
          spot: make('numbering.sequence', 'error', `编号“${typedText}”不连续，此处应为“${right}”`, 0, typed.length),
        });
      }
      // Only among the field's own typed numbers: under a heading's 一、 real notices go straight to 1. when they have no （一）.
      if (deepestTyped && deepest !== null && level > deepest + 1) {
        const missing = numberAtLevel(deepest + 1, 1);
        const message = `“${typedText}”跳过了一级：其上一级为“${numberAtLevel(deepest, 1)}”，中间缺少“${missing}”一级（层次依次为“一、”“（一）”“1.”“（1）”）`;
        out.push({ paragraph: index, spot: make('numbering.level-skipped', 'error', message, 0, typed.length) });
      } else if (!deepestTyped && deepest !== null && level <= deepest) {
        const message = `“${typedText}”的层次不低于所在标题“${numberAtLevel(deepest, 1)}”，层次颠倒（应依次为“一、”“（一）”“1.”“（1）”）`;
        out.push({ paragraph: index, spot: make('numbering.level-inverted', 'hint', message, 0, typed.length) });
      }
      counters.set(level, n);
      for (const deeper of [...counters.keys()]) if (deeper > level) counters.delete(deeper);
      deepest = level;
      deepestTyped = true;
    },
    /** 一是…二是… and 第一，…第二，… counted on through the field; 一 starts again. */
    inline(text: string, index: number, generatedKind: MarkerKind | null, out: ParagraphSpot[]) {
      for (const [kind, pattern] of [
        ['shi', INLINE_SHI],
        ['di', INLINE_DI],
      ] as const) {
        if (generatedKind === kind || !text.includes(kind === 'shi' ? '是' : '第')) continue;
        for (const match of text.matchAll(pattern)) {
          const n = fromChineseNumeral(match[1]!);
          if (n === null) continue;
          const expected = inlineCounts[kind] + 1;
          if (n !== 1 && n !== expected) {
            const right = kind === 'shi' ? `${toChineseNumeral(expected)}是` : `第${toChineseNumeral(expected)}`;
            out.push({
              paragraph: index,
              spot: make(
                'numbering.sequence',
                'error',
                `“${match[0]}”顺序不对，此处应为“${right}”`,
                match.index,
                match.index + match[0].length,
              ),
            });
          }
          inlineCounts[kind] = n;
        }
      }
    },
  };
}

/**
 * A number typed at the start of a heading or problem the layout numbers
 * itself: of the same kind the composer drops it (a hint to delete it), of
 * another kind both print (二、（一）…), an error. Either way the fix is to
 * delete it, since the printed number is the layout's.
 */
export function typedHeadingNumber(text: string, label: string, what: string): Spot | null {
  const typed = leadingMarker(text);
  if (!typed || (!ENUMERATOR_KINDS.has(typed.marker.kind) && typed.marker.kind !== 'circled')) return null;
  const typedText = text.slice(0, typed.length).trim();
  if (label !== '' && typed.marker.kind === kindOfLabel(label)) {
    return make(
      'numbering.typed-heading',
      'hint',
      `${what}的编号由版式自动生成（“${label}”），输入的“${typedText}”导出时会去掉，应删去`,
      0,
      typed.length,
      '',
    );
  }
  const printed = label === '' ? `“${typedText}`.concat('”') : `“${label}${typedText}…”`;
  const message =
    label === ''
      ? `${what}开头输入了编号${printed}，编号由版式自动生成，应删去`
      : `${what}开头输入了编号“${typedText}”，版式还会自动编号，将印成${printed}`;
  return make('numbering.typed-heading', 'error', message, 0, typed.length, '');
}
