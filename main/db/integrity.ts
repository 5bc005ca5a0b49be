import { integrityProblems } from './backup/integrity';
import type { Database } from './database';
import { isDamageCode } from './translate-error';

/**
 * SQLite's integrity_check, read the way the store needs it: damage to the
 * file's structure (pages, trees, indexes) makes the whole file suspect,
 * while a row that breaks its table's CHECK or type rules (a hand-edited or
 * half-written JSON cell) only spoils the notice it belongs to — every
 * other notice must still open.
 */
export interface IntegrityReport {
  ok: boolean;
  /** Damage to the file itself; non-empty means: open it for salvage only. */
  structural: string[];
  /** Rows that break their table's own rules. */
  rows: string[];
}

/** Up to this size the full check runs at every open (it reads every page and index: about 0.1–0.2 s per 10 MB on an office PC). */
export const FULL_CHECK_AT_OPEN_BYTES = 16 * 1024 * 1024;

const ROW_RULES = [/^CHECK constraint failed in /, /^NULL value in /, /^(TEXT|INTEGER|REAL|BLOB|NULL) value in /];

/** What stands for the problems when SQLite stops reading before it can list them. */
export const DAMAGED_BEYOND_CHECK = '数据库文件结构损坏，检查无法进行到底';

export function checkIntegrity(db: Database): IntegrityReport {
  let lines: string[];
  try {
    lines = integrityProblems(db);
  } catch (error) {
    // Damage bad enough that SQLite stops reading is the check's answer, not a failure to check.
    if (isDamageCode(error)) return { ok: false, structural: [DAMAGED_BEYOND_CHECK], rows: [] };
    throw error;
  }
  if (lines.length === 0) return { ok: true, structural: [], rows: [] };
  const rows = lines.filter((line) => ROW_RULES.some((rule) => rule.test(line)));
  const structural = lines.filter((line) => !rows.includes(line));
  return { ok: false, structural, rows };
}

/** The report as one Chinese sentence for the 设置 screen and the command line. */
export function describeIntegrity(report: IntegrityReport): string {
  if (report.ok) return '数据库完好：所有数据页、索引和记录均通过检查。';
  if (report.structural.length > 0) {
    return `数据库文件已损坏（发现 ${report.structural.length} 处结构损坏${report.rows.length ? `，另有 ${report.rows.length} 条记录不合规则` : ''}）。请从备份恢复，或逐份导出仍可读取的通报。`;
  }
  return `数据库结构完好，但有 ${report.rows.length} 条记录不合规则；这些记录所属的通报会标为“已损坏”，其余通报不受影响。`;
}
