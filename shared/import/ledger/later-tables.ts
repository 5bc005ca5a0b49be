import { createGroup } from '../../model/factory';
import type { ChecklistNode, StatusLabels } from '../../model/notice';
import type { WarningList } from '../warnings';
import { findLedgerShape } from './find-header';
import { ledgerChecklist } from './ledger-checklist';
import { mappingProblem } from './ledger-fields';
import { ownCellTexts, type LedgerTable } from './ledger-table';

/**
 * The tables under a ledger's first one on the same sheet (立行立改问题清单,
 * then 序号 | 问题 | 整改情况), each read with its own header: its rows go
 * into a group named by its caption (or after the first table's, when it
 * has groups of its own or no caption). A table whose header the importer
 * does not know wholly is not guessed at: it is left out, with a warning.
 */
export function laterTables(
  table: LedgerTable,
  start: number,
  line: number,
  warnings: WarningList,
  labels?: StatusLabels,
): ChecklistNode[] {
  const nodes: ChecklistNode[] = [];
  let from: number | null = start;
  let fromLine = line;
  while (from !== null) {
    const rest = rowsFrom(table, from);
    const shape = findLedgerShape(rest);
    const mapping = shape?.columns.map((c) => c.field) ?? [];
    const known =
      shape !== null &&
      shape.firstDataRow < shape.endRow &&
      !shape.columns.some((c) => c.field === null && c.hasData) &&
      mappingProblem(mapping) === null;
    const next: number | null = shape && shape.nextTableLine !== null ? from + shape.endRow : null;
    if (!known) {
      warnings.add('unplaced', `表格第 ${fromLine} 行起是另一张表，表头无法识别，未导入`, fromLine, firstWords(table, from));
    } else {
      const read = ledgerChecklist(rest, shape, mapping, warnings, labels);
      const caption = shape.title;
      if (caption && read.every((n) => n.kind === 'item')) {
        nodes.push(createGroup(caption, read));
        warnings.add('structure', `表格第 ${fromLine} 行起是另一张表，已按它自己的表头导入为分组“${caption}”，请核对`, fromLine, caption);
      } else {
        nodes.push(...read);
        warnings.add(
          'structure',
          `表格第 ${fromLine} 行起是另一张表，已按它自己的表头导入，接在前一张表的问题之后，请核对`,
          fromLine,
          firstWords(table, from),
        );
      }
      for (const row of shape.above) warnings.add('unplaced', '表头上方的这一行没有对应的位置，未导入', row.line, row.text);
    }
    from = next;
    if (next !== null) fromLine = table.rows[next]!.line;
  }
  return nodes;
}

/** The rows from one on as a table of their own: merges renumbered, a merge reaching in from above kept as its text. */
function rowsFrom(table: LedgerTable, from: number): LedgerTable {
  const rows = table.rows.slice(from).map((row) => ({
    line: row.line,
    cells: row.cells.map((cell) => {
      if (!cell.master) return cell;
      if (cell.master.row < from) return { ...table.rows[cell.master.row]!.cells[cell.master.col]!, master: null };
      return { ...cell, master: { row: cell.master.row - from, col: cell.master.col } };
    }),
  }));
  return { rows, columnCount: table.columnCount, notes: [] };
}

function firstWords(table: LedgerTable, row: number): string {
  return ownCellTexts(table.rows[row]?.cells ?? []).join(' ');
}
