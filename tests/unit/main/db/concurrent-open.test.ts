import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveNotice } from '../../../../main/db/notices';
import { openStore } from '../../../../main/db/open-database';
import { loadLayoutTemplates } from '../../../../main/layout-templates/load-layout-templates';
import { cli } from '../../../support/run-cli';
import { sampleNotice } from '../../../support/sample-notice';

describe('several processes opening one database at once', () => {
  it(
    'all open it, while one of them is still creating it, and none takes it for damaged or another program’s',
    { timeout: 180_000 },
    async () => {
      for (let round = 0; round < 4; round += 1) {
        const db = join(mkdtempSync(join(tmpdir(), 'zgtb-concurrent-')), 'notices.sqlite');
        const runs = await Promise.all(Array.from({ length: 6 }, () => cli('list', '--db', db)));
        for (const run of runs) {
          expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
          expect(run.stdout).toBe('（数据库中还没有通报）\n');
        }
      }
    },
  );
});

describe('the command line beside a program that is saving', () => {
  it('opens the database for writing every time, with nothing set aside or taken for damage', { timeout: 180_000 }, async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'zgtb-beside-')), 'notices.sqlite');
    const store = openStore(db);
    for (const layout of ['duizhao', 'qingdan']) saveNotice(store.db, sampleNotice(loadLayoutTemplates(), layout, 4, 6));
    store.db.close();
    const writer = spawn(process.execPath, ['--import', 'tsx', 'tests/support/save-loop.ts', db, '0'], {
      cwd: new URL('../../../../', import.meta.url),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let acks = '';
    writer.stdout.on('data', (chunk: Buffer) => (acks += chunk.toString()));
    try {
      await expect.poll(() => acks.includes('ACK'), { timeout: 30_000 }).toBe(true);
      for (let round = 0; round < 3; round += 1) {
        const runs = await Promise.all(Array.from({ length: 4 }, () => cli('list', '--db', db)));
        for (const run of runs) expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
      }
    } finally {
      writer.kill('SIGKILL');
    }
  });
});
