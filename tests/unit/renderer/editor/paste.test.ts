import { createEditor, Editor, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import { cleanRuns, plainTextRuns } from '../../../../renderer/editor/clean-text';
import { numberPasted, type PasteTarget } from '../../../../renderer/editor/pasted-numbering';
import type { RichEditor } from '../../../../renderer/editor/slate-types';
import { withCleanPaste } from '../../../../renderer/editor/with-clean-paste';
import type { Enumeration, Paragraph, TextLeaf } from '../../../../shared/model/rich-text';

const b = (text: string): TextLeaf => ({ text, bold: true });
const t = (text: string): TextLeaf => ({ text });
const p = (...children: TextLeaf[]): Paragraph => ({ type: 'paragraph', children });
const cont = (...children: TextLeaf[]): Paragraph => ({ type: 'paragraph', continued: true, children });
const at = (numbering: Enumeration, firstStartsParagraph = true): PasteTarget => ({ numbering, firstStartsParagraph });
const plain = (...texts: string[]) => texts.map((text) => [t(text)]);

describe('one pasted paragraph cleaned, run by run', () => {
  it('removes zero-width and control characters and the spaces between Chinese characters, and makes punctuation full-width', () => {
    expect(cleanRuns([b('完善 制度'), t('\u200b,建立\u0007台账 (2021年12 月)')])).toEqual([b('完善制度'), t('，建立台账（2021年12月）')]);
  });

  it('drops the indent Word puts at a paragraph start, in full-width spaces or &nbsp;, across runs, and the spaces at its end', () => {
    expect(cleanRuns([t('\u3000\u3000'), t('\u00A0 '), b('一是'), t('完善制度。\u00A0 ')])).toEqual([b('一是'), t('完善制度。')]);
  });

  it('joins neighbouring runs of the same weight, keeps run boundaries where bold changes, and gives nothing for an empty paragraph', () => {
    expect(cleanRuns([t('已'), t('建立'), b('整改'), b('台账'), t('。')])).toEqual([t('已建立'), b('整改台账'), t('。')]);
    // Context crosses runs: a space between a bold 12 and a plain 月 goes.
    expect(cleanRuns([b('2021年12 '), t('月')])).toEqual([b('2021年12'), t('月')]);
    expect(cleanRuns([t('\u00A0'), b('\u3000 ')])).toEqual([]);
  });

  it('keeps half-width where it belongs: Latin words, URLs, 9:00, 1,200.50', () => {
    expect(cleanRuns([t('详见 http://www.gov.cn，9:00开会，金额1,200.50元，the Rules of Procedure。')])).toEqual([
      t('详见 http://www.gov.cn，9:00开会，金额1,200.50元，the Rules of Procedure。'),
    ]);
  });

  it('reads plain text as one-run paragraphs, joining lines a PDF broke', () => {
    const lines = [
      '　　局党组召开专题会议，深入研究部署党风廉政建设工作，制定了',
      '年度工作要点，明确了责任分工和完成时限，确保各项任务落到实',
      '处。',
      '　　二是加强学习。',
    ];
    expect(plainTextRuns(lines.join('\n'))).toEqual(
      plain(
        '局党组召开专题会议，深入研究部署党风廉政建设工作，制定了年度工作要点，明确了责任分工和完成时限，确保各项任务落到实处。',
        '二是加强学习。',
      ),
    );
  });
});

describe('typed enumerators in a pasted list', () => {
  it('are dropped under the field’s own numbering: 一是…二是… under 一是', () => {
    expect(numberPasted(plain('一是完善制度。', '二是加强学习。'), at('一是'))).toEqual([p(t('完善制度。')), p(t('加强学习。'))]);
  });

  it.each<[string, string, Enumeration]>([
    ['一是', '二是', '一是'],
    ['第一，', '第二，', '第一，'],
    ['（一）', '（二）', '（一）'],
    ['(一)', '(二)', '（一）'],
    ['一、', '二、', '（一）'],
    ['1.', '2.', '1.'],
    ['1．', '2．', '1.'],
    ['1、', '2、', '1.'],
    ['（1）', '（2）', '（1）'],
    ['(1)', '(2)', '1.'],
    ['①', '②', '一是'],
    ['1. ', '2. ', '（1）'],
  ])('%s … %s … are dropped in a field numbered %s', (first, second, numbering) => {
    expect(numberPasted(plain(`${first}完善制度。`, `${second}加强学习。`), at(numbering))).toEqual([
      p(t('完善制度。')),
      p(t('加强学习。')),
    ]);
  });

  it('keep the bold of the text after a bold enumerator, the enumerator going with the bold run or part of it', () => {
    expect(numberPasted([[b('一是'), t('完善制度。')]], at('一是'))).toEqual([p(t('完善制度。'))]);
    expect(numberPasted([[b('一是完善制度。'), t('建立台账。')]], at('一是'))).toEqual([p(b('完善制度。'), t('建立台账。'))]);
    expect(numberPasted([[b('（一）'), b('完善'), t('制度')]], at('（一）'))).toEqual([p(b('完善'), t('制度'))]);
  });

  it('take the comma after 一是 along under a numbering that brings its own punctuation', () => {
    expect(numberPasted(plain('一是，完善制度。', '二是，加强学习。'), at('第一，'))).toEqual([p(t('完善制度。')), p(t('加强学习。'))]);
    // Under 一是 the comma stays: the field shows 一是，完善制度。
    expect(numberPasted(plain('一是，完善制度。'), at('一是'))).toEqual([p(t('，完善制度。'))]);
  });

  it('stay in a field with 不编号, and in text that is not numbered', () => {
    expect(numberPasted(plain('1、完善制度。', '2、加强学习。'), at('none'))).toEqual([p(t('1、完善制度。')), p(t('2、加强学习。'))]);
    expect(numberPasted(plain('完善制度。', '加强学习。'), at('一是'))).toEqual([p(t('完善制度。')), p(t('加强学习。'))]);
    // 第一方面问题， is a heading with words of its own, not a number.
    expect(numberPasted(plain('第一方面问题，党的领导方面仍需加强。'), at('（一）'))).toEqual([
      p(t('第一方面问题，党的领导方面仍需加强。')),
    ]);
  });

  it('are dropped only where a pasted paragraph starts one: not from the first when the caret is inside a paragraph', () => {
    expect(numberPasted(plain('一是完善制度。', '二是加强学习。'), at('一是', false))).toEqual([
      p(t('一是完善制度。')),
      p(t('加强学习。')),
    ]);
    expect(numberPasted(plain('二是加强学习。'), at('一是', false))).toEqual([p(t('二是加强学习。'))]);
  });

  it('of the field’s own kind win over others; sub-points and text between items are kept as typed and continue the item above', () => {
    const pasted = plain('为此，采取以下措施：', '（一）完善制度。', '1.建立台账。', '2.定期通报。', '（二）加强学习。');
    expect(numberPasted(pasted, at('（一）'))).toEqual([
      cont(t('为此，采取以下措施：')),
      p(t('完善制度。')),
      cont(t('1.建立台账。')),
      cont(t('2.定期通报。')),
      p(t('加强学习。')),
    ]);
    // Under 一是 none is of the field's kind: the first kind met is the list.
    expect(numberPasted(pasted, at('一是'))).toEqual([
      cont(t('为此，采取以下措施：')),
      p(t('完善制度。')),
      cont(t('1.建立台账。')),
      cont(t('2.定期通报。')),
      p(t('加强学习。')),
    ]);
  });

  it('leave numbers that are not at a paragraph start, and 2021年 or 1.5倍, alone', () => {
    expect(numberPasted(plain('2021年完善制度。', '1.5倍于去年。'), at('1.'))).toEqual([p(t('2021年完善制度。')), p(t('1.5倍于去年。'))]);
  });
});

/** A Slate editor as the field makes it, without React (the paste logic needs none). */
function fieldEditor(numbering: Enumeration, paragraphs: Paragraph[]): RichEditor {
  const editor = withCleanPaste(createEditor() as RichEditor);
  editor.children = paragraphs;
  editor.numbering = numbering;
  return editor;
}

/** A clipboard with plain text only (HTML needs the DOM; the browser tests paste it). */
function clipboard(text: string): DataTransfer {
  return { types: ['text/plain'], getData: (type: string) => (type === 'text/plain' ? text : '') } as unknown as DataTransfer;
}

describe('pasting into a field', () => {
  it('inserts the whole paste as one change, one step of the notice history', async () => {
    const editor = fieldEditor('一是', [p(t('一是完善制度。'))]);
    Transforms.select(editor, Editor.end(editor, []));
    editor.insertBreak();
    // Slate ends a change when it flushes, after the event that made it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    let changes = 0;
    editor.onChange = () => changes++;
    editor.insertData(clipboard('二是加强学习。\n三是定期通报。\n四是按月检查。'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(editor.children).toEqual([p(t('一是完善制度。')), p(t('加强学习。')), p(t('定期通报。')), p(t('按月检查。'))]);
    expect(changes).toBe(1);
  });

  it('gives one line of plain text the bold where it lands, as typing would', () => {
    const editor = fieldEditor('none', [p(b('严格考核'), t('问责。'))]);
    Transforms.select(editor, { path: [0, 0], offset: 2 });
    editor.insertData(clipboard('落实'));
    expect(editor.children).toEqual([p(b('严格落实考核'), t('问责。'))]);
  });

  it('inserts one line inside a paragraph as text, its enumerator kept unless the caret is at the paragraph’s start', () => {
    const editor = fieldEditor('一是', [p(t('完善制度。'))]);
    Transforms.select(editor, { path: [0, 0], offset: 2 });
    editor.insertData(clipboard('二是加强'));
    expect(editor.children).toEqual([p(t('完善二是加强制度。'))]);
    Transforms.select(editor, Editor.start(editor, []));
    editor.insertData(clipboard('三是建立台账，'));
    expect(editor.children).toEqual([p(t('建立台账，完善二是加强制度。'))]);
  });

  it('keeps typed numbers in a field with 不编号', () => {
    const editor = fieldEditor('none', [p(t(''))]);
    Transforms.select(editor, Editor.start(editor, []));
    editor.insertData(clipboard('1、完善制度。\r\n2、加强学习。'));
    expect(editor.children).toEqual([p(t('1、完善制度。')), p(t('2、加强学习。'))]);
  });

  it('keeps sub-points of a pasted list as typed, continuing the item above', () => {
    const editor = fieldEditor('（一）', [p(t(''))]);
    Transforms.select(editor, Editor.start(editor, []));
    editor.insertData(clipboard('（一）完善制度。\n1.建立台账。\n（二）加强学习。'));
    expect(editor.children).toEqual([p(t('完善制度。')), cont(t('1.建立台账。')), p(t('加强学习。'))]);
  });
});
