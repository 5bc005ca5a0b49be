import { performance } from 'node:perf_hooks';
import type { DatabaseCheck } from '../../../shared/model/backup';
import type { Database } from '../database';
import { integrityProblemsOfFile } from './integrity';

/** 检查数据库: the full integrity_check of the open database, told in Chinese. */
export function checkDatabase(db: Database): DatabaseCheck {
  const start = performance.now();
  let problems: string[];
  try {
    problems = integrityProblemsOfFile(db).map(describeProblem);
  } catch {
    // Damage bad enough that SQLite stops reading (SQLITE_CORRUPT) is a finding, not a failure to check.
    problems = ['数据库文件结构损坏，检查无法进行到底'];
  }
  const durationMs = performance.now() - start;
  const seconds = (durationMs / 1000).toFixed(1);
  if (problems.length === 0) {
    return { ok: true, message: `数据库完好：完整性检查通过，没有发现问题（用时 ${seconds} 秒）。`, problems, durationMs };
  }
  return {
    ok: false,
    message: `数据库有损坏：完整性检查发现 ${problems.length} 处问题。请从最近一次完好的备份恢复（恢复前会把当前的文件原样另存一份），或在通报列表中逐份导出仍可读取的通报。`,
    problems,
    durationMs,
  };
}

/** SQLite's integrity_check lines are English; the user gets the kind of problem in Chinese, with the names kept. */
const PATTERNS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^row (\d+) missing from index (\S+)/, (m) => `索引 ${m[2]} 缺少第 ${m[1]} 行数据`],
  [/^wrong # of entries in index (\S+)/, (m) => `索引 ${m[1]} 的条目数与数据不符`],
  [/^non-unique entry in index (\S+)/, (m) => `索引 ${m[1]} 中有重复的条目`],
  [/^NULL value in (\S+)/, (m) => `${m[1]} 中有不允许的空值`],
  [/^CHECK constraint failed in (\S+)/, (m) => `表 ${m[1]} 中有数据不符合约束`],
  [/^Page (\d+)/i, (m) => `第 ${m[1]} 页结构损坏`],
  [/^Tree (\d+) page (\d+)/i, (m) => `第 ${m[2]} 页结构损坏`],
  [/^Freelist/i, () => '空闲页列表损坏'],
  [/never used/i, () => '有未被使用的页面（文件结构损坏）'],
];

function describeProblem(line: string): string {
  const text = line.replace(/^\*\*\* in database \w+ \*\*\*\s*/u, '');
  for (const [pattern, describe] of PATTERNS) {
    const match = pattern.exec(text);
    if (match) return describe(match);
  }
  return '数据库文件结构损坏';
}
