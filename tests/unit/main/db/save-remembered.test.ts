import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { restoreBackup } from '../../../../main/db/backup/restore-backup';
import { writeBackup } from '../../../../main/db/backup/write-backup';
import { writeTransaction, type Database } from '../../../../main/db/database';
import { InvalidInputError } from '../../../../main/db/errors';
import { getNotice, saveNotice } from '../../../../main/db/notices';
import { openDatabase } from '../../../../main/db/open-database';
import { searchItemIds } from '../../../../main/db/search/search-items';
import { loadLayoutTemplates } from '../../../../main/layout-templates/load-layout-templates';
import { saveNoticeWithVersions } from '../../../../main/versions/automatic-versions';
import type { Notice } from '../../../../shared/model/notice';
import { allItems } from '../../../../shared/model/tree';
import { largeNotice, smallNotice, useTempDir } from './fixtures';

/*
 * A save compares the notice with the rows the connection last saved for
 * it, when nothing can have written since, instead of reading them back.
 * Whatever happens between two saves, the second must store exactly what
 * it was given, and search must find exactly that.
 */

const temp = useTempDir();

function library(): { db: Database; path: string; base: Notice } {
  const path = join(temp.dir(), 'remembered.sqlite');
  const db = temp.track(openDatabase(path));
  const base = largeNotice();
  saveNotice(db, base);
  return { db, path, base };
}

/** The notice as the window sends it (a fresh copy), its first item's problem set to `text`. */
function typed(base: Notice, text: string): Notice {
  const copy = structuredClone(base);
  allItems(copy.checklist)[0]!.problem = text;
  return copy;
}

const firstProblem = (db: Database, id: string) => allItems(getNotice(db, id)!.checklist)[0]!.problem;
const found = (db: Database, text: string) => searchItemIds(db, text).map((row) => row.nodeId);

/** The notice holds `text` and search finds it there alone. */
function expectStored(db: Database, base: Notice, text: string): void {
  expect(firstProblem(db, base.id)).toBe(text);
  expect(found(db, text)).toEqual([allItems(base.checklist)[0]!.id]);
}

describe('a save after anything else wrote stores what it was given', () => {
  it('after a save rolled back with its caller’s transaction', () => {
    const { db, base } = library();
    saveNotice(db, typed(base, '第一次保存的问题甲'));
    expect(() =>
      writeTransaction(db, () => {
        saveNoticeWithVersions(db, typed(base, '回滚掉的问题乙'), new Date());
        throw new Error('caller gave up');
      }),
    ).toThrow('caller gave up');
    expectStored(db, base, '第一次保存的问题甲');
    expect(found(db, '回滚掉的问题乙')).toEqual([]);
    saveNotice(db, typed(base, '回滚掉的问题乙'));
    expectStored(db, base, '回滚掉的问题乙');
  });

  it('after a save inside a transaction begun without writeTransaction, rolled back or committed', () => {
    const { db, base } = library();
    saveNotice(db, typed(base, '保存过的问题丙'));
    expect(() =>
      db.transaction(() => {
        saveNotice(db, typed(base, '未提交的问题丁'));
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    expectStored(db, base, '保存过的问题丙');
    saveNotice(db, typed(base, '未提交的问题丁'));
    expectStored(db, base, '未提交的问题丁');
    db.transaction(() => saveNotice(db, typed(base, '提交了的问题戊')))();
    expectStored(db, base, '提交了的问题戊');
    saveNotice(db, typed(base, '再改一次的问题己'));
    expectStored(db, base, '再改一次的问题己');
  });

  it('after another connection to the same file saved the notice', () => {
    const { db, path, base } = library();
    saveNotice(db, typed(base, '本窗口写的问题庚'));
    const other = temp.track(openDatabase(path));
    saveNotice(other, typed(base, '命令行写的问题辛'));
    expectStored(db, base, '命令行写的问题辛');
    // The same text this connection saved last: what is stored now is the other one's.
    saveNotice(db, typed(base, '本窗口写的问题庚'));
    expectStored(db, base, '本窗口写的问题庚');
    expectStored(other, base, '本窗口写的问题庚');
  });

  it('after a backup was restored over the notice', async () => {
    const { db, path, base } = library();
    const { boilerplate } = loadLayoutTemplates();
    saveNotice(db, typed(base, '备份里的问题卯'));
    const backup = join(temp.dir(), 'backup.sqlite');
    await writeBackup(db, backup, boilerplate);
    saveNotice(db, typed(base, '备份之后的问题辰'));
    await restoreBackup({
      db,
      databasePath: path,
      source: backup,
      boilerplate,
      keepCurrent: () => writeBackup(db, join(temp.dir(), 'before.sqlite'), boilerplate).then((kept) => kept.path),
    });
    expectStored(db, base, '备份里的问题卯');
    // What this connection saved last, again: the file holds the backup's text now.
    saveNotice(db, typed(base, '备份之后的问题辰'));
    expectStored(db, base, '备份之后的问题辰');
  });

  it('after a write of its own that went round the save', () => {
    const { db, base } = library();
    saveNotice(db, typed(base, '保存的问题壬'));
    db.prepare('UPDATE nodes SET problem = ? WHERE id = ?').run('直接改的问题癸', allItems(base.checklist)[0]!.id);
    saveNotice(db, typed(base, '保存的问题壬'));
    expect(firstProblem(db, base.id)).toBe('保存的问题壬');
  });

  it('after a save refused for an id another notice holds', () => {
    const { db, base } = library();
    saveNotice(db, smallNotice('other-notice'));
    saveNotice(db, typed(base, '拒绝之前的问题子'));
    const clash = typed(base, '被拒绝的问题丑');
    clash.checklist.push({ ...allItems(smallNotice('other-notice').checklist)[0]! });
    expect(() => saveNotice(db, clash)).toThrow(InvalidInputError);
    expectStored(db, base, '拒绝之前的问题子');
    saveNotice(db, typed(base, '拒绝之后的问题寅'));
    expectStored(db, base, '拒绝之后的问题寅');
    expect(getNotice(db, base.id)).toEqual(typed(base, '拒绝之后的问题寅'));
  });
});
