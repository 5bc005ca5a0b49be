import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findLayout, loadLayoutTemplates } from '../../../main/layout-templates/load-layout-templates';
import { blockText, type DocBlock } from '../../../shared/document/blocks';
import { composeNotice } from '../../../shared/document/compose';
import { isStandaloneHeading, paginate } from '../../../shared/document/pagination';
import type { Notice } from '../../../shared/model/notice';
import { sampleNotice } from '../../support/sample-notice';

const templates = loadLayoutTemplates();
const NOTE = templates.boilerplate.attachmentNote;

const body = (text: string): DocBlock => ({ kind: 'paragraph', runs: [{ text, role: 'body' }] });
const heading = (text: string, role: 'heading1' | 'heading2' | 'heading3' | 'heading4' = 'heading1'): DocBlock => ({
  kind: 'paragraph',
  runs: [{ text, role }],
  heading: true,
});
const blank: DocBlock = { kind: 'blank' };
const signature: DocBlock = { kind: 'signature', organisation: '中共某某市民政局党组', date: '2020年12月21日', sealed: false };

/** Each block's text (blank lines as ·) with its marks: K kept with the next, T kept together. */
function marks(blocks: readonly DocBlock[]): string[] {
  return blocks.map((b) => {
    const keeps = b.kind === 'title' ? '' : `${b.keepWithNext ? 'K' : ''}${b.keepTogether ? 'T' : ''}`;
    return `${blockText(b) || '·'}${keeps ? ` ${keeps}` : ''}`;
  });
}

describe('which blocks keep with the next', () => {
  it('keeps a heading standing alone with what follows, and its lines together', () => {
    const blocks = paginate([body('开头。'), heading('一、加强组织领导'), body('正文。'), body('结尾。')], 4);
    expect(marks(blocks)).toEqual(['开头。', '一、加强组织领导 KT', '正文。', '结尾。']);
  });

  it('chains consecutive headings of every level', () => {
    const blocks = paginate(
      [
        heading('二、整改情况'),
        heading('（一）政治方面', 'heading2'),
        heading('1.针对问题', 'heading3'),
        heading('（1）分项', 'heading4'),
        body('措施。'),
      ],
      5,
    );
    expect(marks(blocks)).toEqual(['二、整改情况 KT', '（一）政治方面 KT', '1.针对问题 KT', '（1）分项 KT', '措施。']);
  });

  it('leaves run-in headings and bold body text alone', () => {
    const runIn: DocBlock = {
      kind: 'paragraph',
      runs: [
        { text: '（一）把牢政治方向。', role: 'heading2' },
        { text: '局党组坚持……', role: 'body' },
      ],
    };
    const bold: DocBlock = { kind: 'paragraph', runs: [{ text: '重点强调', role: 'body', bold: true }] };
    // A short list item all in a heading font is still a list item, not a heading of the structure.
    const shortMeasure: DocBlock = { kind: 'paragraph', runs: [{ text: '（一）加强理论学习。', role: 'heading2' }] };
    expect(isStandaloneHeading(shortMeasure)).toBe(false);
    expect(isStandaloneHeading(runIn)).toBe(false);
    expect(isStandaloneHeading(bold)).toBe(false);
    expect(marks(paginate([runIn, bold, body('结尾。')], 3))).toEqual(['（一）把牢政治方向。局党组坚持……', '重点强调', '结尾。']);
  });

  it('ties the closing, the blank line and the signature, and keeps the signature whole', () => {
    const blocks = paginate([body('正文。'), body('欢迎监督。'), blank, signature], 2);
    expect(marks(blocks)).toEqual(['正文。', '欢迎监督。 K', '· K', '中共某某市民政局党组2020年12月21日 T']);
  });

  it('ties the attachment note in between', () => {
    const blocks = paginate([body('正文。'), body('欢迎监督。'), blank, body(NOTE), blank, signature], 2);
    expect(marks(blocks)).toEqual(['正文。', '欢迎监督。 K', '· K', `${NOTE} K`, '· K', '中共某某市民政局党组2020年12月21日 T']);
  });

  it('keeps the attachment note with the body when there is no signature', () => {
    const blocks = paginate([body('正文。'), body('欢迎监督。'), blank, body(NOTE)], 2);
    expect(marks(blocks)).toEqual(['正文。', '欢迎监督。 K', '· K', NOTE]);
  });

  it('keeps nothing with the next at the very end', () => {
    expect(marks(paginate([body('正文。'), heading('三、下一步工作计划')], 2))).toEqual(['正文。', '三、下一步工作计划 T']);
  });

  it('does not change the blocks it is given', () => {
    const given = [heading('一、标题'), body('欢迎监督。'), blank, signature];
    const copy = structuredClone(given);
    paginate(given, 2);
    expect(given).toEqual(copy);
  });
});

/** The rule as a reader states it, checked on composed notices. */
function expectKeptWhereTheRuleSays(blocks: readonly DocBlock[], what: string): void {
  const signature = blocks.findIndex((b) => b.kind === 'signature');
  const closing = blocks.findLastIndex((b) => b.kind === 'paragraph' && blockText(b) !== NOTE);
  blocks.forEach((block, index) => {
    const inEnding = signature !== -1 && index >= closing && index < signature;
    const expected = inEnding || (isStandaloneHeading(block) && index < blocks.length - 1);
    const label = `${what}: block ${index} ${blockText(block).slice(0, 20)}`;
    expect(block.kind !== 'title' && block.keepWithNext === true, label).toBe(expected);
  });
  if (signature !== -1) expect(blocks[signature]!.kind === 'signature' && blocks[signature]!.keepTogether, what).toBe(true);
}

describe.each(templates.layouts.map((l) => l.id))('composed in layout %s', (layoutId) => {
  const layout = findLayout(templates, layoutId);
  const options = { heading3Bold: false, titleMaxCharactersPerLine: 20 };

  it('marks the sample notice’s headings and ending, with and without the attachment note', () => {
    const notice = sampleNotice(templates, layoutId);
    const plain = composeNotice(notice, layout, templates.boilerplate, options);
    expectKeptWhereTheRuleSays(plain, 'plain');
    expect(plain.filter((b) => isStandaloneHeading(b)).length).toBeGreaterThan(3);
    const attached = composeNotice(notice, layout, templates.boilerplate, { ...options, attachmentNote: NOTE });
    expectKeptWhereTheRuleSays(attached, 'attached');
    expect(marks(attached).slice(-5)).toEqual([
      expect.stringMatching(/^欢迎广大干部群众.* K$/u),
      '· K',
      `${NOTE} K`,
      '· K',
      '中共某某市民政局党组2020年12月21日 T',
    ]);
  });

  it('marks every seed notice the same way', () => {
    const seeds = new URL('../../fixtures/seeds/', import.meta.url);
    for (const file of readdirSync(seeds).filter((f) => f.endsWith('.json'))) {
      const notice = { ...(JSON.parse(readFileSync(new URL(file, seeds), 'utf8')) as Notice), layoutId };
      expectKeptWhereTheRuleSays(composeNotice(notice, layout, templates.boilerplate, options), file);
    }
  });
});
