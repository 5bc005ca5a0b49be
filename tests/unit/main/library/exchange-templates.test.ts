import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../main/db/open-database';
import { createItemTemplate, importItemTemplates, listItemTemplates } from '../../../../main/db/item-templates';
import { EXCHANGE_VERSION, parseExchange, parseExchangeContents, toExchange } from '../../../../shared/model/exchange';
import { createGroup, createItem } from '../../../../shared/model/factory';
import { seedNotices, useTempDir } from './support';

const temp = useTempDir();
const [seed] = seedNotices();
const NOW = new Date('2026-11-23T02:00:00.000Z');

describe('templates in the JSON exchange format', () => {
  it('travel with the notice and come back exactly; the version stays', () => {
    const db = temp.track(openDatabase(join(temp.dir(), 'a.sqlite')));
    createItemTemplate(db, { name: '分工类问题', tags: ['班子'], node: createItem({ problem: '分工不明确' }) }, NOW);
    createItemTemplate(db, { name: '制度类', node: createGroup('制度建设', [createItem({ problem: '制度不健全' })]) }, NOW);
    const exchange = toExchange(seed!, NOW, listItemTemplates(db));
    expect(exchange.version).toBe(EXCHANGE_VERSION);
    expect(exchange.templates).toHaveLength(2);
    const text = JSON.stringify(exchange);
    expect(parseExchangeContents(text)).toEqual({ notice: seed, templates: listItemTemplates(db) });
    expect(parseExchange(text)).toEqual(seed);
  });

  it('an older file without templates still imports; a file without any leaves the key out', () => {
    const exchange = toExchange(seed!, NOW);
    expect('templates' in exchange).toBe(false);
    expect(parseExchangeContents(JSON.stringify(exchange))).toEqual({ notice: seed, templates: [] });
  });

  it('a malformed template is refused in Chinese, naming the field', () => {
    const exchange = {
      ...toExchange(seed!, NOW),
      templates: [{ id: 't1', name: '', tags: [], node: createItem(), createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() }],
    };
    expect(() => parseExchangeContents(JSON.stringify(exchange))).toThrow(/模板数据有误[\s\S]*templates\.0\.name：模板名称不能为空/);
    const notArray = { ...toExchange(seed!, NOW), templates: 'x' };
    expect(() => parseExchangeContents(JSON.stringify(notArray))).toThrow(/templates/);
  });

  it('importing keeps local templates of the same id and renames a different one whose name is taken', () => {
    const source = temp.track(openDatabase(join(temp.dir(), 'source.sqlite')));
    const shared = createItemTemplate(source, { name: '共有模板', node: createItem({ problem: '甲' }) }, NOW);
    const clash = createItemTemplate(source, { name: '同名模板', node: createItem({ problem: '乙' }) }, NOW);
    const long = createItemTemplate(source, { name: '长'.repeat(60), node: createItem({ problem: '丙' }) }, NOW);
    const target = temp.track(openDatabase(join(temp.dir(), 'target.sqlite')));
    importItemTemplates(target, [shared]);
    createItemTemplate(target, { name: '同名模板', node: createItem({ problem: '本地的' }) }, NOW);
    createItemTemplate(target, { name: '长'.repeat(60), node: createItem({ problem: '本地的' }) }, NOW);
    const result = importItemTemplates(target, [shared, clash, long]);
    expect(result).toEqual({
      added: 2,
      kept: 1,
      renamed: [
        ['同名模板', '同名模板（导入）'],
        ['长'.repeat(60), `${'长'.repeat(56)}（导入）`],
      ],
    });
    expect(
      listItemTemplates(target)
        .map((t) => t.name)
        .sort(),
    ).toEqual(['共有模板', '同名模板', '同名模板（导入）', '长'.repeat(60), `${'长'.repeat(56)}（导入）`].sort());
    expect(importItemTemplates(target, [clash])).toEqual({ added: 0, kept: 1, renamed: [] });
  });
});
