import { describe, expect, it } from 'vitest';
import { exportLedgerXlsx } from '../../../../main/export/ledger-xlsx';
import { findLayout } from '../../../../main/templates/load-templates';
import type { Layout } from '../../../../shared/layout/layout';
import { ledgerRows } from '../../../../shared/ledger/ledger-rows';
import type { ChecklistNode, Notice } from '../../../../shared/model/notice';
import type { ParagraphList } from '../../../../shared/model/rich-text';
import { ledgerNotice } from '../../../support/ledger-notice';
import { LARGEST_SEED, seedNotice } from '../../../support/seed-notice';
import { importLedgerBytes, templates } from './ledger-support';

/** A list as a reader compares it: how it is numbered and each paragraph's text. */
function listOf(list: ParagraphList): { enumeration: string; paragraphs: string[] } {
  return { enumeration: list.enumeration, paragraphs: list.paragraphs.map((p) => p.children.map((leaf) => leaf.text).join('')) };
}

/**
 * What the ledger carries of a checklist: each group's heading as the
 * notice's layout prints it (a title read back keeps the words the layout
 * adds, 方面 or a closing 。, which the layout then never adds twice), and
 * per item every field it has a column for.
 */
function carried(nodes: readonly ChecklistNode[], layout: Layout): unknown[] {
  const headings = ledgerRows(nodes, layout).flatMap((row) => (row.kind === 'group' ? [row.text] : []));
  let group = 0;
  const walk = (list: readonly ChecklistNode[]): unknown[] =>
    list.map((node) =>
      node.kind === 'group'
        ? { group: headings[group++], children: walk(node.children) }
        : {
            // The notice prints a problem inside 针对“…”, its own quotes as ‘…’; the ledger prints them as the problem's own “…”.
            problem: node.problem.replace(/‘/gu, '“').replace(/’/gu, '”'),
            measures: listOf(node.measures),
            progress: listOf(node.progress),
            leader: node.responsibleLeader,
            unit: node.responsibleUnit,
            deadlineKind: node.deadlineKind,
            deadline: node.deadline,
            status: node.status,
            completedOn: node.completedOn,
          },
    );
  return walk(nodes);
}

const NOTICES: [string, () => Notice][] = [
  ['the largest seed (long items continued over rows)', () => seedNotice(LARGEST_SEED)],
  ['a seed of 20 items', () => seedNotice('002_24447b05fa0c56f5')],
  ['a seed of 10 items', () => seedNotice('003_8f695a607027e73e')],
  ['a notice with every column filled (leaders, deadlines, completion dates)', () => ledgerNotice(templates, 12)],
];

describe('the .xlsx ledger imported again', () => {
  for (const [what, make] of NOTICES) {
    it(`gives back the same checklist: ${what}`, async () => {
      const notice = make();
      const { first, result } = await importLedgerBytes(await exportLedgerXlsx(notice, templates), '整改台账.xlsx');
      // Our own header needs no column mapped by hand.
      expect(first.status).toBe('ready');
      if (result.status !== 'ready') throw new Error(result.reason);
      const layout = findLayout(templates, notice.layoutId);
      expect(carried(result.notice.checklist, layout)).toEqual(carried(notice.checklist, layout));
      expect(result.notice.meta.titleOverride).toBe(`${notice.meta.issuer}巡察反馈问题整改台账`);
    });
  }
});
