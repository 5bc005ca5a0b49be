import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { migrate } from '../../main/db/migrate';
import { saveNotice } from '../../main/db/notices';
import type { Notice } from '../../shared/model/notice';

/**
 * Stores notices in a database still at an older schema, as that release
 * would have: each is saved by this release into a scratch database at the
 * latest schema, then its rows are copied in, keeping the columns the old
 * tables have. `saveNotice` itself writes only the latest schema's columns.
 */
export function saveNoticesAtOldSchema(old: BetterSqlite3.Database, notices: readonly Notice[], scratchDir: string): void {
  const scratchPath = join(scratchDir, `scratch-${Date.now()}-${Math.random().toString(36).slice(2)}.sqlite`);
  const scratch = new BetterSqlite3(scratchPath);
  migrate(scratch);
  for (const notice of notices) saveNotice(scratch, notice);
  scratch.close();
  old.prepare('ATTACH DATABASE ? AS scratch').run(scratchPath);
  try {
    old.transaction(() => {
      for (const table of ['notices', 'nodes']) {
        const columns = (old.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as { name: string }[])
          .map((c) => c.name)
          .join(', ');
        old.exec(`INSERT INTO main.${table} (${columns}) SELECT ${columns} FROM scratch.${table} ORDER BY rowid`);
      }
    })();
  } finally {
    old.exec('DETACH DATABASE scratch');
  }
}
