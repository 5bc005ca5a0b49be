import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeTransaction } from '../../main/db/database';
import { getNotice, saveNotice } from '../../main/db/notices';
import { openDatabase } from '../../main/db/open-database';
import { rebuildSearchIndex } from '../../main/db/search/index-writes';
import { dispatchApiCall } from '../../main/ipc/dispatch';
import { loadLayoutTemplates } from '../../main/layout-templates/load-layout-templates';
import { createServices } from '../../main/services/create-services';
import { createGroup, createItem, createNotice } from '../../shared/model/factory';
import type { Group, Notice } from '../../shared/model/notice';
import { plainList } from '../../shared/model/rich-text';
import { allItems } from '../../shared/model/tree';
import { measure, report } from './measure';
import { generate } from './search-bench';

/**
 * Autosave in a large library: a 200-item notice saved whole, as the editor
 * sends it, into a database of 100,000 other items. A save writes only what
 * changed, so a one-character edit costs about what one row and one item of
 * the index cost, whatever the size of the notice or of the library.
 */

const ITEMS = 200;

function twoHundredItems(sentences: readonly string[]): Notice {
  const notice = createNotice(
    {
      layoutId: 'duizhao',
      partHeadings: { organisation: '一', checklist: '二', nextSteps: '三' },
      measuresEnumeration: '一是',
      progressEnumeration: 'none',
    },
    { issuer: '中共某某局党组', round: '第一轮' },
    new Date(Date.UTC(2030, 0, 1)),
  );
  notice.id = 'bench-save';
  const pick = (n: number) => sentences[n % sentences.length]!;
  notice.checklist = Array.from({ length: 10 }, (_, g) =>
    createGroup(
      `第${g + 1}方面的问题`,
      Array.from({ length: ITEMS / 10 }, (_, i) => {
        const n = g * 97 + i * 13;
        return createItem({
          problem: pick(n),
          measures: plainList([pick(n + 1) + pick(n + 2), pick(n + 3)], '一是'),
          progress: plainList([pick(n + 4)]),
          responsibleUnit: '办公室',
        });
      }),
    ),
  );
  return notice;
}

export async function runSaveBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-save-'));
  const path = join(dir, 'library.sqlite');
  const db = openDatabase(path);
  try {
    const { sentences } = generate(db);
    writeTransaction(db, () => rebuildSearchIndex(db));
    const notice = twoHundredItems(sentences);
    saveNotice(db, notice);
    console.log(`\n自动保存：${ITEMS} 个条目的通报，库中另有 100,000 个条目`);

    let clock = Date.UTC(2031, 0, 1);
    const stamp = () => new Date((clock += 1000)).toISOString();
    const items = allItems(notice.checklist);
    let edits = 0;
    // The same item typed into, as in the editor: one character more (or one fewer) each save.
    const typeOne = () => {
      const item = items[57]!;
      item.problem = edits++ % 2 === 0 ? `${item.problem}改` : item.problem.slice(0, -1);
      notice.updatedAt = stamp();
    };
    report('改一个字保存（saveNotice）', await measure(() => (typeOne(), saveNotice(db, notice)), 60, 5), 5);
    // The window's save as it runs in the app: the IPC call dispatched (arguments checked with the contract's
    // schemas, main/ipc/dispatch.ts), the service (layout check, clock, versions check) and the store's write.
    let at = Date.UTC(2031, 0, 1);
    const services = createServices({
      db,
      databasePath: path,
      templates: loadLayoutTemplates(),
      dialogs: { chooseImportPath: async () => null, chooseExportPath: async () => null, showInFolder: () => undefined },
      now: () => new Date((at += 1000)),
    });
    report(
      '改一个字保存（应用的保存：IPC 校验+服务+写入）',
      await measure(
        async () => {
          typeOne();
          const answer = await dispatchApiCall(services, 'saveNotice', [notice]);
          if (!answer.ok) throw new Error(answer.error.message);
        },
        60,
        5,
      ),
      5,
    );
    const groups = notice.checklist as Group[];
    report(
      '重排 100 个条目保存',
      await measure(
        () => {
          for (const group of groups.slice(0, 5)) group.children.reverse();
          notice.updatedAt = stamp();
          saveNotice(db, notice);
        },
        30,
        3,
      ),
      20,
    );
    // Switching to another notice makes it the newest: its items all take new places in the index once.
    const other = getNotice(db, 'bench-400')!;
    let switches = 0;
    report(
      '换一份通报保存（100 条移到最新）',
      await measure(
        () => {
          const target = switches++ % 2 === 0 ? other : notice;
          target.updatedAt = stamp();
          saveNotice(db, target);
        },
        20,
        2,
      ),
    );
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
