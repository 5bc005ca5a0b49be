import { APPLICATION_ID } from './migrations';
import { openFileOnly, openReader, withConnection, type ConnectionOptions } from './connections';
import type { Database } from './database';
import { DatabaseDamagedError } from './errors';
import type { FileState } from './file-state';
import { checkIntegrity, DAMAGED_BEYOND_CHECK, describeIntegrity } from './integrity';
import { isDamageCode } from './translate-error';
import { setAsideWal } from './set-aside';
import { judgeWal } from './wal-ownership';

export interface SettledWal {
  /** What was found and done, in Chinese. */
  findings: string[];
  /** Set when neither the file with its log nor the file alone is sound: open for salvage, touch nothing. */
  salvage: string | null;
}

/**
 * Decides what to do with a log found beside the file, before any
 * connection that could write (and so fold the log in on close) exists.
 * A log that belongs to the file is left for the writable connection to
 * replay: it holds the last saves of a session that did not close.
 */
export function settleWal(state: FileState, latestVersion: number, options: ConnectionOptions): SettledWal {
  // Without the folder SQLite cannot read a log at all; the read-only store says so.
  if (!state.folderWritable) return { findings: [], salvage: null };
  const verdict = judgeWal(state.path, latestVersion, options);
  if (verdict.kind === 'belongs') return { findings: [], salvage: null };
  if (verdict.kind === 'too-new') {
    // The file is this release's; only its log was written by a newer one (tried, then left). Kept, never replayed.
    const name = setAsideWal(state.path);
    return {
      findings: [
        `数据库旁的日志文件是更新版本的整改通报写下的（数据库版本 ${verdict.version}，本程序最高支持 ${latestVersion}），本程序无法读取，没有合并它，已改名保存为“${name}”。数据库按文件本身的内容打开；日志中的修改需要升级程序后才能找回。`,
      ],
      salvage: null,
    };
  }
  if (verdict.kind === 'foreign') {
    const name = setAsideWal(state.path);
    return {
      findings: [
        `数据库旁的日志文件不是这个数据库的（可能来自另一份副本或更早的备份），为免把两份数据混在一起，没有合并它，已改名保存为“${name}”。数据库按文件本身的内容打开。`,
      ],
      salvage: null,
    };
  }
  // A log that does not say whose it is: keep it if the database it makes is sound.
  const replayed = soundnessOf(() => openReader(state.path, options));
  if (replayed.sound) return { findings: [], salvage: null };
  const alone = soundnessOf(() => openFileOnly(state.path, options));
  // An empty file whose log makes it another program's database: that program's, not ours to open at all.
  if (alone.blank && replayed.stranger) throw new DatabaseDamagedError(state.path);
  if (!alone.sound) return { findings: [], salvage: replayed.reason };
  const name = setAsideWal(state.path);
  return {
    findings: [
      `数据库旁的日志文件与数据库不符（合并后数据库无法通过检查），没有合并它，已改名保存为“${name}”。数据库按文件本身的内容打开。`,
    ],
    salvage: null,
  };
}

interface Soundness {
  sound: boolean;
  reason: string;
  /** Not marked as ours, and not empty either: another program's database. */
  stranger: boolean;
  /** Not marked and holding nothing: a file to set up. */
  blank: boolean;
}

/** Whether the database a connection shows is sound; pages SQLite cannot read at all make it unsound, not an error. */
function soundnessOf(open: () => Database): Soundness {
  try {
    return withConnection(open, soundness);
  } catch (error) {
    if (!isDamageCode(error)) throw error;
    return {
      sound: false,
      reason: describeIntegrity({ ok: false, structural: [DAMAGED_BEYOND_CHECK], rows: [] }),
      stranger: false,
      blank: false,
    };
  }
}

function soundness(db: Database): Soundness {
  if ((db.pragma('application_id', { simple: true }) as number) !== APPLICATION_ID) {
    const empty = (db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get() as number) === 0;
    const unmarked = (db.pragma('application_id', { simple: true }) as number) === 0;
    return { sound: false, reason: '数据库文件已损坏或不是本程序的数据库', stranger: !(empty && unmarked), blank: empty && unmarked };
  }
  const report = checkIntegrity(db);
  return { sound: report.structural.length === 0, reason: describeIntegrity(report), stranger: false, blank: false };
}
