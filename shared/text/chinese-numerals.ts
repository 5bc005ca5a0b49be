const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * A positive integer in Chinese numerals as documents count: 一 … 十, 十一,
 * 二十, 二十一 … 九十九, 一百, 一百零一 … Enough for any list a notice holds.
 */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`无法转换为中文数字：${n}`);
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return `十${n % 10 === 0 ? '' : DIGITS[n % 10]}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : DIGITS[n % 10]}`;
  if (n < 1000) {
    const rest = n % 100;
    const head = `${DIGITS[Math.floor(n / 100)]}百`;
    if (rest === 0) return head;
    return rest < 10 ? `${head}零${DIGITS[rest]}` : `${head}${rest < 20 ? '一' : ''}${toChineseNumeral(rest)}`;
  }
  const rest = n % 1000;
  const head = `${DIGITS[Math.floor(n / 1000)]}千`;
  if (rest === 0) return head;
  return rest < 100 ? `${head}零${toChineseNumeral(rest)}` : `${head}${toChineseNumeral(rest)}`;
}

/** Parses 一 … 九十九 back to a number; null when the text is not such a numeral. */
export function fromChineseNumeral(text: string): number | null {
  numeralValues ??= new Map(Array.from({ length: 999 }, (_, i) => [toChineseNumeral(i + 1), i + 1]));
  return numeralValues.get(text) ?? null;
}

let numeralValues: Map<string, number> | undefined;
