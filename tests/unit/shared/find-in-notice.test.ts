import { describe, expect, it } from 'vitest';
import { META_KEY, partKey } from '../../../renderer/editor/selection';
import {
  addressKey,
  fieldLocation,
  findInNotice,
  matchIndexFrom,
  replaceAll,
  replaceMatch,
  type FieldAddress,
} from '../../../shared/document/find-in-notice';
import { createGroup, createItem, createNotice, createSubItem } from '../../../shared/model/factory';
import type { Group, Item, Notice } from '../../../shared/model/notice';
import { plainList, type Paragraph } from '../../../shared/model/rich-text';

const notice = (build: (n: Notice) => void = () => {}): Notice => {
  const n = createNotice({
    layoutId: 'duizhao',
    partHeadings: { organisation: '一、整改工作组织情况', checklist: '二、整改落实情况', nextSteps: '三、下一步工作打算' },
    measuresEnumeration: '一是',
    progressEnumeration: 'none',
  });
  build(n);
  return n;
};

const keys = (n: Notice, query: string, options = {}) =>
  findInNotice(n, query, options).map((m) => `${addressKey(m.address)}#${m.paragraph}@${m.start}-${m.end}`);

/** Every searchable field holding 台账 once, in the order the outline shows them. */
function everyField(): { n: Notice; item: Item; sub: string; group: Group } {
  const sub = createSubItem({ problem: '子台账', measures: plainList(['子措施台账']), progress: plainList(['子进展台账']) });
  const item = createItem({
    id: 'i1',
    problem: '台账不全',
    leadOverride: '针对台账问题：',
    measures: plainList(['建立台账。']),
    progress: plainList(['已完成', '台账已建']),
    subItems: [{ ...sub, id: 's1' }],
  });
  const group = createGroup('台账管理', [item]);
  group.id = 'g1';
  const n = notice((n) => {
    Object.assign(n.meta, {
      issuer: '台账局党组',
      issuerShort: '台账局',
      inspectingBody: '台账',
      round: '台账轮',
      inspectionGroup: '台账组',
      titleOverride: '关于台账的通报',
      openingOverride: '开头台账',
      closingOverride: '结束台账',
      contactsLead: '台账联系：',
      contacts: [{ kind: 'phone', label: '台账电话', value: '台账1' }],
      signature: '台账署名',
    });
    n.parts.organisation = { heading: '一、台账', body: plainList(['台账一段']) };
    n.parts.checklist = { heading: '二、台账', body: plainList(['台账说明']) };
    n.parts.nextSteps = { heading: '三、台账', body: plainList(['', '继续台账']) };
    n.checklist = [group];
  });
  return { n, item, sub: 's1', group };
}

describe('findInNotice', () => {
  it('finds in every text field, in the order the outline shows them', () => {
    const { n } = everyField();
    expect(keys(n, '台账')).toEqual([
      'meta:issuer#0@0-2',
      'meta:issuerShort#0@0-2',
      'meta:inspectingBody#0@0-2',
      'meta:round#0@0-2',
      'meta:inspectionGroup#0@0-2',
      'meta:titleOverride#0@2-4',
      'meta:openingOverride#0@2-4',
      'meta:closingOverride#0@2-4',
      'meta:contactsLead#0@0-2',
      'contact:0:label#0@0-2',
      'contact:0:value#0@0-2',
      'meta:signature#0@0-2',
      'part:organisation:heading#0@2-4',
      'part:organisation:body#0@0-2',
      'part:checklist:heading#0@2-4',
      'part:checklist:body#0@0-2',
      'g1:title#0@0-2',
      'i1:problem#0@0-2',
      'i1:leadOverride#0@2-4',
      'i1:measures#0@2-4',
      'i1:progress#1@0-2',
      'i1/s1:problem#0@1-3',
      'i1/s1:measures#0@3-5',
      'i1/s1:progress#0@3-5',
      'part:nextSteps:heading#0@2-4',
      'part:nextSteps:body#1@2-4',
    ]);
  });

  it('gives the text matched and plain addresses the editor can show', () => {
    const { n } = everyField();
    const [first] = findInNotice(n, '台账');
    expect(first).toEqual({ address: { kind: 'meta', field: 'issuer' }, paragraph: 0, start: 0, end: 2, text: '台账' });
    const sub = findInNotice(n, '子措施')[0]!;
    expect(sub.address).toEqual({ kind: 'subItem', itemId: 'i1', id: 's1', field: 'measures' });
  });

  it('skips overrides left unset: the generated text is not the user’s', () => {
    const n = notice((n) => Object.assign(n.meta, { titleOverride: null, openingOverride: null, closingOverride: null, issuer: '某局' }));
    const items = notice((n) => (n.checklist = [createItem({ problem: '问题', leadOverride: null })]));
    expect(keys(n, '某局')).toEqual(['meta:issuer#0@0-2']);
    expect(findInNotice(items, '问题').map((m) => m.address.field)).toEqual(['problem']);
  });

  it('finds across bold and plain leaves, with offsets in the paragraph’s text', () => {
    const paragraph: Paragraph = { type: 'paragraph', children: [{ text: '建立' }, { text: '整改台', bold: true }, { text: '账制度' }] };
    const n = notice((n) => (n.parts.organisation.body = { enumeration: 'none', paragraphs: [paragraph] }));
    expect(findInNotice(n, '台账制')).toEqual([
      { address: { kind: 'part', part: 'organisation', field: 'body' }, paragraph: 0, start: 4, end: 7, text: '台账制' },
    ]);
  });

  it('finds nothing for an empty query and takes the query as text, not a pattern', () => {
    const n = notice((n) => (n.parts.organisation.body = plainList(['金额(1.28万元)*', 'a.b'])));
    expect(findInNotice(n, '')).toEqual([]);
    expect(keys(n, '(1.28万元)*')).toEqual(['part:organisation:body#0@2-11']);
    expect(keys(n, '.')).toEqual(['part:organisation:body#0@4-5', 'part:organisation:body#1@1-2']);
    expect(keys(n, 'a.b')).toEqual(['part:organisation:body#1@0-3']);
  });

  it('ignores the case of Latin letters unless asked, and only theirs', () => {
    const n = notice((n) => (n.parts.nextSteps.body = plainList(['推进OA系统和oa平台，ＯＡ全角'])));
    expect(keys(n, 'oa')).toEqual(['part:nextSteps:body#0@2-4', 'part:nextSteps:body#0@7-9']);
    expect(findInNotice(n, 'Oa')[0]!.text).toBe('OA');
    expect(keys(n, 'OA', { matchCase: true })).toEqual(['part:nextSteps:body#0@2-4']);
    expect(keys(n, 'ＯＡ')).toEqual(['part:nextSteps:body#0@12-14']);
  });

  it('counts occurrences that overlap once each, left to right', () => {
    const n = notice((n) => (n.parts.organisation.body = plainList(['aaa', 'aaaa', '哈哈哈'])));
    expect(keys(n, 'aa')).toEqual(['part:organisation:body#0@0-2', 'part:organisation:body#1@0-2', 'part:organisation:body#1@2-4']);
    expect(keys(n, '哈哈')).toEqual(['part:organisation:body#2@0-2']);
  });

  it('is fast: 300 items with long texts in well under 10 ms for a two-character query', () => {
    const long = '局党组召开专题会议，对巡察反馈意见逐条进行分析，建立巡察整改台账，明确责任领导、责任单位和完成时限。'.repeat(6);
    const n = notice((n) => {
      n.checklist = Array.from({ length: 30 }, (_, g) =>
        createGroup(
          `第${g + 1}类问题`,
          Array.from({ length: 10 }, () =>
            createItem({ problem: long, measures: plainList([long, long, long]), progress: plainList([long, long]) }),
          ),
        ),
      );
    });
    const times: number[] = [];
    let count = 0;
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      count = findInNotice(n, '台账').length;
      times.push(performance.now() - started);
    }
    expect(count).toBe(300 * 6 * 6);
    expect(Math.min(...times)).toBeLessThan(10);
  });
});

describe('replaceAll', () => {
  it('replaces every match in every field kind and counts them', () => {
    const { n } = everyField();
    const result = replaceAll(n, '台账', '清单');
    expect(result.count).toBe(26);
    expect(findInNotice(result.notice, '台账')).toEqual([]);
    expect(findInNotice(result.notice, '清单')).toHaveLength(26);
    const item = (result.notice.checklist[0] as Group).children[0] as Item;
    expect(item.subItems[0]!.measures.paragraphs[0]!.children).toEqual([{ text: '子措施清单' }]);
    expect(result.notice.meta.contacts[0]).toEqual({ kind: 'phone', label: '清单电话', value: '清单1' });
  });

  it('shares every object it did not change', () => {
    const n = notice((n) => {
      n.parts.organisation.body = plainList(['召开会议', '成立小组']);
      n.parts.nextSteps.body = plainList(['持续推进']);
      n.checklist = [
        createGroup('甲组', [createItem({ problem: '会议记录不全' }), createItem({ problem: '其他' })]),
        createItem({ problem: '无关' }),
      ];
    });
    const result = replaceAll(n, '会议', '会商');
    expect(result.count).toBe(2);
    expect(result.notice.parts.nextSteps).toBe(n.parts.nextSteps);
    expect(result.notice.parts.checklist).toBe(n.parts.checklist);
    expect(result.notice.meta).toBe(n.meta);
    expect(result.notice.parts.organisation.body.paragraphs[1]).toBe(n.parts.organisation.body.paragraphs[1]);
    const [group, last] = result.notice.checklist as [Group, Item];
    expect(group).not.toBe(n.checklist[0]);
    expect(group.children[1]).toBe((n.checklist[0] as Group).children[1]);
    expect(last).toBe(n.checklist[1]);
    expect((group.children[0] as Item).measures).toBe(((n.checklist[0] as Group).children[0] as Item).measures);
  });

  it('gives back the same notice when nothing is found or nothing would change', () => {
    const n = notice((n) => (n.parts.organisation.body = plainList(['OA系统'])));
    expect(replaceAll(n, '台账', '清单')).toEqual({ notice: n, count: 0 });
    expect(replaceAll(n, '', '清单')).toEqual({ notice: n, count: 0 });
    expect(replaceAll(n, 'oa', 'OA').notice).toBe(n);
    expect(replaceAll(n, 'oa', 'OA').count).toBe(1);
  });

  it('replaces with text containing the query without finding its own replacement', () => {
    const n = notice((n) => (n.parts.organisation.body = plainList(['台账台账', '建台账'])));
    const result = replaceAll(n, '台账', '整改台账');
    expect(result.count).toBe(3);
    expect(result.notice.parts.organisation.body.paragraphs.map((p) => p.children[0]!.text)).toEqual(['整改台账整改台账', '建整改台账']);
  });

  it('replaces overlapping occurrences as found: aaa holds one aa', () => {
    const n = notice((n) => (n.parts.organisation.heading = 'aaa'));
    expect(replaceAll(n, 'aa', 'b')).toMatchObject({ count: 1, notice: { parts: { organisation: { heading: 'ba' } } } });
  });

  it('gives a replacement spanning bold and plain the formatting of the leaf it starts in, and drops emptied leaves', () => {
    const paragraph: Paragraph = {
      type: 'paragraph',
      children: [{ text: '建立' }, { text: '整改台', bold: true }, { text: '账' }, { text: '制度' }],
    };
    const n = notice((n) => (n.parts.organisation.body = { enumeration: '一是', paragraphs: [paragraph] }));
    const bold = replaceAll(n, '台账', '清单').notice.parts.organisation.body;
    expect(bold.enumeration).toBe('一是');
    expect(bold.paragraphs[0]!.children).toEqual([{ text: '建立' }, { text: '整改清单', bold: true }, { text: '制度' }]);
    const plain = replaceAll(n, '立整', 'X').notice.parts.organisation.body;
    expect(plain.paragraphs[0]!.children).toEqual([{ text: '建X' }, { text: '改台', bold: true }, { text: '账制度' }]);
    // Everything bold goes: the plain neighbours join.
    const joined = replaceAll(n, '整改台', '').notice.parts.organisation.body;
    expect(joined.paragraphs[0]!.children).toEqual([{ text: '建立账制度' }]);
    const emptied = replaceAll(n, '建立整改台账制度', '').notice.parts.organisation.body;
    expect(emptied.paragraphs).toEqual([{ type: 'paragraph', children: [{ text: '' }] }]);
  });

  it('keeps a paragraph’s continued mark and several matches in one leaf', () => {
    const n = notice(
      (n) =>
        (n.parts.nextSteps.body = {
          enumeration: 'none',
          paragraphs: [{ type: 'paragraph', continued: true, children: [{ text: '甲乙甲', bold: true }] }],
        }),
    );
    expect(replaceAll(n, '甲', '丙').notice.parts.nextSteps.body.paragraphs[0]).toEqual({
      type: 'paragraph',
      continued: true,
      children: [{ text: '丙乙丙', bold: true }],
    });
  });

  it('never puts control characters or line breaks into the text', () => {
    const n = notice((n) => {
      n.parts.organisation.body = plainList(['甲']);
      n.meta.titleOverride = '关于甲的\n通报';
    });
    const result = replaceAll(n, '甲', '乙\u0001\t丙\r\n丁\uFFFF');
    expect(result.notice.parts.organisation.body.paragraphs[0]!.children[0]!.text).toBe('乙 丙 丁');
    // The title's own line break, which the user chose, stays.
    expect(result.notice.meta.titleOverride).toBe('关于乙 丙 丁的\n通报');
  });

  it('respects matchCase', () => {
    const n = notice((n) => (n.parts.organisation.heading = 'OA oa'));
    expect(replaceAll(n, 'oa', 'X').notice.parts.organisation.heading).toBe('X X');
    expect(replaceAll(n, 'oa', 'X', { matchCase: true }).notice.parts.organisation.heading).toBe('OA X');
  });
});

describe('replaceMatch', () => {
  const sample = () =>
    notice((n) => {
      n.parts.organisation.body = plainList(['台账甲', '乙台账台账']);
      n.checklist = [
        createItem({ id: 'i1', problem: '台账', subItems: [{ ...createSubItem({ progress: plainList(['子台账']) }), id: 's1' }] }),
      ];
    });

  it('replaces that match only', () => {
    const n = sample();
    const matches = findInNotice(n, '台账');
    expect(matches).toHaveLength(5);
    const result = replaceMatch(n, matches[2]!, '清单');
    expect(result.count).toBe(1);
    expect(result.notice.parts.organisation.body.paragraphs.map((p) => p.children[0]!.text)).toEqual(['台账甲', '乙台账清单']);
    expect(result.notice.parts.organisation.body.paragraphs[0]).toBe(n.parts.organisation.body.paragraphs[0]);
    expect(result.notice.checklist).toBe(n.checklist);
    expect(result.resumeAt).toEqual({ address: matches[2]!.address, paragraph: 1, offset: 5 });
  });

  it('replaces in a sub-item and in a plain field', () => {
    const n = sample();
    const matches = findInNotice(n, '台账');
    const sub = replaceMatch(n, matches[4]!, '清单').notice;
    expect((sub.checklist[0] as Item).subItems[0]!.progress.paragraphs[0]!.children[0]!.text).toBe('子清单');
    expect(sub.parts).toBe(n.parts);
    const problem = replaceMatch(n, matches[3]!, '清单').notice;
    expect((problem.checklist[0] as Item).problem).toBe('清单');
    expect((problem.checklist[0] as Item).subItems).toBe((n.checklist[0] as Item).subItems);
  });

  it('leaves a match alone that no longer stands where it was found', () => {
    const n = sample();
    const match = findInNotice(n, '台账')[0]!;
    const edited = replaceAll(n, '台账甲', '甲台账').notice;
    expect(replaceMatch(edited, match, '清单')).toEqual({ notice: edited, count: 0, resumeAt: null });
    expect(replaceMatch(n, { ...match, paragraph: 9 }, '清单').count).toBe(0);
  });
});

describe('matchIndexFrom', () => {
  it('finds the next match after a replacement, wrapping round at the end', () => {
    const n = notice((n) => (n.parts.organisation.body = plainList(['台账甲台账', '台账'])));
    const matches = findInNotice(n, '台账');
    const { notice: after, resumeAt } = replaceMatch(n, matches[0]!, '整改台账');
    const next = findInNotice(after, '台账');
    expect(next[matchIndexFrom(after, next, resumeAt!)]).toMatchObject({ paragraph: 0, start: 5 });
    const last = replaceMatch(n, matches[2]!, '清单');
    expect(matchIndexFrom(last.notice, findInNotice(last.notice, '台账'), last.resumeAt!)).toBe(0);
    expect(matchIndexFrom(n, [], resumeAt!)).toBe(-1);
  });

  it('orders by field, then paragraph, then offset', () => {
    const { n } = everyField();
    const matches = findInNotice(n, '台账');
    const at = (address: FieldAddress, paragraph = 0, offset = 0) => matches[matchIndexFrom(n, matches, { address, paragraph, offset })]!;
    expect(at({ kind: 'item', id: 'i1', field: 'progress' })).toMatchObject({ paragraph: 1 });
    expect(at({ kind: 'item', id: 'i1', field: 'progress' }, 1, 1).address).toEqual({
      kind: 'subItem',
      itemId: 'i1',
      id: 's1',
      field: 'problem',
    });
    expect(at({ kind: 'item', id: 'gone', field: 'problem' }).address).toEqual({ kind: 'meta', field: 'issuer' });
  });
});

describe('fieldLocation', () => {
  it('names the panel the editor selects and the key of a rich field’s editor', () => {
    expect(fieldLocation({ kind: 'meta', field: 'signature' })).toEqual({ selection: META_KEY, richField: null });
    expect(fieldLocation({ kind: 'contact', index: 1, field: 'value' })).toEqual({ selection: META_KEY, richField: null });
    expect(fieldLocation({ kind: 'part', part: 'nextSteps', field: 'heading' })).toEqual({
      selection: partKey('nextSteps'),
      richField: null,
    });
    expect(fieldLocation({ kind: 'part', part: 'nextSteps', field: 'body' })).toEqual({
      selection: partKey('nextSteps'),
      richField: 'part:nextSteps',
    });
    expect(fieldLocation({ kind: 'group', id: 'g', field: 'title' })).toEqual({ selection: 'g', richField: null });
    expect(fieldLocation({ kind: 'item', id: 'i', field: 'leadOverride' })).toEqual({ selection: 'i', richField: null });
    expect(fieldLocation({ kind: 'item', id: 'i', field: 'progress' })).toEqual({ selection: 'i', richField: 'i:progress' });
    expect(fieldLocation({ kind: 'subItem', itemId: 'i', id: 's', field: 'problem' })).toEqual({ selection: 'i', richField: null });
    expect(fieldLocation({ kind: 'subItem', itemId: 'i', id: 's', field: 'measures' })).toEqual({
      selection: 'i',
      richField: 's:measures',
    });
  });
});
