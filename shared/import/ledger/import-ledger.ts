import type { Boilerplate } from '../../layout/boilerplate';
import type { Layout } from '../../layout/layout';
import { createNotice } from '../../model/factory';
import type { Notice, StatusLabels } from '../../model/notice';
import { describeIssues, noticeSchema } from '../../model/schemas';
import { allItems } from '../../model/tree';
import { fitTitles } from '../choose-layout';
import { ImportError } from '../errors';
import { WarningList, type ImportWarning } from '../warnings';
import { findLedgerShape, type LedgerColumnInfo } from './find-header';
import { laterTables } from './later-tables';
import { ledgerChecklist } from './ledger-checklist';
import { unimportedReason, LEDGER_FIELD_LABELS, mappingProblem, type LedgerMapping } from './ledger-fields';
import type { LedgerTable } from './ledger-table';

export interface LedgerImportContext {
  layouts: readonly Layout[];
  boilerplate: Boilerplate;
  now?: Date;
  /** What the office calls each status (设置): its own words are read first, as the ledgers it exports write them. */
  statusLabels?: StatusLabels;
}

/** A ledger read: either the notice for review, or the columns to map by hand first. */
export type LedgerImport =
  | { status: 'mapping'; columns: LedgerColumnInfo[]; reason: string }
  | { status: 'ready'; notice: Notice; warnings: ImportWarning[]; layoutName: string; columns: LedgerColumnInfo[] };

/**
 * A ledger (问题清单 / 任务清单 / 整改台账) as an unsaved notice: its rows the
 * checklist, the parts empty (a ledger has no narrative), the title row as
 * the title. Without a mapping the columns are taken from their headers; a
 * header the importer does not know, or no 反馈问题 column, stops at the
 * mapping step. With a mapping (per column, what it holds) it imports so.
 * A second table under the first is read with its own header (later-tables).
 */
export function importLedger(table: LedgerTable, context: LedgerImportContext, mapping: LedgerMapping | null = null): LedgerImport {
  const shape = findLedgerShape(table);
  if (!shape || shape.firstDataRow >= shape.endRow) throw new ImportError('表格中没有找到表头和数据行，无法作为整改台账导入。');
  const { columns } = shape;
  if (mapping === null) {
    const guessed = columns.map((c) => c.field);
    const unknown = columns.filter((c) => c.field === null && c.hasData && unimportedReason(c.header) === null);
    const problem = mappingProblem(guessed);
    if (unknown.length > 0 || problem) {
      const reason =
        unknown.length > 0
          ? `有 ${unknown.length} 列的表头无法识别（${unknown.map((c) => `“${c.header || '（空表头）'}”`).join('、')}），请指定每一列的内容。`
          : problem!;
      return { status: 'mapping', columns, reason };
    }
    mapping = guessed;
  } else {
    if (mapping.length !== columns.length) throw new ImportError(`列的对应关系与表格不符（表格有 ${columns.length} 列），请重新导入。`);
    const problem = mappingProblem(mapping);
    if (problem) throw new ImportError(problem);
  }

  const warnings = new WarningList();
  for (const note of table.notes) warnings.add('unplaced', note.message, note.line, note.excerpt);
  for (const row of shape.above) warnings.add('unplaced', '表头上方的这一行没有对应的位置，未导入', row.line, row.text);
  columns.forEach((c, i) => {
    if (mapping![i] !== null || !c.hasData) return;
    const reason = unimportedReason(c.header);
    const why = reason ? `（${reason}）` : '';
    warnings.add('unplaced', `“${c.header || '（空表头）'}”列未导入${why}`, shape.headerLine, c.samples[0] ?? '');
  });
  const layout = context.layouts[0];
  if (!layout) throw new Error('没有可用的版式');
  const read = ledgerChecklist(table, shape, mapping, warnings, context.statusLabels);
  if (shape.nextTableLine !== null) read.push(...laterTables(table, shape.endRow, shape.nextTableLine, warnings, context.statusLabels));
  const checklist = fitTitles(read, layout);
  if (allItems(checklist).length === 0) throw new ImportError('表格中没有识别出任何问题条目（反馈问题一列为空），未导入。');

  const notice = createNotice(
    {
      layoutId: layout.id,
      partHeadings: context.boilerplate.partHeadings,
      measuresEnumeration: layout.defaults.measures,
      progressEnumeration: layout.defaults.progress,
    },
    // A ledger holds no opening or closing, and without a title row no title: they stay empty rather than generated (nothing invented).
    { titleOverride: shape.title ?? '', openingOverride: '', closingOverride: '' },
    context.now,
  );
  notice.checklist = checklist;
  warnings.add(
    'missingPart',
    shape.title
      ? `标题取自台账的标题行“${shape.title}”；开头段、组织情况、下一步和结束语需要在编辑界面中填写`
      : '台账中没有标题行；标题、开头段、组织情况、下一步和结束语需要在编辑界面中填写',
  );
  const parsed = noticeSchema.safeParse(notice);
  // The importer builds only valid notices; failing here is a bug to report, not bad input.
  if (!parsed.success) throw new Error(`导入程序生成的通报无效：${describeIssues(parsed.error)}`);
  return { status: 'ready', notice: parsed.data, warnings: warnings.all(), layoutName: layout.name, columns };
}

/** How the mapping step names a column's content. */
export function fieldLabel(field: LedgerMapping[number]): string {
  return field === null ? '不导入' : LEDGER_FIELD_LABELS[field];
}
