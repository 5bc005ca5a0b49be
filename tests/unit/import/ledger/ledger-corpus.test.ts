import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportLedgerDocx, exportNoticeDocx } from '../../../../main/export/export-notice';
import { importBytes } from '../../../../main/import/import-file';
import type { ChecklistNode, Notice } from '../../../../shared/model/notice';
import { expectation, importLedgerBytes, LEDGERS_DIR, placeOf, templates, treeOf, type ExpectedNode } from './ledger-support';

/**
 * The ledger corpus of tests/fixtures/ledgers (written by make-ledgers.ts
 * as offices keep them), each beside what a person reads in it. Import gives
 * exactly that; import → export (the ledger .docx, the notice) → import
 * gives the same tree where the export carries the fields.
 */
const FILES = readdirSync(LEDGERS_DIR)
  .filter((f) => /\.(?:xlsx|docx)$/u.test(f))
  .sort();

async function imported(file: string): Promise<Notice> {
  const expected = expectation(file);
  const { result } = await importLedgerBytes(readFileSync(path.join(LEDGERS_DIR, file)), file, expected.mapping);
  if (result.status !== 'ready') throw new Error(`${file}: still at the mapping step (${result.reason})`);
  return result.notice;
}

/** Groups, problems and the number of paragraphs in measures and progress: what a notice prints of a tree. */
function printedTree(nodes: readonly ChecklistNode[]): unknown[] {
  return nodes.map((node) =>
    node.kind === 'group'
      ? { group: node.title, children: printedTree(node.children) }
      : // The notice prints a problem inside 针对“…”, its own quotes as ‘…’; the notice importer keeps them so.
        {
          item: node.problem.replace(/‘/gu, '“').replace(/’/gu, '”'),
          measures: node.measures.paragraphs.length,
          progress: node.progress.paragraphs.length,
        },
  );
}

function printedOf(nodes: readonly ExpectedNode[]): unknown[] {
  return nodes.map((node) =>
    'group' in node
      ? { group: node.group, children: printedOf(node.children) }
      : { item: node.item, measures: node.measures, progress: node.progress },
  );
}

describe('the ledger corpus', () => {
  it('has five ledgers, one of them a Word table and one needing a column mapped by hand', () => {
    expect(FILES).toHaveLength(5);
    expect(FILES.filter((f) => f.endsWith('.docx'))).toHaveLength(1);
    expect(FILES.filter((f) => expectation(f).needsMapping)).toHaveLength(1);
  });

  for (const file of FILES) {
    describe(file, () => {
      const expected = expectation(file);

      it('imports to the tree, title and warnings a person reads in it', async () => {
        const { first, result } = await importLedgerBytes(readFileSync(path.join(LEDGERS_DIR, file)), file, expected.mapping);
        if (expected.needsMapping) {
          expect(first.status).toBe('mapping');
          if (first.status !== 'mapping') return;
          expect(first.columns.filter((c) => c.field === null && c.hasData).map((c) => c.header)).toEqual(expected.needsMapping);
          for (const header of expected.needsMapping) expect(first.reason).toContain(header);
        } else {
          expect(first.status).toBe('ready');
        }
        if (result.status !== 'ready') throw new Error(result.reason);
        expect(treeOf(result.notice.checklist)).toEqual(expected.tree);
        expect(result.notice.meta.titleOverride).toBe(expected.title);
        // A ledger has no opening or closing: they stay empty, never generated.
        expect(result.notice.meta.openingOverride).toBe('');
        expect(result.notice.meta.closingOverride).toBe('');
        expect(result.warnings.map((w) => [placeOf(w), w.message])).toHaveLength(expected.warnings.length);
        result.warnings.forEach((warning, i) => {
          expect(placeOf(warning)).toBe(expected.warnings[i]![0]);
          expect(warning.message).toContain(expected.warnings[i]![1]);
        });
      });

      it('reads back the same tree from its exported ledger .docx', async () => {
        const notice = await imported(file);
        const docx = await exportLedgerDocx(notice, templates);
        const { result } = await importLedgerBytes(docx, '整改台账.docx');
        if (result.status !== 'ready') throw new Error(result.reason);
        expect(treeOf(result.notice.checklist)).toEqual(expected.tree);
      });

      it('reads back the same groups, problems, measures and progress from the exported notice', async () => {
        const notice = await imported(file);
        const docx = await exportNoticeDocx(notice, templates);
        const again = importBytes(docx, '通报.docx', templates);
        expect(printedTree(again.notice.checklist)).toEqual(printedOf(expected.tree));
      });
    });
  }
});
