// A child process that saves through the real services as fast as it can and
// says so after each save has returned, until it is killed. Started by
// kill-during-saves.ts; never part of the app.
import { writeSync } from 'node:fs';
import { openStore } from '../../main/db/open-database';
import { createServices } from '../../main/services/create-services';
import { loadLayoutTemplates } from '../../main/layout-templates/load-layout-templates';

const [dbPath, firstSeq] = process.argv.slice(2);
const store = openStore(dbPath!);
const services = createServices({
  db: store.db,
  databasePath: dbPath!,
  status: store.status,
  templates: loadLayoutTemplates(),
  dialogs: { chooseExportPath: async () => null, chooseImportPath: async () => null, showInFolder: () => undefined },
});
const ids = (await services.listNotices()).map((n) => n.id).sort();
writeSync(1, `READY ${store.status.mode} ${store.status.findings.length}\n`);

for (let seq = Number(firstSeq); ; seq += 1) {
  const id = ids[seq % ids.length]!;
  const notice = await services.getNotice(id);
  notice.meta.round = `第${seq}轮`;
  // Every few saves a long paragraph changes too, so the log grows and is folded into the file under way.
  const item = notice.checklist.flatMap((n) => (n.kind === 'item' ? [n] : n.children.filter((c) => c.kind === 'item')))[seq % 7];
  if (item?.kind === 'item')
    item.progress = {
      enumeration: 'none',
      paragraphs: [{ type: 'paragraph', children: [{ text: `第${seq}次修改：${'整改落实情况'.repeat(400)}` }] }],
    };
  await services.saveNotice(notice);
  // Written straight to the descriptor: the parent counts a save only once this line is out.
  writeSync(1, `ACK ${id} ${seq}\n`);
}
