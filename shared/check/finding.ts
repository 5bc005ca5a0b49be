import type { FindMatch } from '../document/find-in-notice';

/** How sure the check is: plainly wrong (错误), or a matter of style or judgement (提示). */
export type Severity = 'error' | 'hint';

/** The groups the 检查 panel shows findings in. */
export type FindingCategory = 'punctuation' | 'numbering' | 'dates' | 'completeness' | 'words';

export const CATEGORY_LABELS: Record<FindingCategory, string> = {
  punctuation: '标点',
  numbering: '编号',
  dates: '日期与数字',
  completeness: '完整性',
  words: '用词',
};

export const SEVERITY_LABELS: Record<Severity, string> = { error: '错误', hint: '提示' };

/** One thing the pre-submission check (送审检查) found. */
export interface Finding {
  /**
   * Stable while the text around it is edited elsewhere: rule + addressKey +
   * the matched text + up to 6 characters of its paragraph either side + its
   * occurrence index among findings equal in all of these. Used to 忽略 a
   * finding for a notice.
   */
  key: string;
  /** e.g. 'punctuation.half-width'. */
  rule: string;
  category: FindingCategory;
  severity: Severity;
  /** Chinese: what is wrong and what is expected, quoting the text. */
  message: string;
  /**
   * The text concerned, in the shape of find/replace's matches, so the editor
   * shows it the same way. Null for a finding about a whole field or a
   * missing part (no signature).
   */
  match: FindMatch | null;
  /** What the editor selects to show the place: META_SELECTION, partSelection(part) or a node id (a sub-item's findings select its item). */
  selection: string;
  /** When a fix is safe without a human reading it: the replacement for match's range. */
  fix?: string;
}
