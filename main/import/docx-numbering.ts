import { toChineseNumeral } from '../../shared/text/chinese-numerals';
import { attr, child, children } from './docx-xml';

/** One level of a list definition in numbering.xml. */
interface Level {
  start: number;
  format: string;
  text: string;
  /** 1-based level after which this one restarts; 0 never; undefined after any higher level. */
  restart: number | undefined;
  legal: boolean;
}

interface Instance {
  abstractId: string;
  overrides: Map<number, { start?: number; level?: Level }>;
}

/**
 * Word's automatic numbering as the reader sees it (一、 （一） 1. …): the
 * list definitions of numbering.xml and a counter per list, advanced
 * paragraph by paragraph in document order. Lists that share a definition
 * and have no overrides continue one count, as Word does.
 */
export class DocxNumbering {
  private readonly definitions = new Map<string, Map<number, Level>>();
  private readonly instances = new Map<string, Instance>();
  private readonly counters = new Map<string, (number | undefined)[]>();

  constructor(numbering: Document | null) {
    if (!numbering) return;
    for (const abstract of children(numbering.documentElement, 'abstractNum')) {
      const levels = new Map<number, Level>();
      for (const lvl of children(abstract, 'lvl')) {
        const ilvl = levelIndex(attr(lvl, 'ilvl'));
        if (ilvl !== null) levels.set(ilvl, readLevel(lvl));
      }
      this.definitions.set(attr(abstract, 'abstractNumId') ?? '', levels);
    }
    for (const num of children(numbering.documentElement, 'num')) {
      const overrides = new Map<number, { start?: number; level?: Level }>();
      for (const override of children(num, 'lvlOverride')) {
        const start = child(override, 'startOverride');
        const lvl = child(override, 'lvl');
        const ilvl = levelIndex(attr(override, 'ilvl'));
        if (ilvl === null) continue;
        overrides.set(ilvl, {
          ...(start ? { start: integer(attr(start, 'val'), 1) } : {}),
          ...(lvl ? { level: readLevel(lvl) } : {}),
        });
      }
      const abstractId = attr(child(num, 'abstractNumId'), 'val') ?? '';
      this.instances.set(attr(num, 'numId') ?? '', { abstractId, overrides });
    }
  }

  /** The number text of the next paragraph in list `numId` at level `ilvl` ('' for none or a bullet). */
  next(numId: string, ilvl: number): string {
    const instance = this.instances.get(numId);
    if (!instance || numId === '0' || !Number.isInteger(ilvl) || ilvl < 0 || ilvl >= LEVELS) return '';
    const level = (i: number): Level | undefined => instance.overrides.get(i)?.level ?? this.definitions.get(instance.abstractId)?.get(i);
    const start = (i: number) => instance.overrides.get(i)?.start ?? level(i)?.start ?? 1;
    const key = instance.overrides.size > 0 ? `num:${numId}` : `abstract:${instance.abstractId}`;
    const counts = this.counters.get(key) ?? [];
    this.counters.set(key, counts);

    counts[ilvl] = counts[ilvl] === undefined ? start(ilvl) : counts[ilvl]! + 1;
    for (let deeper = ilvl + 1; deeper < LEVELS; deeper++) {
      const restart = level(deeper)?.restart;
      if (restart === undefined || (restart !== 0 && ilvl < restart)) counts[deeper] = undefined;
    }
    const own = level(ilvl);
    if (!own || own.format === 'none' || own.format === 'bullet') return '';
    return own.text.replace(/%([1-9])/g, (_, k: string) => {
      const at = Number(k) - 1;
      const format = own.legal ? 'decimal' : (level(at)?.format ?? 'decimal');
      return formatCount(counts[at] ?? start(at), format);
    });
  }
}

/** Word's nine list levels, w:ilvl 0 … 8; any other level is not a level Word numbers. */
const LEVELS = 9;
/**
 * Longest level text kept. Word's own are a few characters (“%1.”,
 * “（%2）”, “第%1条”); a longer one, with its placeholders expanded in every
 * paragraph, would only multiply text that no notice has.
 */
const MAX_LEVEL_TEXT = 32;
/** Word's numbers are 32-bit; a start beyond that is not one Word wrote, and counts from 1 as if absent. */
const MAX_INTEGER = 2_147_483_647;

/** A level index 0 … 8, or null for anything else (absent counts as 0, as Word reads it). */
function levelIndex(value: string | null): number | null {
  const n = integer(value, 0);
  return n >= 0 && n < LEVELS ? n : null;
}

/** A decimal integer attribute as Word writes it (ST_DecimalNumber), else the fallback: counts stay short numbers. */
function integer(value: string | null, fallback: number): number {
  if (value === null || !/^\s*[-+]?\d{1,10}\s*$/u.test(value)) return fallback;
  const n = Number(value);
  return Math.abs(n) <= MAX_INTEGER ? n : fallback;
}

function readLevel(lvl: Element): Level {
  const restart = attr(child(lvl, 'lvlRestart'), 'val');
  const text = attr(child(lvl, 'lvlText'), 'val') ?? '';
  return {
    start: integer(attr(child(lvl, 'start'), 'val'), 1),
    format: attr(child(lvl, 'numFmt'), 'val') ?? 'decimal',
    text: text.length > MAX_LEVEL_TEXT ? '' : text,
    restart: restart === null ? undefined : integer(restart, 0),
    legal: child(lvl, 'isLgl') !== null && attr(child(lvl, 'isLgl'), 'val') !== '0' && attr(child(lvl, 'isLgl'), 'val') !== 'false',
  };
}

const TEN_STEMS = '甲乙丙丁戊己庚辛壬癸';
const ZODIAC = '子丑寅卯辰巳午未申酉戌亥';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const DIGITS = '〇一二三四五六七八九';

/** A count in one of Word's number formats (w:numFmt). */
export function formatCount(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
    case 'ideographLegalTraditional':
      return n >= 1 && n <= 9999 ? toChineseNumeral(n) : String(n);
    case 'chineseLegalSimplified':
      return n >= 1 && n <= 99 ? legal(n) : String(n);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return n >= 0 ? Array.from(String(n), (d) => DIGITS[Number(d)]).join('') : String(n);
    case 'ideographTraditional':
      return n >= 1 ? TEN_STEMS[(n - 1) % 10]! : String(n);
    case 'ideographZodiac':
      return n >= 1 ? ZODIAC[(n - 1) % 12]! : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : `（${n}）`;
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `（${n}）`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : `${n}.`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return n >= 0 ? Array.from(String(n), (d) => String.fromCharCode(0xff10 + Number(d))).join('') : String(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    default:
      return String(n);
  }
}

function legal(n: number): string {
  if (n < 10) return LEGAL_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : LEGAL_DIGITS[tens]}拾${ones === 0 ? '' : LEGAL_DIGITS[ones]}`;
}

function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, symbol] of table) {
    while (n >= value) {
      out += symbol;
      n -= value;
    }
  }
  return out;
}

/** A, B … Z, AA, BB … as Word repeats letters. */
function letters(n: number): string {
  if (n < 1 || n > 26 * 10) return String(n);
  const letter = String.fromCharCode(0x41 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}
