import { describe, expect, it } from 'vitest';
import { textToParagraphs } from '../../../../renderer/editor/clean-text';
import { fromSlateValue, toSlateValue } from '../../../../renderer/editor/to-slate';
import type { Paragraph } from '../../../../shared/model/rich-text';

describe('clipboard text to paragraphs', () => {
  it('splits Word and WPS text at line breaks and drops blank lines and indentation', () => {
    expect(textToParagraphs('\u3000\u3000一是建立台账。\r\n\r\n\u3000\u3000二是定期通报。\r\n')).toEqual([
      '一是建立台账。',
      '二是定期通报。',
    ]);
    expect(textToParagraphs('甲\n乙\r丙\u2029丁')).toEqual(['甲', '乙', '丙', '丁']);
  });

  it('removes control characters and turns tabs into spaces', () => {
    expect(textToParagraphs('整改\u0001落实\u000B情况\tA\uFFFE')).toEqual(['整改落实', '情况 A']);
    expect(textToParagraphs('\u00A0\u00A0段落\u00A0')).toEqual(['段落']);
  });

  it('normalises pasted text by the export’s rules: stray spaces, zero-width characters, 〔〕, 〈〉, ——, ……', () => {
    expect(textToParagraphs('2021年12 月24 日\u200b印发《关于印发<学习制度>的通知》(东府[2018]329号)--已完成...')).toEqual([
      '2021年12月24日印发《关于印发〈学习制度〉的通知》（东府〔2018〕329号）——已完成……',
    ]);
    // Half-width stays where it belongs.
    expect(textToParagraphs('详见 http://www.gov.cn，9:00开会，金额1,200.50元。')).toEqual([
      '详见 http://www.gov.cn，9:00开会，金额1,200.50元。',
    ]);
  });

  it('gives nothing for whitespace only', () => {
    expect(textToParagraphs(' \r\n\t\u3000')).toEqual([]);
  });
});

describe('stored paragraphs and the Slate value', () => {
  const p = (text: string, extra: Partial<Paragraph> = {}): Paragraph => ({ type: 'paragraph', children: [{ text }], ...extra });

  it('gives an empty field one empty paragraph, and stores it back as none', () => {
    expect(toSlateValue([])).toEqual([p('')]);
    expect(fromSlateValue([p('')])).toEqual([]);
  });

  it('round-trips text, bold and continued paragraphs unchanged', () => {
    const stored: Paragraph[] = [
      { type: 'paragraph', children: [{ text: '一是', bold: true }, { text: '建立台账。' }] },
      p('接上段', { continued: true }),
      p(''),
    ];
    expect(fromSlateValue(toSlateValue(stored))).toEqual(stored);
  });

  it('drops what the model does not know', () => {
    const messy = [{ type: 'paragraph', continued: false, children: [{ text: 'a', bold: false }] }] as Paragraph[];
    expect(fromSlateValue(messy)).toEqual([p('a')]);
  });
});
