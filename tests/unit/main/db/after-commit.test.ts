import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { afterCommit, writeTransaction, type Database } from '../../../../main/db/database';
import { openDatabase } from '../../../../main/db/open-database';
import { useTempDir } from './fixtures';

const temp = useTempDir();
const open = (): Database => temp.track(openDatabase(join(temp.dir(), 'commit.sqlite')));
const note = (db: Database, value: string) => db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(value, '"x"');
const stored = (db: Database) => db.prepare('SELECT key FROM settings ORDER BY key').pluck().all();

describe('afterCommit', () => {
  it('runs once the outermost writeTransaction has committed, not before', () => {
    const db = open();
    const ran: string[] = [];
    writeTransaction(db, () => {
      writeTransaction(db, () => {
        note(db, 'inner');
        afterCommit(db, () => ran.push(`inner, in a transaction: ${db.inTransaction}`));
      });
      expect(ran).toEqual([]);
      afterCommit(db, () => ran.push('outer'));
    });
    expect(ran).toEqual(['inner, in a transaction: false', 'outer']);
  });

  it('never runs for what was rolled back, by its own transaction or one around it', () => {
    const db = open();
    const ran: string[] = [];
    writeTransaction(db, () => {
      try {
        writeTransaction(db, () => {
          note(db, 'undone');
          afterCommit(db, () => ran.push('undone'));
          throw new Error('inner gives up');
        });
      } catch {
        // The caller goes on; the inner savepoint is rolled back.
      }
      note(db, 'kept');
      afterCommit(db, () => ran.push('kept'));
    });
    expect(() =>
      writeTransaction(db, () => {
        writeTransaction(db, () => afterCommit(db, () => ran.push('outer gave up')));
        throw new Error('outer gives up');
      }),
    ).toThrow('outer gives up');
    // Inside a transaction begun some other way, the commit cannot be seen: dropped.
    db.transaction(() => writeTransaction(db, () => afterCommit(db, () => ran.push('raw'))))();
    expect(ran).toEqual(['kept']);
    expect(stored(db)).toEqual(['kept']);
    expect(() => afterCommit(db, () => undefined)).toThrow();
  });
});
