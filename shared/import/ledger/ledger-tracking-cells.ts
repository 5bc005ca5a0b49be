import type { Item } from '../../model/notice';
import type { WarningList } from '../warnings';
import { appendParagraphs, cellParagraphs, excerptOf } from './cell-paragraphs';
import type { LedgerField } from './ledger-fields';
import { readCount, readYuanAsFen, type FigureReading } from './ledger-values';

/** The most an item's 证明材料 holds (the notice schema's limit). */
const MAX_EVIDENCE = 5000;

/**
 * 证明材料 and the figures (挽回金额, 建章立制, 问责人数), where the item has
 * none yet (a continuation row fills only what is missing). A figure that
 * reads as none (约50万, 见附件) or a 证明材料 too long to keep goes into the
 * progress under its header, with a warning: nothing is lost.
 */
export function readTrackingInto(
  item: Item,
  cellText: (field: LedgerField) => string,
  line: number,
  header: (field: LedgerField) => string,
  warnings: WarningList,
): void {
  const keep = (field: LedgerField, text: string, why: string) => {
    warnings.add('unplaced', `${header(field)}“${excerptOf(text)}”${why}，已放入整改进展`, line, text);
    item.progress = appendParagraphs(item.progress, cellParagraphs(`${header(field)}：${text}`, line, warnings));
  };
  const evidence = cellText('evidence').trim();
  if (evidence !== '') {
    if (item.evidence === '' && evidence.length <= MAX_EVIDENCE) item.evidence = evidence;
    else if (item.evidence !== '' && item.evidence.length + evidence.length < MAX_EVIDENCE) item.evidence = `${item.evidence}\n${evidence}`;
    else keep('evidence', evidence, `超过 ${MAX_EVIDENCE} 个字`);
  }
  const figure = (field: LedgerField, read: (text: string) => FigureReading, key: keyof Item['figures'], what: string) => {
    const text = cellText(field).trim();
    const reading = read(text);
    if (reading.kind === 'empty') return;
    if (reading.kind === 'unreadable') return keep(field, text, `无法识别为${what}`);
    if (item.figures[key] === null) item.figures = { ...item.figures, [key]: reading.value };
  };
  figure('moneyRecovered', readYuanAsFen, 'moneyRecoveredFen', '金额');
  figure('rulesMade', readCount, 'rulesMade', '数量');
  figure('peopleHeld', readCount, 'peopleHeld', '人数');
}
