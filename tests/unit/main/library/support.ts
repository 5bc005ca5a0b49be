import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import type { Database } from '../../../../main/db/database';
import { getNotice } from '../../../../main/db/notices';
import { itemSearchTexts, textsContainAll } from '../../../../shared/library/item-text';
import { foldCase, parseSearchQuery } from '../../../../shared/library/search-query';
import type { ItemSearchFilters } from '../../../../shared/library/search-types';
import { createGroup, createItem, createNotice, createSubItem } from '../../../../shared/model/factory';
import { ITEM_STATUSES, type ChecklistNode, type Item, type Notice } from '../../../../shared/model/notice';
import { plainList } from '../../../../shared/model/rich-text';
import { noticeSchema } from '../../../../shared/model/schemas';
import { allItems } from '../../../../shared/model/tree';

const SEEDS = fileURLToPath(new URL('../../../fixtures/seeds/', import.meta.url));

/** The three real notices of tests/fixtures/seeds. */
export function seedNotices(): Notice[] {
  return readdirSync(SEEDS)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => noticeSchema.parse(JSON.parse(readFileSync(join(SEEDS, name), 'utf8'))));
}

/** Every sentence of the seeds' items: realistic Chinese to build generated items from. */
export function seedSentences(): string[] {
  const sentences: string[] = [];
  for (const notice of seedNotices()) {
    for (const item of allItems(notice.checklist)) {
      const texts = itemSearchTexts(item);
      for (const text of [texts.problem, texts.measures, texts.progress]) {
        sentences.push(
          ...text
            .split(/(?<=[。；\n])/)
            .map((s) => s.trim())
            .filter((s) => s.length > 3),
        );
      }
    }
  }
  return sentences;
}

/** A small deterministic random source, so a failure can be replayed. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

// Text the seeds lack: ASCII in both cases, FTS5 syntax, full-width punctuation, a character outside the BMP.
const ODDITIES = [
  'PPT模板与Word文档',
  '按“AND”与“NEAR(a b)”检索',
  '引号"内文"与星号*以及减号-和(括号)',
  '冒号：逗号，顿号、',
  '生僻字𠀀𠀁出现',
  'ppt 模板',
  'work plan 工作计划',
  '^开头符号{花括号}',
];

/**
 * A notice of generated items: sentences of the seeds shuffled, sub-items,
 * two levels of groups, and the oddities above sprinkled in.
 */
export function generatedNotice(index: number, items: number, updatedAt: string): Notice {
  const sentences = seedSentences();
  const next = random(index + 1);
  const pick = () => (next() < 0.08 ? ODDITIES[Math.floor(next() * ODDITIES.length)]! : sentences[Math.floor(next() * sentences.length)]!);
  const text = (count: number) => Array.from({ length: count }, pick).join('');
  const notice = createNotice(
    {
      layoutId: 'duizhao',
      partHeadings: { organisation: '一', checklist: '二', nextSteps: '三' },
      measuresEnumeration: '一是',
      progressEnumeration: 'none',
    },
    { issuer: `中共生成${index}局党组`, round: '十四届区委第一轮', stage: 'interim' },
    new Date(updatedAt),
  );
  notice.id = `gen-${index}`;
  const made: Item[] = [];
  for (let n = 0; n < items; n += 1) {
    made.push(
      createItem({
        id: `gen-${index}-i${n}`,
        problem: text(1),
        measures: plainList([text(1), text(1)], '一是'),
        progress: plainList(n % 4 === 0 ? [] : [text(2)]),
        status: ITEM_STATUSES[n % ITEM_STATUSES.length],
        responsibleUnit: ['办公室', '人事科', 'IT中心', '财务科'][n % 4]!,
        subItems: n % 7 === 0 ? [createSubItem({ id: `gen-${index}-i${n}-s`, problem: text(1), progress: plainList([text(1)]) })] : [],
      }),
    );
  }
  const checklist: ChecklistNode[] = [];
  for (let at = 0; at < made.length; at += 10) {
    const chunk = made.slice(at, at + 10);
    const inner = { ...createGroup(`第${at / 10 + 1}类问题（Group ${at / 10}）`, chunk.slice(5)), id: `gen-${index}-s${at}` };
    checklist.push({ ...createGroup(`第${at / 10 + 1}方面`, [...chunk.slice(0, 5), inner]), id: `gen-${index}-g${at}` });
  }
  notice.checklist = checklist;
  return notice;
}

/** Ids of the items whose text holds every word of the query, found by reading every notice: the index's reference. */
export function plainScan(db: Database, query: string, filters: ItemSearchFilters = {}): string[] {
  const { words } = parseSearchQuery(query);
  const ids = db.prepare('SELECT id FROM notices').pluck().all() as string[];
  const found: string[] = [];
  for (const noticeId of ids) {
    if (filters.noticeId !== undefined && noticeId !== filters.noticeId) continue;
    const notice = getNotice(db, noticeId)!;
    const walk = (nodes: readonly ChecklistNode[], titles: string[]) => {
      for (const node of nodes) {
        if (node.kind === 'group') {
          walk(node.children, [...titles, node.title]);
          continue;
        }
        if (filters.statuses && !filters.statuses.includes(node.status)) continue;
        const group = foldCase(filters.groupTitle?.trim() ?? '');
        if (group !== '' && !titles.some((title) => foldCase(title).includes(group))) continue;
        if (textsContainAll(itemSearchTexts(node), words)) found.push(node.id);
      }
    };
    walk(notice.checklist, []);
  }
  return found.sort();
}

/** Random substrings of the items' own text (no whitespace), `length` characters long. */
export function sampleTerms(db: Database, length: number, count: number, seed: number): string[] {
  const next = random(seed);
  const texts: string[] = [];
  for (const noticeId of db.prepare('SELECT id FROM notices').pluck().all() as string[]) {
    for (const item of allItems(getNotice(db, noticeId)!.checklist)) {
      const t = itemSearchTexts(item);
      texts.push(t.problem, t.measures, t.progress, t.responsibleUnit);
    }
  }
  const terms: string[] = [];
  while (terms.length < count) {
    const chars = Array.from(texts[Math.floor(next() * texts.length)]!);
    if (chars.length < length) continue;
    const at = Math.floor(next() * (chars.length - length + 1));
    const term = chars.slice(at, at + length).join('');
    if (!/\s/u.test(term)) terms.push(term);
  }
  return terms;
}

/** A fresh temp folder per test, removed afterwards with the databases left open in it. */
export function useTempDir(): { dir: () => string; track: (db: Database) => Database } {
  let current: string | null = null;
  const open: Database[] = [];
  afterEach(() => {
    for (const db of open.splice(0)) if (db.open) db.close();
    if (current) rmSync(current, { recursive: true, force: true });
    current = null;
  });
  return {
    dir: () => (current ??= mkdtempSync(join(tmpdir(), 'zgtb-library-'))),
    track: (db) => {
      open.push(db);
      return db;
    },
  };
}
