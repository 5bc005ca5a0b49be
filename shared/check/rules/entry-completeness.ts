import type { EntryFormat } from '../../layout/layout';
import { isEmptyList } from '../../model/rich-text';
import type { Item, Stage, SubItem } from '../../model/notice';
import { STAGE_LABELS } from '../../model/notice';
import type { Unkeyed } from './notice-checks';

/**
 * An item or sub-item with nothing under it. With no measures after a lead
 * that promises them (制定整改措施如下：) the printed sentence breaks off: an
 * error. Otherwise a missing part is a hint: many real notices put what was
 * done into the measures.
 */
export function missingMeasures(
  entry: Item | SubItem,
  format: EntryFormat,
  lead: string | null,
  selection: string,
  what: string,
): Unkeyed | null {
  if (!isEmptyList(entry.measures)) return null;
  const base = { category: 'completeness' as const, match: null, selection };
  if (isEmptyList(entry.progress)) {
    return { ...base, rule: 'completeness.empty-entry', severity: 'error', message: `${what}既没有整改措施，也没有整改落实情况` };
  }
  // A lead standing alone goes with its measures lead only when there are measures; one the measures run on after prints regardless.
  const head = lead ?? (format.headAlone ? '' : format.head);
  if (/[：:]$/u.test(head.trim())) {
    return {
      ...base,
      rule: 'completeness.measures',
      severity: 'error',
      message: `${what}没有整改措施，而“${head.trim().slice(-8)}”后应接着写措施`,
    };
  }
  return { ...base, rule: 'completeness.measures', severity: 'hint', message: `${what}没有填写整改措施` };
}

export function missingProgress(entry: Item | SubItem, stage: Stage, selection: string, what: string): Unkeyed | null {
  if (!isEmptyList(entry.progress) || isEmptyList(entry.measures)) return null;
  return {
    rule: 'completeness.progress',
    category: 'completeness',
    severity: 'hint',
    message: `${what}没有填写整改落实情况（本通报为“${STAGE_LABELS[stage]}”），请确认整改措施中已写明进展`,
    match: null,
    selection,
  };
}

export function missingCompletionDate(item: Item, doneLabel: string, what: string): Unkeyed | null {
  if (item.status !== 'done' || item.completedOn) return null;
  return {
    rule: 'completeness.completed-on',
    category: 'completeness',
    severity: 'hint',
    message: `${what}状态为“${doneLabel}”，但没有填写完成日期`,
    match: null,
    selection: item.id,
  };
}
