import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveNotice } from '../../../../main/db/notices';
import { openStore } from '../../../../main/db/open-database';
import { loadLayoutTemplates } from '../../../../main/layout-templates/load-layout-templates';
import { killRound, type KillRound } from '../../../support/kill-during-saves';
import { sampleNotice } from '../../../support/sample-notice';

const KILLS = 50;

describe('kill -9 during saves', () => {
  it(`loses no acknowledged save and never damages the database over ${KILLS} kills`, { timeout: 300_000 }, async () => {
    const templates = loadLayoutTemplates();
    const dbPath = join(mkdtempSync(join(tmpdir(), 'zgtb-kill-')), 'notices.sqlite');
    const { db } = openStore(dbPath);
    for (const layout of ['duizhao', 'qingdan', 'fenlei']) saveNotice(db, sampleNotice(templates, layout, 4, 6));
    db.close();

    const acked = new Map<string, number>();
    const rounds: KillRound[] = [];
    let seq = 0;
    let state = 7;
    for (let kill = 0; kill < KILLS; kill += 1) {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      const round = await killRound(dbPath, seq, 30 + (state % 250), acked);
      seq = round.nextSeq;
      rounds.push(round);
    }
    expect(rounds.flatMap((r) => r.lost)).toEqual([]);
    expect(rounds.flatMap((r) => r.damage)).toEqual([]);
    // A log a crash left is the file's own: it is replayed, never set aside.
    expect(rounds.flatMap((r) => r.findings)).toEqual([]);
    expect(rounds.every((r) => r.mode === 'write')).toBe(true);
    // Most kills land while saves are under way, not before the first one.
    expect(rounds.filter((r) => r.acknowledged > 0).length).toBeGreaterThan(KILLS * 0.8);
  });
});
