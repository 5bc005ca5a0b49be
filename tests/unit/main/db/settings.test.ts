import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InvalidInputError } from '../../../../main/db/errors';
import { openDatabase } from '../../../../main/db/open-database';
import { deleteSetting, getSetting, setSetting } from '../../../../main/db/settings';
import { useTempDir } from './fixtures';

const fontsSchema = z.object({ body: z.array(z.string()).min(1, { error: '至少要有一种字体' }), title: z.array(z.string()) });
const FALLBACK = { body: ['仿宋_GB2312', '仿宋'], title: ['方正小标宋简体'] };

describe('settings', () => {
  const temp = useTempDir();

  it('gives the fallback until a value is set, then the value, also after reopening', () => {
    const path = join(temp.dir(), 'settings.sqlite');
    const db = openDatabase(path);
    expect(getSetting(db, 'exportFonts', fontsSchema, FALLBACK)).toEqual(FALLBACK);
    const fonts = { body: ['FangSong'], title: ['SimHei', '黑体'] };
    setSetting(db, 'exportFonts', fonts, fontsSchema);
    setSetting(db, 'statusLabels', { done: '已整改' });
    db.close();
    const reopened = temp.track(openDatabase(path));
    expect(getSetting(reopened, 'exportFonts', fontsSchema, FALLBACK)).toEqual(fonts);
    expect(getSetting(reopened, 'statusLabels', z.record(z.string(), z.string()), {})).toEqual({ done: '已整改' });
    deleteSetting(reopened, 'statusLabels');
    expect(getSetting(reopened, 'statusLabels', z.record(z.string(), z.string()), {})).toEqual({});
  });

  it('gives the fallback when the stored value no longer fits its schema', () => {
    const db = temp.track(openDatabase(':memory:'));
    db.prepare('INSERT INTO settings VALUES (\'exportFonts\', \'{"body": "FangSong"}\')').run();
    expect(getSetting(db, 'exportFonts', fontsSchema, FALLBACK)).toEqual(FALLBACK);
  });

  it('refuses values that fail the schema or cannot be stored as JSON', () => {
    const db = temp.track(openDatabase(':memory:'));
    expect(() => setSetting(db, 'exportFonts', { body: [], title: [] }, fontsSchema)).toThrow(InvalidInputError);
    expect(() => setSetting(db, 'exportFonts', { body: [], title: [] }, fontsSchema)).toThrow(
      '设置项“exportFonts”格式有误：\nbody：至少要有一种字体',
    );
    expect(() => setSetting(db, 'nothing', undefined)).toThrow('设置项“nothing”的值无法保存');
    expect(() => setSetting(db, '', 1)).toThrow(/设置项名称格式有误/);
    expect(db.prepare('SELECT count(*) FROM settings').pluck().get()).toBe(0);
  });
});
