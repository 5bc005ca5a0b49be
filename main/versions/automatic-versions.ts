import { STAGE_LABELS, type Notice } from '../../shared/model/notice';
import { writeTransaction, type Database } from '../db/database';
import { StoredDataError } from '../db/errors';
import { getNotice, saveNotice, saveParsedNotice } from '../db/notices';
import { noticeDigest } from '../db/version-data';
import { newestVersion, noticeHead } from '../db/versions';
import { takeVersion } from './take-version';

/** Editing this long after the newest version (or the notice's creation) takes a timed version. */
export const TIMED_VERSION_INTERVAL_MS = 10 * 60_000;

/**
 * Saves a whole notice as the editor does, first keeping what it replaces
 * when that is worth keeping: the state before a stage change, or — every
 * ten minutes of editing — the state as it stood, if it differs from the
 * newest version. The state before the save is kept (not the one saved), so
 * even the first edit of a day keeps how the notice was left the day before.
 * One transaction: the version and the save land together or not at all.
 * `parsed`: the notice has already been parsed with noticeSchema.
 */
export function saveNoticeWithVersions(db: Database, notice: Notice, now: Date, parsed = false): void {
  writeTransaction(db, () => {
    // A malformed notice goes straight to saveNotice, which refuses it in words.
    const head = typeof notice?.id === 'string' ? noticeHead(db, notice.id) : null;
    if (head) {
      const stageChanged = head.stage !== notice.meta?.stage;
      const newest = newestVersion(db, notice.id);
      const since = Date.parse(newest?.createdAt ?? head.createdAt);
      const due = !(now.getTime() - since < TIMED_VERSION_INTERVAL_MS);
      if (stageChanged || due) {
        const stored = storedOrNull(db, notice.id);
        if (stored && stageChanged) {
          takeVersion(db, stored, 'stage', { name: `阶段：${STAGE_LABELS[stored.meta.stage]}` }, now);
        } else if (stored && noticeDigest(stored) !== newest?.digest) {
          takeVersion(db, stored, 'timed', {}, now);
        }
      }
    }
    if (parsed) saveParsedNotice(db, notice);
    else saveNotice(db, notice);
  });
}

/**
 * Keeps the notice as it was exported, noting the file. A database opened
 * read-only (a read-only folder, salvage) still exports; it just keeps no version.
 */
export function versionOnExport(
  db: Database,
  notice: Notice,
  file: string,
  what: 'notice' | 'notice-with-ledger' | 'ledger',
  now: Date,
): void {
  if (db.readonly) return;
  const name = { notice: 'Word 文件', 'notice-with-ledger': 'Word 文件（附整改台账）', ledger: '整改台账' }[what];
  takeVersion(db, notice, 'export', { name, file }, now);
}

/** The stored notice; null when its rows are damaged, so a good save can still replace them. */
function storedOrNull(db: Database, id: string): Notice | null {
  try {
    return getNotice(db, id);
  } catch (error) {
    if (error instanceof StoredDataError) return null;
    throw error;
  }
}
