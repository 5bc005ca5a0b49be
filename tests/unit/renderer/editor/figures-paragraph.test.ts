import { describe, expect, it } from 'vitest';
import { figuresParagraph } from '../../../../renderer/editor/figures';
import { plainList } from '../../../../shared/model/rich-text';

const SENTENCE = '截至目前，巡察反馈的8个问题中，已完成整改6个，整改完成率75.0%。';

describe('the figures sentence as a paragraph of the organisation part', () => {
  it('is a plain paragraph in a part that is not numbered, or still empty', () => {
    expect(figuresParagraph(plainList(['局党组召开专题会议。']), SENTENCE)).toEqual({ type: 'paragraph', children: [{ text: SENTENCE }] });
    expect(figuresParagraph(plainList([], '（一）'), SENTENCE)).toEqual({ type: 'paragraph', children: [{ text: SENTENCE }] });
  });

  it('continues the last entry of a numbered part rather than take a number of its own', () => {
    expect(figuresParagraph(plainList(['以上率下。', '统筹协调。'], '（一）'), SENTENCE)).toEqual({
      type: 'paragraph',
      continued: true,
      children: [{ text: SENTENCE }],
    });
  });
});
