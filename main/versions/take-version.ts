import type { Notice } from '../../shared/model/notice';
import { versionsToThin } from '../../shared/versions/thinning';
import type { VersionReason, VersionSummary } from '../../shared/versions/version-types';
import { writeTransaction, type Database } from '../db/database';
import { noticeDigest, packNotice } from '../db/version-data';
import { deleteVersions, insertVersion, listVersions } from '../db/versions';

export interface VersionLabel {
  name?: string | null;
  file?: string | null;
}

/**
 * Stores the notice as a version, and thins the notice's timed versions
 * when this is one (the only moment their number grows).
 */
export function takeVersion(db: Database, notice: Notice, reason: VersionReason, label: VersionLabel, now: Date): VersionSummary {
  return writeTransaction(db, () => {
    const summary = {
      noticeId: notice.id,
      createdAt: now.toISOString(),
      reason,
      name: label.name?.trim() || null,
      file: label.file ?? null,
    };
    const id = insertVersion(db, { ...summary, digest: noticeDigest(notice), data: packNotice(notice) });
    if (reason === 'timed') {
      deleteVersions(db, versionsToThin(listVersions(db, notice.id), now, { utcOffsetMinutes: -now.getTimezoneOffset() }));
    }
    return { id, ...summary };
  });
}
