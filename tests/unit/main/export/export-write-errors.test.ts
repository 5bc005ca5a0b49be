import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { STALE_AFTER_MS, removeStaleExportTemporaries } from '../../../../main/export/export-temporaries';
import { exportNoticeToFile } from '../../../../main/export/export-notice';
import { FileWriteError, explainWriteError, writeFileAtomic } from '../../../../main/export/write-file-atomic';
import { loadLayoutTemplates } from '../../../../main/layout-templates/load-layout-templates';
import { sampleNotice } from '../../../support/sample-notice';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const templates = loadLayoutTemplates();

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zgtb-export-'));
  dirs.push(dir);
  return dir;
}

/** Sets a file's times back, as if it had been left there that long ago. */
function age(path: string, ms: number): void {
  const then = new Date(Date.now() - ms);
  utimesSync(path, then, then);
}

/** A message a user reads: Chinese, naming the file, with no English error code or Node wording in it. */
function expectChineseMessage(message: string, target: string): void {
  expect(message).toContain(target);
  const words = message.replace(target, '').replace(/FAT32|U 盘|4GB/gu, '');
  expect(words).not.toMatch(/[A-Za-z]{2,}/u);
  expect(words).toMatch(/\p{Script=Han}{4}/u);
}

describe('a temporary file a crash left during an export', () => {
  it('is removed by the next export to that folder once it is a minute old, and nothing of the user’s is', async () => {
    const dir = tempDir();
    const target = join(dir, '整改通报.docx');
    // A real crash: a process killed between writing its temporary file and the rename.
    const crashed = spawnSync(process.execPath, ['--import', 'tsx', 'tests/support/die-while-writing.ts', target], { cwd: ROOT });
    expect(crashed.signal).toBe('SIGKILL');
    const [left] = readdirSync(dir);
    expect(left).toMatch(/^\.整改通报\.docx\.\d+\.\d{13}\.tmp$/u);

    // The user's own files, some with names close to ours, and a folder.
    const theirs = [
      '.整改通报.docx.tmp',
      '整改通报.docx.4242.1764581400000.tmp',
      '会议记录.tmp',
      '.hidden.tmp',
      '.报告.docx.abc.1764581400000.tmp',
    ];
    for (const name of theirs) writeFileSync(join(dir, name), '用户的文件');
    mkdirSync(join(dir, '.文件夹.docx.4243.1764581400000.tmp'));
    for (const name of [...theirs, '.文件夹.docx.4243.1764581400000.tmp']) age(join(dir, name), 3_600_000);

    // Just left, it could still be another PC's write to a shared folder: kept.
    await exportNoticeToFile(sampleNotice(templates, 'duizhao'), join(dir, '另一份.docx'), templates);
    expect(readdirSync(dir)).toContain(left);

    age(join(dir, left!), STALE_AFTER_MS + 1_000);
    await exportNoticeToFile(sampleNotice(templates, 'duizhao'), target, templates);
    expect(readdirSync(dir).sort()).toEqual([...theirs, '.文件夹.docx.4243.1764581400000.tmp', '另一份.docx', '整改通报.docx'].sort());
    for (const name of theirs) expect(readFileSync(join(dir, name), 'utf8')).toBe('用户的文件');
  });

  it('is kept while the process that writes it still runs, however old', async () => {
    const dir = tempDir();
    const writer = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      const name = `.整改通报.docx.${writer.pid}.1764581400000.tmp`;
      writeFileSync(join(dir, name), 'x');
      age(join(dir, name), 3_600_000);
      expect(removeStaleExportTemporaries(dir)).toBe(0);
      expect(readdirSync(dir)).toEqual([name]);
    } finally {
      writer.kill();
    }
  });

  it('never stops an export: a folder that cannot be listed is simply not tidied', () => {
    expect(removeStaleExportTemporaries(join(tempDir(), '没有这个文件夹'))).toBe(0);
  });
});

describe('a write that fails', () => {
  it('over the file-size limit (EFBIG) says so in Chinese, keeps the old file and leaves no temporary file', () => {
    const dir = tempDir();
    const target = join(dir, '整改通报.docx');
    writeFileSync(target, '旧文件');
    // 8 KiB: less than any exported notice. Node ignores SIGXFSZ, so the write fails with EFBIG.
    const run = execFileSync(
      'bash',
      ['-c', 'ulimit -f 8 && exec "$0" --import tsx tests/support/export-under-file-limit.ts "$1"', process.execPath, target],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    const outcome = JSON.parse(run.trim().split('\n').at(-1)!) as { isFileWriteError: boolean; code: string; message: string };
    expect(outcome).toMatchObject({ isFileWriteError: true, code: 'EFBIG' });
    expect(outcome.message).toContain('文件太大');
    expect(outcome.message).not.toContain('EFBIG');
    expectChineseMessage(outcome.message, target);
    expect(readFileSync(target, 'utf8')).toBe('旧文件');
    expect(readdirSync(dir)).toEqual(['整改通报.docx']);
  });

  it('with a name too long for the file system gives the reason in Chinese, not ENAMETOOLONG', () => {
    const target = join(tempDir(), `${'整改通报'.repeat(40)}.docx`);
    let error: unknown;
    try {
      writeFileAtomic(target, new Uint8Array(10));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FileWriteError);
    expect((error as FileWriteError).code).toBe('ENAMETOOLONG');
    expect((error as FileWriteError).message).toContain('文件名或路径过长');
    expectChineseMessage((error as FileWriteError).message, target);
  });

  it.each(['EXDEV', 'ETXTBSY', undefined])('with an error it has no words for (%s) never shows the code', (code) => {
    const target = join(tempDir(), 'out.docx');
    const message = explainWriteError(Object.assign(new Error('weird failure, write'), { code }), target).message;
    expect(message).toBe(`无法保存“${target}”：写入文件时出错。原有文件未受影响，请重试或另选保存位置。`);
    expectChineseMessage(message, target);
  });
});
