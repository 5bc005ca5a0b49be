import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTransaction, type Database } from '../../../../main/db/database';
import { saveNotice } from '../../../../main/db/notices';
import { openDatabase } from '../../../../main/db/open-database';
import { rebuildSearchIndex } from '../../../../main/db/search/index-writes';
import { searchItemIds } from '../../../../main/db/search/search-items';
import { itemSearchTexts, textsContainAll } from '../../../../shared/library/item-text';
import { parseSearchQuery } from '../../../../shared/library/search-query';
import { createGroup, createItem, createNotice, createSubItem } from '../../../../shared/model/factory';
import type { Item } from '../../../../shared/model/notice';
import { plainList, type ParagraphList } from '../../../../shared/model/rich-text';
import { plainScan, useTempDir } from './support';

/*
 * Words of four characters or more are confirmed on the item's stored row
 * (main/db/search/raw-match.ts). These items put every shortcut of that
 * confirmation to the test: runs of bold text, numbering styles, JSON's own
 * keys and escapes, ASCII case, sub-items with odd ids, and rows written by
 * hand. Whatever the route, search must find exactly what reading the items
 * finds.
 */

const temp = useTempDir();

const bold = (...runs: [string, boolean][]): ParagraphList => ({
  enumeration: 'none',
  paragraphs: [{ type: 'paragraph', children: runs.map(([text, isBold]) => (isBold ? { text, bold: true } : { text })) }],
});

const ITEMS: Partial<Item>[] = [
  { id: 'plain', problem: '整改落实不到位', measures: plainList(['压实整改责任']) },
  { id: 'split', problem: '其他问题', measures: bold(['整改', false], ['落实到位', true]) },
  { id: 'split-also-whole', problem: '其他', measures: bold(['改落实', true], ['改', false], ['落实', false]) },
  { id: 'style-only', problem: '编号', measures: plainList(['甲乙丙', '丁戊己'], '第一，') },
  { id: 'style-in-text', problem: '写了第一，也写了（一）', measures: plainList(['甲乙丙'], '（一）') },
  { id: 'keys', problem: '没有键名', measures: plainList(['段落文字']) },
  { id: 'key-text', problem: 'text 与 children 写在正文里', measures: plainList(['paragraph']) },
  { id: 'upper', problem: '已完成PPT模板', progress: plainList(['GB/T 9704 标准']) },
  { id: 'escapes', problem: '引号"内容', measures: plainList(['路径\\目录', '制表\t符号']) },
  {
    id: 'odd-sub',
    problem: '子项',
    subItems: [{ ...createSubItem({ problem: '子项问题' }), id: '子项甲乙丙' }],
  },
  {
    id: 'sub-text',
    problem: '主项',
    subItems: [createSubItem({ id: 'sub-1', problem: '子项甲乙丙丁', progress: plainList(['进展戊己']) })],
  },
  { id: 'rare', problem: '𠀀𠀁𠀂生僻', measures: plainList(['和(或)']) },
];

const QUERIES = [
  '整改落实',
  '改落实',
  '落实到位',
  '整改落实到位',
  '整改 落实',
  '第一，',
  '（一）',
  '甲乙丙',
  'text',
  'children',
  'paragraph',
  'enumeration',
  'type',
  'bold',
  'true',
  'ppt模板',
  'ppt',
  'gb/t',
  '9704',
  't 9',
  '号"内',
  '径\\目',
  '子项甲乙',
  '子项甲乙丙',
  '𠀀𠀁𠀂',
  '𠀁𠀂生',
  '和(或)',
  '":"',
  '{"',
];

function library(): Database {
  const db = temp.track(openDatabase(join(temp.dir(), 'confirm.sqlite')));
  const notice = createNotice(
    {
      layoutId: 'duizhao',
      partHeadings: { organisation: '一', checklist: '二', nextSteps: '三' },
      measuresEnumeration: 'none',
      progressEnumeration: 'none',
    },
    { issuer: '中共某某局党组', round: '第一轮' },
  );
  notice.checklist = [
    createGroup(
      '第一方面',
      ITEMS.map((fields) => createItem(fields)),
    ),
  ];
  saveNotice(db, notice);
  return db;
}

const found = (db: Database, query: string) =>
  searchItemIds(db, query)
    .map((row) => row.nodeId)
    .sort();

/** The plain definition on the stored rows themselves, leniently as search reads them: for rows a notice could not be opened from. */
function rowScan(db: Database, query: string): string[] {
  const { words } = parseSearchQuery(query);
  const lenient = (text: string) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return null;
    }
  };
  const rows = db
    .prepare("SELECT id, problem, measures, progress, responsible_unit, sub_items FROM nodes WHERE kind = 'item'")
    .all() as Record<string, string>[];
  return rows
    .filter((row) =>
      textsContainAll(
        itemSearchTexts({
          problem: row.problem,
          measures: lenient(row.measures!),
          progress: lenient(row.progress!),
          responsibleUnit: row.responsible_unit,
          subItems: lenient(row.sub_items!),
        }),
        words,
      ),
    )
    .map((row) => row.id!)
    .sort();
}

describe('confirming a long word on the item’s row', () => {
  it('finds exactly what reading the items finds, whatever shortcut the row allows', () => {
    const db = library();
    for (const query of QUERIES) {
      expect(found(db, query), query).toEqual(plainScan(db, query));
      expect(rowScan(db, query), query).toEqual(plainScan(db, query));
    }
    expect(found(db, '整改落实')).toEqual(['plain', 'split']);
    expect(found(db, '第一，')).toEqual(['style-in-text']);
    expect(found(db, 'text')).toEqual(['key-text']);
    expect(found(db, '子项甲乙')).toEqual(['sub-text']);
  });

  it('marks each item with how far its stored text decides', () => {
    const db = library();
    const marks = Object.fromEntries(
      (db.prepare('SELECT node_id, raw_match FROM search_items').all() as { node_id: string; raw_match: number }[]).map((row) => [
        row.node_id,
        row.raw_match,
      ]),
    );
    expect(marks).toMatchObject({ plain: 2, split: 1, 'style-only': 2, 'odd-sub': 0, 'sub-text': 2 });
  });

  it('reads rows written by hand in full: another shape, another spelling of the same JSON', () => {
    const db = library();
    const write = db.prepare('UPDATE nodes SET measures = ? WHERE id = ?');
    // Valid JSON of another shape: search reads no text from it, though the stored text holds the word.
    write.run(JSON.stringify('整改落实'), 'keys');
    // The same paragraphs spelt with escapes: the text is there, the stored characters are not.
    write.run('{"enumeration":"none","paragraphs":[{"type":"paragraph","children":[{"text":"\\u6574\\u6539\\u843d\\u5b9e"}]}]}', 'upper');
    writeTransaction(db, () => rebuildSearchIndex(db));
    for (const query of QUERIES) expect(found(db, query), query).toEqual(rowScan(db, query));
    expect(found(db, '整改落实')).toEqual(['plain', 'split', 'upper']);
  });
});
