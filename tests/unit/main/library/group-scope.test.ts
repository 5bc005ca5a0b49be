import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../../../main/db/database';
import { getNotice, saveNotice } from '../../../../main/db/notices';
import { openDatabase } from '../../../../main/db/open-database';
import { searchItemIds } from '../../../../main/db/search/search-items';
import type { ItemSearchFilters } from '../../../../shared/library/search-types';
import type { Group, Notice } from '../../../../shared/model/notice';
import { generatedNotice, plainScan, useTempDir } from './support';

/*
 * The group-title filter keeps, per connection, which items each title lets
 * through; these check that what it keeps never outlives what it was read
 * from: a save, a rolled-back transaction, another connection's commit.
 */

const temp = useTempDir();
const found = (db: Database, query: string, filters: ItemSearchFilters) =>
  searchItemIds(db, query, filters)
    .map((row) => row.nodeId)
    .sort();

function library(): { db: Database; path: string } {
  const path = join(temp.dir(), 'groups.sqlite');
  const db = temp.track(openDatabase(path));
  ['2021-01-01T08:00:00.000Z', '2022-01-01T08:00:00.000Z', '2023-01-01T08:00:00.000Z'].forEach((stamp, index) =>
    saveNotice(db, generatedNotice(index, 60, stamp)),
  );
  return { db, path };
}

/** The first top-level group of the notice, renamed; saved unless `save` is false. */
function rename(db: Database, noticeId: string, title: string): Notice {
  const notice = getNotice(db, noticeId)!;
  (notice.checklist.find((node) => node.kind === 'group') as Group).title = title;
  notice.updatedAt = new Date(Date.now()).toISOString();
  saveNotice(db, notice);
  return notice;
}

const noticeIds = (db: Database) => db.prepare('SELECT id FROM notices ORDER BY id').pluck().all() as string[];

describe('the group-title filter follows every change of the groups', () => {
  it('agrees with reading every notice for each prefix typed, with words and without, past the titles it keeps', () => {
    const { db } = library();
    for (const title of ['第', '第1', '第1方', '第1方面', '第2方面', '第3类问题', 'group 1', ' GROUP 2 ', '方面', '第1方']) {
      for (const query of ['', '整改', '问题 落实', '工作']) {
        expect(found(db, query, { groupTitle: title }), `${title} / ${query}`).toEqual(plainScan(db, query, { groupTitle: title }));
      }
      expect(found(db, '整改', { groupTitle: title, statuses: ['done', 'ongoing'] })).toEqual(
        plainScan(db, '整改', { groupTitle: title, statuses: ['done', 'ongoing'] }),
      );
    }
  });

  it('sees a rename saved between two searches', () => {
    const { db } = library();
    const [first] = noticeIds(db);
    expect(found(db, '', { groupTitle: '改过名的分组' })).toEqual([]);
    const before = found(db, '', { groupTitle: '第1方面' });
    rename(db, first!, '改过名的分组');
    const renamed = found(db, '', { groupTitle: '改过名的分组' });
    expect(renamed.length).toBeGreaterThan(0);
    expect(renamed).toEqual(plainScan(db, '', { groupTitle: '改过名的分组' }));
    expect(found(db, '', { groupTitle: '第1方面' })).toEqual(before.filter((id) => !renamed.includes(id)));
  });

  it('sees what a caller’s transaction wrote, and forgets it when the transaction rolls back', () => {
    const { db } = library();
    const [first] = noticeIds(db);
    const before = found(db, '整改', { groupTitle: '第1方面' });
    expect(before.length).toBeGreaterThan(0);
    let inside: string[] = [];
    expect(() =>
      db.transaction(() => {
        rename(db, first!, '事务中的分组');
        inside = found(db, '', { groupTitle: '事务中的分组' });
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    expect(inside.length).toBeGreaterThan(0);
    expect(found(db, '', { groupTitle: '事务中的分组' })).toEqual([]);
    expect(found(db, '整改', { groupTitle: '第1方面' })).toEqual(before);
    expect(found(db, '', { groupTitle: '第1方面' })).toEqual(plainScan(db, '', { groupTitle: '第1方面' }));
  });

  it('sees a commit made through another connection to the same file', () => {
    const { db, path } = library();
    const [, second] = noticeIds(db);
    expect(found(db, '', { groupTitle: '另一个窗口' })).toEqual([]);
    const other = temp.track(openDatabase(path));
    rename(other, second!, '另一个窗口改的分组');
    const seen = found(db, '', { groupTitle: '另一个窗口' });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen).toEqual(plainScan(db, '', { groupTitle: '另一个窗口' }));
  });

  it('searches on after its first search of the connection was in a transaction that rolled back', () => {
    const { db, path } = library();
    db.close();
    const reopened = temp.track(openDatabase(path));
    expect(() =>
      reopened.transaction(() => {
        expect(found(reopened, '整改', { groupTitle: '第1方面' })).toEqual(plainScan(reopened, '整改', { groupTitle: '第1方面' }));
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    expect(found(reopened, '整改', { groupTitle: '第1方面' })).toEqual(plainScan(reopened, '整改', { groupTitle: '第1方面' }));
    expect(found(reopened, '', { groupTitle: '第2方面' })).toEqual(plainScan(reopened, '', { groupTitle: '第2方面' }));
  });
});
