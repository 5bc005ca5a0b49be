import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { emptyMeta } from '../../../../shared/model/factory';
import { plainList } from '../../../../shared/model/rich-text';
import { DatabaseTooNewError } from '../../../../main/db/errors';
import { migrate } from '../../../../main/db/migrate';
import { LATEST_VERSION, MIGRATIONS, type Migration } from '../../../../main/db/migrations';
import { getNotice } from '../../../../main/db/notices';
import { openDatabase } from '../../../../main/db/open-database';
import { getSetting, setSetting } from '../../../../main/db/settings';
import { z } from 'zod';
import { useTempDir } from './fixtures';

const tableNames = (db: BetterSqlite3.Database) =>
  db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();

describe('migrations', () => {
  const temp = useTempDir();

  it('are numbered in steps of 10, oldest first, ending at LATEST_VERSION', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual(versions.map((_, i) => (i + 1) * 10));
    expect(LATEST_VERSION).toBe(versions[versions.length - 1]);
  });

  it('can stop at an older version and continue later', () => {
    const db = temp.track(new BetterSqlite3(':memory:'));
    expect(migrate(db, 10)).toBe(10);
    expect(tableNames(db)).toEqual(['nodes', 'notices']);
    expect(migrate(db, 20)).toBe(20);
    expect(tableNames(db)).toEqual(['nodes', 'notices', 'settings']);
    expect(migrate(db)).toBe(LATEST_VERSION);
    expect(tableNames(db)).toEqual(
      expect.arrayContaining(['nodes', 'notices', 'settings', 'search_items', 'search_grams', 'templates', 'store_marker', 'versions']),
    );
    expect(migrate(db)).toBe(LATEST_VERSION);
  });

  it('upgrades a file made by the version-10 schema, keeping its rows', () => {
    const path = join(temp.dir(), 'old.sqlite');
    const old = new BetterSqlite3(path);
    migrate(old, 10);
    const meta = emptyMeta({ issuer: '中共某某县教育局党组', round: '县委第五轮' });
    const parts = {
      organisation: { heading: '一', body: plainList(['召开专题会议。']) },
      checklist: { heading: '二', body: plainList([]) },
      nextSteps: { heading: '三', body: plainList(['持续推进。']) },
    };
    old
      .prepare('INSERT INTO notices VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(
        'old-1',
        'qingdan',
        'final',
        JSON.stringify(meta),
        JSON.stringify(parts),
        '2021-01-01T00:00:00.000Z',
        '2021-02-01T00:00:00.000Z',
      );
    old.prepare("INSERT INTO nodes (id, notice_id, position, kind, title) VALUES ('g', 'old-1', 0, 'group', '旧分组')").run();
    old
      .prepare(
        `INSERT INTO nodes (id, notice_id, parent_id, position, kind, problem, measures, progress, status,
           responsible_leader, responsible_unit, rules_made, sub_items)
         VALUES ('i', 'old-1', 'g', 0, 'item', '旧问题', ?, ?, 'done', '李四', '办公室', 3, '[]')`,
      )
      .run(JSON.stringify(plainList(['旧措施'], '一是')), JSON.stringify(plainList([])));
    old.close();

    const db = temp.track(openDatabase(path));
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    setSetting(db, 'defaultIssuer', '中共某某县教育局党组');
    expect(getSetting(db, 'defaultIssuer', z.string(), '')).toBe('中共某某县教育局党组');
    const notice = getNotice(db, 'old-1');
    expect(notice?.meta).toEqual(meta);
    expect(notice?.parts).toEqual(parts);
    expect(notice?.status).toBe('final');
    expect(notice?.checklist).toEqual([
      {
        kind: 'group',
        id: 'g',
        title: '旧分组',
        children: [
          {
            kind: 'item',
            id: 'i',
            problem: '旧问题',
            measures: plainList(['旧措施'], '一是'),
            progress: plainList([]),
            status: 'done',
            responsibleLeader: '李四',
            responsibleUnit: '办公室',
            deadline: null,
            completedOn: null,
            figures: { moneyRecoveredFen: null, moneyToRecoverFen: null, rulesMade: 3, peopleHeld: null },
            subItems: [],
            leadOverride: null,
            sourceItemId: null,
            // Added by the tracking migration: a dated deadline, no evidence note, up to date, no earlier stage.
            deadlineKind: 'date',
            evidence: '',
            needsUpdate: false,
            history: [],
          },
        ],
      },
    ]);
  });

  it('runs each step in its own transaction: a failing step leaves the previous version whole', () => {
    const db = temp.track(new BetterSqlite3(':memory:'));
    const failing: Migration = {
      version: 20,
      name: 'fails-half-way',
      up(target) {
        target.exec('CREATE TABLE half_done (x INTEGER) STRICT');
        throw new Error('boom');
      },
    };
    expect(() => migrate(db, 20, [MIGRATIONS[0]!, failing])).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    expect(tableNames(db)).toEqual(['nodes', 'notices']);
  });

  it('refuses to migrate a database newer than the newest step', () => {
    const db = temp.track(new BetterSqlite3(':memory:'));
    const newer = LATEST_VERSION + 10;
    db.pragma(`user_version = ${newer}`);
    expect(() => migrate(db)).toThrow(DatabaseTooNewError);
    expect(() => migrate(db)).toThrow(`此数据库由更新版本的整改通报创建（数据库版本 ${newer}，本程序最高支持 ${LATEST_VERSION}）`);
  });
});
