import type { Layout } from '../layout/layout';
import { numberChecklist } from '../layout/numbering';
import { DEFAULT_STATUS_LABELS, type ChecklistNode, type Item, type ItemStatus } from '../model/notice';
import { paragraphText, type ParagraphList } from '../model/rich-text';
import { formatChineseDate } from '../text/dates';
import type { LedgerColumn } from './ledger-columns';
import { enumerator } from '../layout/numbering';

/** A row of the ledger: a group spanning the table, or one item's cells. */
export type LedgerRow = { kind: 'group'; text: string; depth: number } | { kind: 'item'; itemId: string; cells: Record<LedgerColumn, string> };

/**
 * The ledger's rows in tree order: a spanning row per group, then one row
 * per item with the number it has in the notice. Sub-items stay inside their
 * item's row.
 */
export function ledgerRows(
  checklist: readonly ChecklistNode[],
  layout: Layout,
  statusLabels: Record<ItemStatus, string> = DEFAULT_STATUS_LABELS,
): LedgerRow[] {
  const labels = numberChecklist(checklist, layout);
  const rows: LedgerRow[] = [];
  const walk = (nodes: readonly ChecklistNode[], path: string[]) => {
    for (const node of nodes) {
      if (node.kind === 'group') {
        const label = labels.get(node.id) ?? '';
        rows.push({ kind: 'group', text: `${label}${node.title}`, depth: path.length });
        walk(node.children, [...path, node.title]);
      } else {
        rows.push({ kind: 'item', itemId: node.id, cells: itemCells(node, labels, path, statusLabels) });
      }
    }
  };
  walk(checklist, []);
  return rows;
}

function itemCells(item: Item, labels: Map<string, string>, path: string[], statusLabels: Record<ItemStatus, string>): Record<LedgerColumn, string> {
  const parts = item.subItems.map((sub) => `${labels.get(sub.id) ?? ''}${sub.problem}`);
  const problem = [item.problem, ...parts].filter((t) => t.trim() !== '').join('\n');
  const measures = [listText(item.measures), ...item.subItems.map((s) => listText(s.measures))].filter((t) => t !== '').join('\n');
  const progress = [listText(item.progress), ...item.subItems.map((s) => listText(s.progress))].filter((t) => t !== '').join('\n');
  const completed = item.completedOn ? `\n${formatChineseDate(item.completedOn)}` : '';
  return {
    number: (labels.get(item.id) ?? '').replace(/[.、，,．]$/u, ''),
    category: path.join(' / '),
    problem,
    measures,
    leader: item.responsibleLeader,
    unit: item.responsibleUnit,
    deadline: item.deadline ? formatChineseDate(item.deadline) : '',
    completion: `${statusLabels[item.status]}${completed}`,
    progress,
  };
}

/** A paragraph list as lines of text, with its enumerators as printed. */
function listText(list: ParagraphList): string {
  const numbered = list.paragraphs.filter((p) => !p.continued).length;
  const enumerate = list.enumeration !== 'none' && numbered >= 2;
  let count = 0;
  return list.paragraphs
    .map((p) => `${enumerate && !p.continued ? enumerator(list.enumeration, ++count) : ''}${paragraphText(p)}`)
    .filter((line) => line.trim() !== '')
    .join('\n');
}
