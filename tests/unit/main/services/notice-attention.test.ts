import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../../main/db/database';
import { saveNotice } from '../../../../main/db/notices';
import { openDatabase } from '../../../../main/db/open-database';
import { setSetting } from '../../../../main/db/settings';
import { createServices } from '../../../../main/services/create-services';
import { loadLayoutTemplates } from '../../../../main/layout-templates/load-layout-templates';
import type { Api } from '../../../../shared/api';
import { createGroup, createItem, createNotice } from '../../../../shared/model/factory';
import type { Item } from '../../../../shared/model/notice';
import { DEFAULT_TRACKING_SETTINGS, SETTINGS_KEYS, trackingSettingsSchema } from '../../../../shared/model/settings';

const templates = loadLayoutTemplates();
const DEFAULTS = {
  layoutId: 'duizhao',
  partHeadings: { organisation: '一、', checklist: '二、', nextSteps: '三、' },
  measuresEnumeration: '1.',
  progressEnumeration: '1.',
} as const;

let db: Database;
let services: Api;
beforeEach(() => {
  const dir = mkdtempSync(join(tmpdir(), 'attention-'));
  db = openDatabase(join(dir, 'notices.sqlite'));
  // 2024-06-20 in the morning, local time: the day the list is read.
  services = createServices({
    db,
    databasePath: join(dir, 'notices.sqlite'),
    templates,
    dialogs: { chooseImportPath: async () => null, chooseExportPath: async () => null, showInFolder: () => undefined },
    now: () => new Date(2024, 5, 20, 9, 0),
  });
});

function store(items: Item[], feedbackDate: string | null = '2024-06-01'): string {
  const notice = createNotice(DEFAULTS, { issuer: '中共某某局党组', round: '第十轮', feedbackDate });
  notice.checklist = [createGroup('一类', items.slice(0, 2)), ...items.slice(2)];
  saveNotice(db, notice);
  return notice.id;
}

async function attentionOf(id: string) {
  return (await services.listNotices()).find((n) => n.id === id)?.attention;
}

describe('the notice list’s overdue and due-soon counts', () => {
  it('count the items past their deadline and those due within the warning days, on the clock’s day, items in groups included', async () => {
    const id = store([
      createItem({ deadline: '2024-06-19' }),
      createItem({ deadline: '2024-06-20' }),
      createItem({ deadline: '2024-06-30' }),
      createItem({ deadline: '2024-07-01' }),
      createItem({ deadline: '2024-01-01', status: 'done' }),
      createItem({ deadlineKind: 'immediate' }),
      createItem({ deadlineKind: 'longTerm' }),
      createItem({ deadline: null, needsUpdate: true }),
    ]);
    // Overdue: 6-19 and 立行立改 (due since the 6-01 feedback); due soon: today and 6-30 (ten days).
    expect(await attentionOf(id)).toEqual({ overdue: 2, dueSoon: 2, needsUpdate: 1 });
  });

  it('follow the warning days saved in 设置', async () => {
    const id = store([createItem({ deadline: '2024-06-22' }), createItem({ deadline: '2024-06-30' })]);
    setSetting(db, SETTINGS_KEYS.tracking, { ...DEFAULT_TRACKING_SETTINGS, dueSoonDays: 3 }, trackingSettingsSchema);
    expect(await attentionOf(id)).toEqual({ overdue: 0, dueSoon: 1, needsUpdate: 0 });
  });

  it('are zero for a notice with nothing late, and 立行立改 without a feedback date is due, not late', async () => {
    const quiet = store([createItem({ deadline: '2024-09-01' }), createItem({ deadline: '2024-06-01', status: 'done' })]);
    const immediate = store([createItem({ deadlineKind: 'immediate' })], null);
    expect(await attentionOf(quiet)).toEqual({ overdue: 0, dueSoon: 0, needsUpdate: 0 });
    expect(await attentionOf(immediate)).toEqual({ overdue: 0, dueSoon: 1, needsUpdate: 0 });
  });
});
