import { allItems } from '../../../shared/model/tree';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXCHANGE_FORMAT, EXCHANGE_VERSION, parseExchange, toExchange, withFreshIds } from '../../../shared/model/exchange';
import { createGroup, createItem, createSubItem } from '../../../shared/model/factory';
import type { ChecklistNode, Notice } from '../../../shared/model/notice';

const SEEDS = new URL('../../fixtures/seeds/', import.meta.url);
const SEED_FILES = readdirSync(SEEDS).filter((name) => name.endsWith('.json'));

function seed(name: string): Notice {
  return JSON.parse(readFileSync(new URL(name, SEEDS), 'utf8')) as Notice;
}

const seed000 = () => seed(SEED_FILES.find((name) => name.startsWith('000_'))!);

/** The seeds have no sub-items; this one adds a group whose item has two. */
function withSubItems(): Notice {
  const notice = seed000();
  const item = createItem({
    problem: '分项问题的总述',
    subItems: [createSubItem({ problem: '分项问题甲' }), createSubItem({ problem: '分项问题乙' })],
  });
  notice.checklist.push(createGroup('第七，带分项的问题', [item]));
  return notice;
}

/** What the user saves to disk: the envelope as pretty JSON. */
function fileText(envelope: unknown): string {
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error, got none');
}

/** Every checklist id in tree order: groups, items and sub-items. */
function allIds(nodes: readonly ChecklistNode[]): string[] {
  return nodes.flatMap((node) =>
    node.kind === 'group' ? [node.id, ...allIds(node.children)] : [node.id, ...node.subItems.map((sub) => sub.id)],
  );
}

/** The tree with every id blanked out: what must survive a renumbering unchanged. */
function withoutIds(nodes: readonly ChecklistNode[]): unknown[] {
  return nodes.map((node) =>
    node.kind === 'group'
      ? { ...node, id: '', children: withoutIds(node.children) }
      : { ...node, id: '', subItems: node.subItems.map((sub) => ({ ...sub, id: '' })) },
  );
}

describe('toExchange / parseExchange', () => {
  it('has seed fixtures to work with', () => {
    expect(SEED_FILES.length).toBeGreaterThanOrEqual(3);
  });

  it.each(SEED_FILES)('round-trips seed %s unchanged', (name) => {
    const notice = seed(name);
    const envelope = toExchange(notice, new Date('2024-05-06T07:08:09.000Z'));
    expect(envelope).toEqual({
      format: 'zhenggai-tongbao/notice',
      version: 1,
      exportedAt: '2024-05-06T07:08:09.000Z',
      notice,
    });
    expect(parseExchange(fileText(envelope))).toEqual(notice);
  });

  it('reads a file saved with a UTF-8 byte order mark (Windows Notepad)', () => {
    const notice = seed000();
    expect(parseExchange(`\uFEFF${fileText(toExchange(notice))}`)).toEqual(notice);
  });

  it('reads a file without exportedAt, and one of an older version', () => {
    const notice = seed000();
    expect(parseExchange(JSON.stringify({ format: EXCHANGE_FORMAT, version: EXCHANGE_VERSION, notice }))).toEqual(notice);
    expect(parseExchange(JSON.stringify({ format: EXCHANGE_FORMAT, version: 0, notice }))).toEqual(notice);
  });

  it('reads a file written before the tracking fields as dated, without a note, up to date and without history', () => {
    const notice = seed000();
    const strip = (nodes: unknown[]): unknown[] =>
      nodes.map((node) => {
        const { deadlineKind, evidence, needsUpdate, history, ...rest } = node as Record<string, unknown> & { children?: unknown[] };
        void [deadlineKind, evidence, needsUpdate, history];
        return rest.children ? { ...rest, children: strip(rest.children) } : rest;
      });
    const old = { ...notice, checklist: strip(notice.checklist) };
    expect(JSON.stringify(old)).not.toContain('needsUpdate');
    const read = parseExchange(JSON.stringify({ format: EXCHANGE_FORMAT, version: EXCHANGE_VERSION, notice: old }));
    expect(read).toEqual(notice);
    expect(
      allItems(read.checklist).every((i) => i.deadlineKind === 'date' && i.evidence === '' && !i.needsUpdate && i.history.length === 0),
    ).toBe(true);
  });

  it('refuses a file from a newer version, asking the user to upgrade', () => {
    const text = fileText({ ...toExchange(seed000()), version: EXCHANGE_VERSION + 1 });
    const message = messageOf(() => parseExchange(text));
    expect(message).toContain('更新版本');
    expect(message).toContain(`格式版本 ${EXCHANGE_VERSION + 1}`);
    expect(message).toContain('请先升级程序');
  });

  // The version grows exactly when the shape changes in ways this reader cannot
  // read, so a newer file must get the upgrade message even when its envelope
  // no longer has `notice`. Today the envelope is checked first and the user
  // is told the file lacks 通报数据 instead. Flip to `it` once fixed.
  it('refuses a newer file with a changed envelope with the upgrade message too', () => {
    const text = fileText({ format: EXCHANGE_FORMAT, version: EXCHANGE_VERSION + 1, notices: [seed000()] });
    expect(messageOf(() => parseExchange(text))).toContain('请先升级程序');
  });

  it('refuses a file of another format, saying what it is not', () => {
    const text = fileText({ ...toExchange(seed000()), format: 'other-app/document' });
    const message = messageOf(() => parseExchange(text));
    expect(message).toContain('不是整改通报的交换文件');
    expect(message).toContain(EXCHANGE_FORMAT);
  });

  it('refuses a bare notice without the envelope', () => {
    expect(messageOf(() => parseExchange(fileText(seed000())))).toContain('不是整改通报的交换文件');
  });

  it('refuses text that is not JSON', () => {
    expect(messageOf(() => parseExchange('{"format": "zhenggai-tongbao/notice",'))).toMatch(/^文件不是有效的 JSON：/);
    expect(messageOf(() => parseExchange(''))).toMatch(/^文件不是有效的 JSON：/);
  });

  it('refuses a notice with a bad field, naming the field from the top of the file', () => {
    const notice = seed000();
    notice.meta.feedbackDate = '2020-13-45';
    const message = messageOf(() => parseExchange(fileText(toExchange(notice))));
    expect(message).toMatch(/^交换文件中的通报数据有误：\nnotice\.meta\.feedbackDate：/);
  });

  it('names every bad field on its own line, each prefixed with notice.', () => {
    const notice = seed000();
    notice.meta.feedbackDate = '2020-13-45';
    notice.status = 'published' as Notice['status'];
    const lines = messageOf(() => parseExchange(fileText(toExchange(notice))))
      .split('\n')
      .slice(1);
    expect(lines).toHaveLength(2);
    expect(lines.every((line) => line.startsWith('notice.'))).toBe(true);
    expect(lines.join('\n')).toContain('notice.status：');
  });
});

describe('withFreshIds', () => {
  const cases: [string, () => Notice][] = [
    ...SEED_FILES.map((name): [string, () => Notice] => [`seed ${name}`, () => seed(name)]),
    ['seed 000 plus an item with sub-items', withSubItems],
  ];

  it.each(cases)('gives %s all-new, unique ids and keeps everything else', (_name, make) => {
    const original = make();
    const before = structuredClone(original);
    const copy = withFreshIds(original);

    const oldIds = new Set([original.id, ...allIds(original.checklist)]);
    const newIds = [copy.id, ...allIds(copy.checklist)];
    expect(newIds).toHaveLength(oldIds.size);
    expect(new Set(newIds).size).toBe(newIds.length);
    for (const id of newIds) expect(oldIds.has(id), id).toBe(false);

    expect(withoutIds(copy.checklist)).toEqual(withoutIds(original.checklist));
    const { id: _copyId, checklist: _copyList, ...copyRest } = copy;
    const { id: _oldId, checklist: _oldList, ...oldRest } = original;
    expect(copyRest).toEqual(oldRest);

    expect(original).toEqual(before);
  });

  it('gives a different set of ids each time', () => {
    const notice = withSubItems();
    const first = withFreshIds(notice);
    const second = withFreshIds(notice);
    const firstIds = new Set([first.id, ...allIds(first.checklist)]);
    for (const id of [second.id, ...allIds(second.checklist)]) expect(firstIds.has(id)).toBe(false);
  });

  it('yields a copy that still reads back as a valid exchange file', () => {
    const copy = withFreshIds(withSubItems());
    expect(parseExchange(fileText(toExchange(copy)))).toEqual(copy);
  });
});
