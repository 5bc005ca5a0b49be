import type { ChecklistNode } from '../model/notice';
import { allItems } from '../model/tree';
import { fromChineseNumeral } from '../text/chinese-numerals';
import type { SourceLine } from './source';
import type { WarningList } from './warnings';

/** What the text says it fed back: 3个方面8个问题, 反馈问题17个, 共反馈问题12个, 3大类14个问题. */
export interface StatedCounts {
  /** Categories (方面, 类), when stated. */
  groups: number | null;
  /** The word the categories are counted in: 个方面, 大类 … */
  groupWord: string;
  problems: number;
  line: number;
  text: string;
}

const NUM = '(\\d{1,4}|[一二两三四五六七八九十百零〇]{1,6})';
/** 3个方面8个问题, 三大类14个具体问题, 4个方面共21条问题. */
const BY_CATEGORY = new RegExp(
  `${NUM}\\s*(个方面|个类别|大类|类|方面)(?:的|、|，)?(?:共|共计)?${NUM}\\s*(?:个|条|项)(?:具体|突出)?问题`,
  'gu',
);
/** 问题17个 (反馈问题17个, 共反馈问题12个), 12个问题 (反馈了12个问题) — not 问题线索5件. */
const PROBLEMS = new RegExp(`问题(?:共|共计)?${NUM}\\s*(?:个|条|项)|${NUM}\\s*(?:个|条|项)(?:具体|突出)?问题(?!线索)`, 'gu');
/** A count is of the problems fed back when the same sentence says so just before it (…反馈了…, 指出…). */
const FED_BACK = /反馈|指出/u;
const LOOK_BACK = 30;

/** The first count of problems fed back the text states, or null. */
export function readStatedCounts(lines: readonly SourceLine[]): StatedCounts | null {
  for (const l of lines) {
    const byCategory = firstFedBack(BY_CATEGORY, l.text);
    const plain = firstFedBack(PROBLEMS, l.text);
    if (byCategory && (!plain || byCategory.index <= plain.index + plain[0].length)) {
      const problems = count(byCategory[3]!);
      if (problems !== null) return { groups: count(byCategory[1]!), groupWord: byCategory[2]!, problems, line: l.line, text: l.text };
    }
    const problems = plain ? count(plain[1] ?? plain[2]!) : null;
    if (problems !== null) return { groups: null, groupWord: '', problems, line: l.line, text: l.text };
  }
  return null;
}

/** The first match whose sentence says, shortly before it or in it, that the problems were fed back. */
function firstFedBack(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const before = text.slice(Math.max(0, m.index - LOOK_BACK), m.index);
    const sentence = before.slice(before.search(/[^。；！？]*$/u));
    if (FED_BACK.test(sentence)) return m;
  }
  return null;
}

function count(digits: string): number | null {
  const n = /^\d+$/u.test(digits) ? Number(digits) : fromChineseNumeral(digits.replace(/两/gu, '二'));
  return n !== null && n > 0 ? n : null;
}

/**
 * Checks the tree against what the text says it fed back. A problem fed
 * back in parts may be counted as one or by its parts; either agrees.
 */
export function checkStatedCounts(lines: readonly SourceLine[], checklist: readonly ChecklistNode[], warnings: WarningList): void {
  if (checklist.length === 0) return;
  const stated = readStatedCounts(lines);
  if (!stated) return;
  const items = allItems(checklist);
  const byParts = items.reduce((sum, item) => sum + Math.max(1, item.subItems.length), 0);
  if (stated.problems !== items.length && stated.problems !== byParts) {
    warnings.add(
      'structure',
      `问题数与原文所述不一致：原文为 ${stated.problems} 个问题，识别出 ${items.length} 个`,
      stated.line,
      stated.text,
    );
  }
  const groups = checklist.filter((n) => n.kind === 'group').length;
  if (stated.groups !== null && stated.groups !== groups) {
    warnings.add(
      'structure',
      `问题分组数与原文所述不一致：原文为 ${stated.groups} ${stated.groupWord}，识别出 ${groups} 个分组`,
      stated.line,
      stated.text,
    );
  }
}
