import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readLedgerFile } from '../../../../main/import/read-ledger-file';
import { loadLayoutTemplates } from '../../../../main/layout-templates/load-layout-templates';
import { importLedger, type LedgerImport } from '../../../../shared/import/ledger/import-ledger';
import type { LedgerField, LedgerMapping } from '../../../../shared/import/ledger/ledger-fields';
import { describePlace } from '../../../../shared/import/source';
import type { ImportWarning } from '../../../../shared/import/warnings';
import type { ChecklistNode } from '../../../../shared/model/notice';
import { ROOT } from '../helpers';

export const LEDGERS_DIR = path.join(ROOT, 'tests', 'fixtures', 'ledgers');
export const templates = loadLayoutTemplates();

/** What a person reads in a ledger's row: the item and the columns the ledger carries. */
export type ExpectedNode =
  | { group: string; children: ExpectedNode[] }
  | {
      item: string;
      measures: number;
      progress: number;
      status: string;
      deadline: string | null;
      deadlineKind?: string;
      completedOn: string | null;
      leader: string;
      unit: string;
    };

export interface LedgerExpectation {
  covers: string;
  /** Headers the import must stop at the mapping step for. */
  needsMapping?: string[];
  /** What the user then chooses for them: header → field. */
  mapping?: Record<string, LedgerField | null>;
  title: string | null;
  tree: ExpectedNode[];
  /** [place, words in the message], in the order the review lists them; no other warning. */
  warnings: [string, string][];
}

export function expectation(file: string): LedgerExpectation {
  return JSON.parse(readFileSync(path.join(LEDGERS_DIR, file.replace(/\.(?:xlsx|docx)$/u, '.expected.json')), 'utf8')) as LedgerExpectation;
}

/** Imports ledger bytes, answering the mapping step (if the file needs one) as `chosen` says. */
export async function importLedgerBytes(
  bytes: Uint8Array,
  name: string,
  chosen?: Record<string, LedgerField | null>,
): Promise<{ first: LedgerImport; result: LedgerImport }> {
  const table = await readLedgerFile(bytes, name);
  if (!table) throw new Error(`${name} was not read as a ledger`);
  const first = importLedger(table, templates);
  if (first.status === 'ready' || !chosen) return { first, result: first };
  const mapping: LedgerMapping = first.columns.map((c) => (c.header in chosen ? chosen[c.header]! : c.field));
  return { first, result: importLedger(table, templates, mapping) };
}

/** The tree as the expectations write it. */
export function treeOf(nodes: readonly ChecklistNode[]): ExpectedNode[] {
  return nodes.map((node) =>
    node.kind === 'group'
      ? { group: node.title, children: treeOf(node.children) }
      : {
          item: node.problem,
          measures: node.measures.paragraphs.length,
          progress: node.progress.paragraphs.length,
          status: node.status,
          deadline: node.deadline,
          // Named only when it is not a plain date, so the expectations list the 立行立改 and 长期坚持 rows.
          ...(node.deadlineKind !== 'date' ? { deadlineKind: node.deadlineKind } : {}),
          completedOn: node.completedOn,
          leader: node.responsibleLeader,
          unit: node.responsibleUnit,
        },
  );
}

export function placeOf(warning: ImportWarning): string {
  return warning.line === null ? '全文' : describePlace(warning.line, 'line');
}
