import type { Boilerplate } from '../layout/boilerplate';
import { DEFAULT_STATUS_LABELS, ITEM_STATUSES, type ItemStatus } from '../model/notice';
import { fillTemplate } from '../text/fill';
import { formatRate, formatYuan, type Figures } from './compute-figures';

/**
 * The figures as one sentence for the organisation part, from the template
 * in templates/boilerplate.json: counts by status, the completion rate, then
 * money, rules and people. A clause whose figure is 0 is left out, so the
 * sentence never claims "问责0人". A status the office has renamed is told
 * in its own name (已整改5个), since the template's wording is of the old one.
 */
export function figuresSentence(
  figures: Figures,
  boilerplate: Boilerplate,
  statusLabels: Record<ItemStatus, string> = DEFAULT_STATUS_LABELS,
): string {
  const t = boilerplate.figuresSentence;
  if (figures.total === 0) return '';
  const clause = (s: ItemStatus) => {
    const count = String(figures.byStatus[s]);
    return statusLabels[s] === DEFAULT_STATUS_LABELS[s] ? fillTemplate(t.statusClauses[s], { count }) : `${statusLabels[s]}${count}个`;
  };
  const statuses = ITEM_STATUSES.filter((s) => figures.byStatus[s] > 0).map(clause);
  if (figures.completionRate !== null) statuses.push(fillTemplate(t.rate, { rate: formatRate(figures.completionRate) }));
  const results: string[] = [];
  if (figures.moneyRecoveredFen > 0) results.push(fillTemplate(t.moneyRecovered, { amount: formatYuan(figures.moneyRecoveredFen) }));
  if (figures.moneyToRecoverFen > 0) results.push(fillTemplate(t.moneyToRecover, { amount: formatYuan(figures.moneyToRecoverFen) }));
  if (figures.rulesMade > 0) results.push(fillTemplate(t.rulesMade, { count: String(figures.rulesMade) }));
  if (figures.peopleHeld > 0) results.push(fillTemplate(t.peopleHeld, { count: String(figures.peopleHeld) }));
  const groups = [statuses.join(t.separator), results.join(t.separator)].filter((g) => g !== '');
  return `${fillTemplate(t.opening, { total: String(figures.total) })}${groups.join(t.groupSeparator)}${t.end}`;
}
