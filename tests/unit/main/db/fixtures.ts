import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createGroup, createItem, createNotice, createSubItem } from '../../../../shared/model/factory';
import { ITEM_STATUSES, type ChecklistNode, type Item, type Notice } from '../../../../shared/model/notice';
import type { Paragraph, ParagraphList } from '../../../../shared/model/rich-text';
import type { Database } from '../../../../main/db/database';

/** A fresh temp folder per test, removed afterwards together with the databases left open in it. */
export function useTempDir(): { dir: () => string; track: (db: Database) => Database } {
  let current: string | null = null;
  const open: Database[] = [];
  afterEach(() => {
    for (const db of open.splice(0)) if (db.open) db.close();
    if (current) rmSync(current, { recursive: true, force: true });
    current = null;
  });
  return {
    dir: () => (current ??= mkdtempSync(join(tmpdir(), 'zgtb-db-'))),
    track: (db) => {
      open.push(db);
      return db;
    },
  };
}

const DEFAULTS = {
  layoutId: 'duizhao',
  partHeadings: { organisation: '加强组织领导', checklist: '巡察反馈问题的整改落实情况', nextSteps: '下一步工作计划' },
  measuresEnumeration: '一是',
  progressEnumeration: 'none',
} as const;

function rich(label: string, count: number): ParagraphList {
  const paragraphs: Paragraph[] = [];
  for (let n = 0; n < count; n += 1) {
    paragraphs.push({
      type: 'paragraph',
      ...(n === 2 ? { continued: true } : {}),
      children: [{ text: `${label}第${n + 1}段，` }, { text: '重点加粗', bold: true }, { text: '；末尾文字“引号”。' }],
    });
  }
  return { enumeration: count % 2 ? '一是' : '（一）', paragraphs };
}

function richItem(tag: string, n: number): Item {
  return createItem({
    problem: `${tag}问题：落实全面从严治党主体责任不到位${n}`,
    measures: rich(`${tag}措施`, 1 + (n % 4)),
    progress: rich(`${tag}进展`, n % 3),
    status: ITEM_STATUSES[n % ITEM_STATUSES.length],
    responsibleLeader: `领导${n}`,
    responsibleUnit: `办公室${n}`,
    deadline: n % 5 === 0 ? null : `2024-0${1 + (n % 9)}-1${n % 10}`,
    completedOn: n % 2 ? '2024-12-31' : null,
    figures: {
      moneyRecoveredFen: n % 3 === 0 ? null : n * 12_345,
      moneyToRecoverFen: n % 4 === 0 ? 0 : null,
      rulesMade: n % 2 ? n : null,
      peopleHeld: n % 7 === 0 ? null : n % 3,
    },
    subItems:
      n % 3 === 0
        ? [
            createSubItem({ problem: `${tag}子问题甲`, measures: rich('子措施', 2), progress: rich('子进展', 1) }),
            createSubItem({ problem: `${tag}子问题乙` }),
          ]
        : [],
    leadOverride: n % 6 === 0 ? `针对“${tag}”问题，我们采取如下措施：` : null,
    sourceItemId: n % 8 === 0 ? `source-${tag}` : null,
  });
}

/**
 * 10 groups × 2 subgroups × 10 items, plus items beside the subgroups and at
 * the top level, every field filled in some items and null in others. Ids
 * are random, so an order by id would scramble the tree.
 */
export function largeNotice(): Notice {
  const notice = createNotice(DEFAULTS, {}, new Date('2024-03-01T08:00:00.000Z'));
  notice.status = 'review';
  notice.updatedAt = '2024-03-02T09:30:00.000Z';
  notice.meta = {
    issuer: '中共某某市民政局党组',
    issuerShort: '市民政局党组',
    inspectingBody: '市委',
    round: '十四届市委第十轮',
    inspectionGroup: '市委第二巡察组',
    inspectionStart: '2023-05-19',
    inspectionEnd: '2023-06-19',
    feedbackDate: '2023-08-30',
    stage: 'progress',
    publicationDate: '2024-03-10',
    contactsLead: '联系方式：',
    contacts: [
      { kind: 'phone', label: '电话', value: '0769-22832508' },
      { kind: 'email', label: '电子邮箱', value: 'mzj@example.cn' },
      { kind: 'address', label: '邮政信箱', value: '东莞市某某路1号' },
    ],
    signature: '中共某某市民政局党组',
    sealed: true,
    titleOverride: null,
    openingOverride: '手写的开头段。',
    closingOverride: null,
  };
  notice.parts.organisation.body = rich('组织', 3);
  notice.parts.checklist.body = rich('清单', 1);
  notice.parts.nextSteps.body = rich('下一步', 2);

  const checklist: ChecklistNode[] = [richItem('顶层', 0)];
  let n = 1;
  for (let g = 0; g < 10; g += 1) {
    const subgroups: ChecklistNode[] = [];
    for (let s = 0; s < 2; s += 1) {
      const items: Item[] = [];
      for (let i = 0; i < 10; i += 1) items.push(richItem(`第${g}组${s}类${i}`, n++));
      subgroups.push(createGroup(`第${g + 1}方面第${s + 1}类`, items));
    }
    if (g % 2) subgroups.splice(1, 0, richItem(`第${g}组直属`, n++));
    checklist.push(createGroup(`第${g + 1}方面的问题`, subgroups));
  }
  checklist.push(richItem('末尾', n++), createGroup('空分组', []));
  notice.checklist = checklist;
  return notice;
}

/** A small notice with a known shape for tree edits: ids are names. */
export function smallNotice(id = 'n1', prefix = ''): Notice {
  const notice = createNotice(DEFAULTS, { issuer: '中共某某区财政局党组', round: '区委第三轮' }, new Date('2020-01-01T00:00:00.000Z'));
  notice.id = id;
  const item = (name: string) => createItem({ id: prefix + name, problem: `问题${name}` });
  const group = (name: string, children: ChecklistNode[]) => ({ ...createGroup(`分组${name}`, children), id: prefix + name });
  // G1: [A, S1: [B, C], D]; E; G2: []
  notice.checklist = [group('G1', [item('A'), group('S1', [item('B'), item('C')]), item('D')]), item('E'), group('G2', [])];
  return notice;
}

/** The tree as nested arrays of ids, to compare shapes at a glance. */
export function shape(nodes: readonly ChecklistNode[]): unknown[] {
  return nodes.map((node) => (node.kind === 'group' ? { [node.id]: shape(node.children) } : node.id));
}
