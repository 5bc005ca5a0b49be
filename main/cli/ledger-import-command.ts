import { basename } from 'node:path';
import { LEDGER_FIELD_LABELS, LEDGER_FIELDS, type LedgerField, type LedgerMapping } from '../../shared/import/ledger/ledger-fields';
import type { LedgerTable } from '../../shared/import/ledger/ledger-table';
import { describePlace } from '../../shared/import/source';
import { allItems, countGroups } from '../../shared/model/tree';
import { importLedgerTable } from '../services/file-imports';
import { noticeTitle } from '../../shared/document/generated-text';
import { UsageError, type ParsedArgs } from './args';
import type { CommandContext } from './command-context';

/** What --columns may name for a column: a field's label or its first words (反馈问题, 问题类别), or 不导入. */
const SKIP = '不导入';

/**
 * `import 台账.xlsx`: a ledger read into a notice, as the app's 导入通报 does.
 * The mapping step of the app is --columns here: when a header is not
 * recognised, the columns are printed with what each seems to hold and the
 * command stops (exit 1) until --columns says what every column holds.
 */
export async function importLedgerRead(table: LedgerTable, file: string, args: ParsedArgs, context: CommandContext): Promise<number> {
  const { templates, print, serviceContext } = context;
  const first = importLedgerTable(serviceContext, table, null);
  const result =
    args.columns === undefined ? first : importLedgerTable(serviceContext, table, parseColumns(args.columns, first.columns.length));
  if (result.status === 'mapping') {
    print(`“${basename(file)}”是一份台账，但${result.reason}`);
    result.columns.forEach((c) => {
      const field = c.field === null ? '（未识别）' : LEDGER_FIELD_LABELS[c.field];
      print(`  第 ${c.index + 1} 列 “${c.header || '（空表头）'}”：${field}${c.samples[0] ? `，例如“${c.samples[0].slice(0, 20)}”` : ''}`);
    });
    const suggested = result.columns.map((c) => (c.field === null ? SKIP : shortLabel(c.field))).join(',');
    print(`请用 --columns 逐列指定内容后重新导入，例如：--columns ${suggested}`);
    print(`可用的内容：${LEDGER_FIELDS.map(shortLabel).join('、')}、${SKIP}`);
    return 1;
  }
  const save = !args.dryRun;
  if (save) await context.services.saveNotice(result.notice);
  const warnings = result.warnings.map((w) => ({ ...w, place: w.line === null ? null : describePlace(w.line, 'line') }));
  if (args.json) {
    print(JSON.stringify({ saved: save, id: save ? result.notice.id : null, source: 'ledger', warnings, notice: result.notice }, null, 2));
    return 0;
  }
  const title = noticeTitle(result.notice.meta, templates.boilerplate).replace(/\n/gu, '');
  print(`台账：${basename(file)}`);
  print(`标题：${title || '（未找到，导入后为空）'}`);
  print(`问题：${allItems(result.notice.checklist).length} 个，分组 ${countGroups(result.notice.checklist)} 个`);
  if (warnings.length > 0) {
    print(`需要核对（${warnings.length} 处）：`);
    for (const w of warnings) print(`  ${w.place ?? '全文'}：${w.message}${w.excerpt ? `（${w.excerpt}）` : ''}`);
  }
  print(save ? `已保存，编号：${result.notice.id}` : '试运行（--dry-run）：未保存。');
  return 0;
}

/** 问题类别（分组） → 问题类别: the words a user types. */
function shortLabel(field: LedgerField): string {
  return LEDGER_FIELD_LABELS[field].replace(/（.*）$/u, '');
}

/** --columns 序号,反馈问题,不导入,… → the mapping, one entry per column, or a usage error naming the word not understood. */
export function parseColumns(text: string, columnCount: number): LedgerMapping {
  const words = text.split(/[,，、]/u).map((w) => w.trim());
  if (words.length !== columnCount) throw new UsageError(`--columns 列出了 ${words.length} 项，台账有 ${columnCount} 列，须逐列指定`);
  return words.map((word) => {
    if (word === SKIP || word === '') return null;
    const field = LEDGER_FIELDS.find((f) => shortLabel(f) === word || LEDGER_FIELD_LABELS[f] === word);
    if (!field) throw new UsageError(`--columns 中的“${word}”不是可用的内容（${LEDGER_FIELDS.map(shortLabel).join('、')}、${SKIP}）`);
    return field;
  });
}
