import type { Boilerplate } from '../layout/boilerplate';
import { ITEM_STATUSES } from '../model/notice';
import { fillTemplate } from '../text/fill';
import { formatRate, formatYuan, type Figures } from './compute-figures';

/**
 * The figures as one sentence for the organisation part, from the template
 * in templates/boilerplate.json: counts by status, the completion rate, then
 * money, rules and people. A clause whose figure is 0 is left out, so the
 * sentence never claims "问责0人".
 */
export function figuresSentence(figures: Figures, boilerplate: Boilerplate): string {
  const t = boilerplate.figuresSentence;
  if (figures.total === 0) return '';
  const statuses = ITEM_STATUSES.filter((s) => figures.byStatus[s] > 0).map((s) => fillTemplate(t.statusClauses[s], { count: String(figures.byStatus[s]) }));
  if (figures.completionRate !== null) statuses.push(fillTemplate(t.rate, { rate: formatRate(figures.completionRate) }));
  const results: string[] = [];
  if (figures.moneyRecoveredFen > 0) results.push(fillTemplate(t.moneyRecovered, { amount: formatYuan(figures.moneyRecoveredFen) }));
  if (figures.moneyToRecoverFen > 0) results.push(fillTemplate(t.moneyToRecover, { amount: formatYuan(figures.moneyToRecoverFen) }));
  if (figures.rulesMade > 0) results.push(fillTemplate(t.rulesMade, { count: String(figures.rulesMade) }));
  if (figures.peopleHeld > 0) results.push(fillTemplate(t.peopleHeld, { count: String(figures.peopleHeld) }));
  const groups = [statuses.join(t.separator), results.join(t.separator)].filter((g) => g !== '');
  return `${fillTemplate(t.opening, { total: String(figures.total) })}${groups.join(t.groupSeparator)}${t.end}`;
}
