import { trackingSettings } from '../db/settings';
import type { Api } from '../../shared/api';
import { withFreshIds } from '../../shared/model/exchange';
import type { Notice } from '../../shared/model/notice';
import type { NoticeVersion, VersionRef } from '../../shared/versions/version-types';
import { writeTransaction } from '../db/database';
import { NotFoundError, StoredDataError } from '../db/errors';
import { requireNotice as requireNoticeRow } from '../db/lookups';
import { getNotice, saveNotice } from '../db/notices';
import { unpackNotice } from '../db/version-data';
import { getVersionRow, listVersions } from '../db/versions';
import { findLayout } from '../layout-templates/load-layout-templates';
import { takeVersion } from '../versions/take-version';
import { requireNotice as requireStoredNotice } from './notice-lookup';
import type { ServiceContext } from './service-context';

export type VersionApi = Pick<Api, 'listVersions' | 'getVersion' | 'saveVersion' | 'compareVersions' | 'restoreVersion'>;

/** 历史版本: a notice's versions listed, read, saved by name, compared and restored. */
/** Only the database, the templates and the clock: the command line uses these same services. */
export function createVersionServices(context: Pick<ServiceContext, 'db' | 'templates' | 'now'>): VersionApi {
  const { db, templates } = context;
  const now = context.now ?? (() => new Date());

  const requireNotice = (id: string): Notice => requireStoredNotice(db, id);

  // A version is asked for together with its notice, so a stray id can never restore another notice's text.
  const requireVersion = (noticeId: string, versionId: number): NoticeVersion => {
    const row = getVersionRow(db, versionId);
    if (!row || row.noticeId !== noticeId) throw new NotFoundError(`这份通报没有编号为 ${versionId} 的历史版本，它可能已被清理。`);
    const { data, ...summary } = row;
    return { ...summary, notice: unpackNotice(data, versionId) };
  };

  const readableOrNull = (id: string): Notice | null => {
    try {
      return getNotice(db, id);
    } catch (error) {
      if (error instanceof StoredDataError) return null;
      throw error;
    }
  };

  const side = (noticeId: string, ref: VersionRef): Notice =>
    ref === 'current' ? requireNotice(noticeId) : requireVersion(noticeId, ref).notice;

  // A layout removed from templates/ since: any layout numbers well enough to compare.
  const layoutOf = (id: string) => templates.layouts.find((l) => l.id === id) ?? templates.layouts[0]!;

  return {
    async listVersions(noticeId) {
      // Only that it exists: a notice whose stored rows are damaged needs its versions most.
      requireNoticeRow(db, noticeId);
      return listVersions(db, noticeId);
    },
    async getVersion(noticeId, versionId) {
      return requireVersion(noticeId, versionId);
    },
    async saveVersion(noticeId, name) {
      return takeVersion(db, requireNotice(noticeId), 'named', { name }, now());
    },
    async compareVersions(noticeId, older, newer) {
      // The text differ loads with the first comparison, not with every start of the app or the command line.
      const { compareNotices } = await import('../../shared/versions/compare-notices');
      return compareNotices(side(noticeId, older), side(noticeId, newer), { layoutOf, statusLabels: trackingSettings(db).statusLabels });
    },
    async restoreVersion(noticeId, versionId, mode) {
      const { notice: old } = requireVersion(noticeId, versionId);
      findLayout(templates, old.layoutId);
      const stamp = now();
      if (mode === 'new') {
        const copy: Notice = { ...withFreshIds(old), status: 'draft', createdAt: stamp.toISOString(), updatedAt: stamp.toISOString() };
        saveNotice(db, copy);
        return copy;
      }
      return writeTransaction(db, () => {
        // What the restore replaces becomes a version first, so a restore can itself be undone;
        // stored rows too damaged to read as a notice cannot be kept as one (导出原始数据 keeps them as they are).
        const current = readableOrNull(noticeId);
        if (current) takeVersion(db, current, 'restore', { name: `恢复到版本 ${versionId} 之前` }, stamp);
        else requireNoticeRow(db, noticeId);
        const restored: Notice = { ...old, id: noticeId, createdAt: current?.createdAt ?? old.createdAt, updatedAt: stamp.toISOString() };
        saveNotice(db, restored);
        return restored;
      });
    },
  };
}
