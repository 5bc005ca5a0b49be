import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleTemporaries } from '../../../../../main/db/backup/stale-temporaries';
import { useTempDir } from '../fixtures';

describe('what killed backups and restores leave behind', () => {
  const temp = useTempDir();

  it('is removed when the process that wrote it is gone, and nothing else is', () => {
    const dir = temp.dir();
    const running = 4242;
    const names = [
      '.整改通报-自动备份-20261201-093000.sqlite.7001.1764581400000.tmp',
      '.整改通报-自动备份-20261201-093000.sqlite.7001.1764581400000.tmp-journal',
      '.notices.sqlite.restore-7002-1764581400000.tmp',
      '.zhenggai-check-7003-1764581400000.tmp',
      `.notices.sqlite.restore-${running}-1764581400000.tmp`,
      '整改通报-自动备份-20261201-093000.sqlite',
      'notices.sqlite',
      '会议记录.tmp',
      '.hidden.tmp',
    ];
    for (const name of names) writeFileSync(join(dir, name), 'x');

    expect(removeStaleTemporaries(dir, (pid) => pid === running)).toBe(3);
    expect(readdirSync(dir).sort()).toEqual(
      [
        `.notices.sqlite.restore-${running}-1764581400000.tmp`,
        '整改通报-自动备份-20261201-093000.sqlite',
        'notices.sqlite',
        '会议记录.tmp',
        '.hidden.tmp',
      ].sort(),
    );
  });

  it('says nothing about a folder that is not there', () => {
    expect(removeStaleTemporaries(join(temp.dir(), '没有'))).toBe(0);
  });
});
