import type { Api, CreateNoticeInput, LayoutTemplates } from '../../shared/api';
import { withFreshIds } from '../../shared/model/exchange';
import { createNotice } from '../../shared/model/factory';
import type { Notice } from '../../shared/model/notice';
import { localIsoDate } from '../../shared/tracking/deadlines';
import { NoticeNotFoundError } from '../db/errors';
import { deleteNotice, listNotices, saveNotice } from '../db/notices';
import { trackingSettings } from '../db/settings';
import { findLayout } from '../layout-templates/load-layout-templates';
import { saveNoticeWithVersions } from '../versions/automatic-versions';
import { wasChecked } from './checked-arguments';
import { requireNotice } from './notice-lookup';
import { readSettings } from './read-settings';
import type { ServiceContext } from './service-context';

export type NoticeApi = Pick<Api, 'listNotices' | 'getNotice' | 'createNotice' | 'saveNotice' | 'deleteNotice' | 'getLayoutTemplates'>;

/** The notices themselves: listed, read, created (blank, from a layout, a copy), saved and deleted. */
export function createNoticeServices(context: Pick<ServiceContext, 'db' | 'templates' | 'now'>): NoticeApi {
  const { db, templates } = context;
  const now = context.now ?? (() => new Date());

  const freshNotice = (input: Exclude<CreateNoticeInput, { kind: 'copy' }>): Notice => {
    const layout = findLayout(templates, input.kind === 'layout' ? input.layoutId : templates.layouts[0]!.id);
    const { defaults } = readSettings(db);
    return createNotice(
      {
        layoutId: layout.id,
        partHeadings: templates.boilerplate.partHeadings,
        measuresEnumeration: layout.defaults.measures,
        progressEnumeration: layout.defaults.progress,
      },
      {
        issuer: defaults.issuer,
        issuerShort: defaults.issuerShort,
        inspectingBody: defaults.inspectingBody,
        signature: defaults.signature,
        contactsLead: defaults.contactsLead,
        contacts: defaults.contacts,
      },
      now(),
    );
  };

  const copyOf = (sourceId: string): Notice => {
    const stamp = now().toISOString();
    return { ...withFreshIds(requireNotice(db, sourceId)), status: 'draft', createdAt: stamp, updatedAt: stamp };
  };

  return {
    async listNotices() {
      const { dueSoonDays } = trackingSettings(db);
      return listNotices(db, templates.boilerplate, { today: localIsoDate(now()), dueSoonDays });
    },
    async getNotice(id) {
      return requireNotice(db, id);
    },
    async createNotice(input) {
      const notice = input.kind === 'copy' ? copyOf(input.sourceId) : freshNotice(input);
      saveNotice(db, notice);
      return notice;
    },
    async saveNotice(notice) {
      // A layout that templates/ does not have is refused before anything is written (an import, a hand-edited file).
      findLayout(templates, notice.layoutId);
      const at = now();
      const updatedAt = at.toISOString();
      // A notice the IPC boundary parsed is not parsed again; updatedAt is set here from the clock.
      saveNoticeWithVersions(db, { ...notice, updatedAt }, at, wasChecked(notice));
      return { updatedAt };
    },
    async deleteNotice(id) {
      if (!deleteNotice(db, id)) throw new NoticeNotFoundError(id);
    },
    async getLayoutTemplates(): Promise<LayoutTemplates> {
      return { layouts: templates.layouts, boilerplate: templates.boilerplate, style: templates.style, check: templates.check };
    },
  };
}
