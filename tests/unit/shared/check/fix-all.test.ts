import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../../shared/check/apply-fixes';
import { fixAll } from '../../../../shared/check/check-results';
import { finishText } from '../../../../shared/document/finish-text';
import { paragraphText, plainList } from '../../../../shared/model/rich-text';
import type { Notice } from '../../../../shared/model/notice';
import { check, cleanNotice, contextFor, findingsIn } from './check-helpers';

function noticeWith(text: string): Notice {
  const notice = cleanNotice();
  notice.parts.organisation.body = plainList([text]);
  return notice;
}

const body = (notice: Notice) => paragraphText(notice.parts.organisation.body.paragraphs[0]!);
const inBody = (notice: Notice) => check(notice).filter((f) => f.match?.address.kind === 'part' && f.match.address.part === 'organisation');

describe('全部修正 ends clean', () => {
  const cases: [string, string][] = [
    ['2020年09月01 日', '2020年9月1日'],
    ['整改. 落实', '整改。落实'],
    ['（一) 加强', '（一）加强'],
    ['我们的的的工作', '我们的工作'],
    ['等..., 整改', '等……，整改'],
    ['整改 -- 落实', '整改——落实'],
    ['他说“要"好"”', '他说“要‘好’”'],
    ['“a“b”c”', '“a‘b’c”'],
    ['he said "ok"，整改', 'he said “ok”，整改'],
    ['整改……。', '整改……'],
    ['截至到目前，截止到目前', '截至目前，截至目前'],
    ['东府(2018)329号', '东府〔2018〕329号'],
    ['东府[2018]329号', '东府〔2018〕329号'],
  ];

  it.each(cases)('%s → %s, in one round, with nothing left to find', (text, right) => {
    const notice = noticeWith(text);
    const { notice: fixed, remaining } = fixAll(notice, contextFor(notice));
    expect(body(fixed)).toBe(right);
    expect(remaining.shown.filter((f) => f.match?.address.kind === 'part')).toEqual([]);
    // A rule's match covers the whole error: one pass of the fixes is enough.
    expect(body(applyFixes(notice, check(notice)))).toBe(right);
  });
});

describe('fixes that would make errors', () => {
  it('a ‘ is never an apostrophe; a ’ in a Latin word still is', () => {
    expect(findingsIn('“a‘b’c”')).toEqual([]);
    expect(findingsIn('他说“I don’t know”。')).toEqual([]);
    expect(findingsIn('他说‘I don’t know’。')).toEqual([]);
  });

  it('half-width quotes are fixed in pairs', () => {
    const text = 'he said "ok"，整改';
    expect(findingsIn(text).map((f) => f.fix)).toEqual(['“', '”']);
  });
});

describe('what the export corrects anyway', () => {
  it('is a hint that says so; what prints as typed stays an error', () => {
    const severity = (text: string, rule: string) =>
      findingsIn(text)
        .filter((f) => f.rule === rule)
        .map((f) => [f.severity, f.message.includes('导出时会自动更正')]);
    expect(severity('整改,落实', 'punctuation.half-width')).toEqual([['hint', true]]);
    expect(severity('整改 落实', 'punctuation.space')).toEqual([['hint', true]]);
    expect(severity('整改...', 'punctuation.ellipsis')).toEqual([['hint', true]]);
    expect(severity('整改--落实', 'punctuation.dash')).toEqual([['hint', true]]);
    expect(severity('针对“落实“三重一大”制度”问题', 'punctuation.nested-quotes')).toEqual([['hint', true]]);
    expect(severity('整改\u200B落实', 'punctuation.invisible')).toEqual([['hint', true]]);
    expect(severity('东府(2018)329号', 'punctuation.document-number')).toEqual([['hint', true]]);
    // A tab prints as a space, a repeated mark and an unpaired quote as typed.
    expect(severity('整改\t落实', 'punctuation.invisible')).toEqual([['error', false]]);
    expect(severity('整改，，落实', 'punctuation.repeated')).toEqual([['error', false]]);
    expect(severity('整改“落实', 'punctuation.unpaired')).toEqual([['error', false]]);
  });

  it('the fixes give what the export prints', () => {
    for (const text of [
      '东府(2018)329号',
      '东府[2018]329号',
      '整改. 落实',
      '（一) 加强',
      '等..., 整改',
      '整改 -- 落实',
      '他说“要"好"”',
      '“a“b”c”',
      'he said "ok"，整改',
      '加强\u200B管理',
      '2021年12 月24 日',
    ]) {
      const notice = noticeWith(text);
      const fixed = body(fixAll(notice, contextFor(notice)).notice);
      expect(fixed, text).toBe(finishText(text));
      expect(inBody(noticeWith(fixed)), text).toEqual([]);
    }
  });
});

describe('titles are quoted as published', () => {
  it('the word rules leave 《…》 alone, the punctuation rules do not', () => {
    expect(findingsIn('学习《其它规定汇编》，研究部署。')).toEqual([]);
    expect(findingsIn('学习《关于的的规定》。')).toEqual([]);
    expect(findingsIn('其它规定见《汇编》。').map((f) => f.match!.text)).toEqual(['其它']);
    expect(findingsIn('学习《规定,汇编》。').map((f) => f.rule)).toEqual(['punctuation.half-width']);
  });
});
