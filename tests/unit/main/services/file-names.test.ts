import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { safeFileName } from '../../../../main/services/file-names';

const dir = mkdtempSync(join(tmpdir(), 'file-names-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a file name made from a title', () => {
  it('can be written even from a very long title: the name is cut by bytes, between characters', () => {
    const title = '中共某某市某某区某某街道党工委关于十四届区委第十轮巡察整改进展情况的通报'.repeat(6);
    for (const suffix of ['.docx', '整改台账.docx', '.json']) {
      const name = safeFileName(title, suffix);
      expect(Buffer.byteLength(name, 'utf8')).toBeLessThanOrEqual(180);
      expect(name.endsWith(suffix)).toBe(true);
      expect(title.startsWith(name.slice(0, -suffix.length))).toBe(true);
      // A real write: ENAMETOOLONG would throw here.
      writeFileSync(join(dir, name), '');
    }
  });

  it('drops what no file system allows: separators, control and zero-width characters, lone surrogates, end dots', () => {
    const name = safeFileName('关于\u0001巡察/整改:情况\u200b的通报\ud800...', '.docx');
    expect(name).toBe('关于_巡察_整改_情况的通报_.docx');
    writeFileSync(join(dir, name), '');
  });

  it('never gives an empty name or a name Windows keeps for a device', () => {
    expect(safeFileName('   ', '.docx')).toBe('通报.docx');
    expect(safeFileName('\u0000\u0001', '.docx')).toBe('通报.docx');
    expect(safeFileName('CON', '.docx')).toBe('CON_.docx');
  });
});
