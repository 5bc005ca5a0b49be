import { describe, expect, it } from 'vitest';
import { layOutPages } from '../../../../shared/preview/lay-out-pages';
import type { NoticePage } from '../../../../shared/preview/page-types';
import { han, lineText, linesOf, style } from './support';

describe('breaking a body paragraph on the 28-character grid', () => {
  it('puts 26 characters on the indented first line and 28 on every full line after it', () => {
    const lines = linesOf(`${han(26 + 28 + 28 + 5)}。`);
    expect(lines.map((l) => [...lineText(l)].length)).toEqual([26, 28, 28, 6]);
    expect(lines.map((l) => l.align)).toEqual(['justify', 'justify', 'justify', 'start']);
    expect(lines.map((l) => l.left)).toEqual([640, 0, 0, 0]);
    expect(lines.every((l) => l.size === 32 && l.right === 0)).toBe(true);
  });

  it('keeps the runs of each line with their roles and bold', () => {
    const [page] = layOutPages(
      [
        {
          kind: 'paragraph',
          runs: [
            { text: `（一）${han(10)}。`, role: 'heading2' },
            { text: han(30), role: 'body', bold: true },
          ],
        },
      ],
      style,
    ) as NoticePage[];
    const [first, second] = page!.lines;
    expect(first!.runs).toEqual([
      { text: `（一）${han(10)}。`, role: 'heading2' },
      { text: han(12), role: 'body', bold: true },
    ]);
    expect(second!.runs).toEqual([{ text: han(18, 12), role: 'body', bold: true }]);
  });

  it('counts a half-width digit at its Times New Roman width and adds the gap where digits meet Chinese', () => {
    // The first line's 8204 twips, less 截至 (630), 20 digits of 155 and two gaps of 71:
    // 4332 left, 13 characters of 315. Counted as half a character each, 10 digits' room would leave 16.
    const lines = linesOf(`截至${'1'.repeat(20)}${han(40)}`);
    expect(lineText(lines[0]!)).toBe(`截至${'1'.repeat(20)}${han(13)}`);
  });

  it('never breaks inside a number: it goes whole to the next line', () => {
    const lines = linesOf(`${han(24)}20201221${han(10)}`);
    expect(lineText(lines[0]!)).toBe(han(24));
    expect(lineText(lines[1]!).startsWith('20201221')).toBe(true);
  });

  it('hangs a comma or full stop past the edge rather than start a line with it: a 29-character line', () => {
    const lines = linesOf(`${han(26)}，${han(10)}`);
    expect(lineText(lines[0]!)).toBe(`${han(26)}，`);
    expect(lines[0]!.hanging).toBe(true);
    const full = linesOf(`${han(26 + 28)}。${han(5)}`);
    expect([...lineText(full[1]!)]).toHaveLength(29);
    expect(lineText(full[1]!).endsWith('。')).toBe(true);
  });

  it('pulls the character before a closing quote or bracket down with it: those do not hang', () => {
    for (const mark of ['”', '）', '》']) {
      const lines = linesOf(`${han(26)}${mark}${han(5)}`);
      expect(lineText(lines[0]!)).toBe(han(25));
      expect(lineText(lines[1]!).startsWith(`${han(1, 25)}${mark}`)).toBe(true);
    }
  });

  it('does not hang a full stop that a closing quote follows: both go down with the character before', () => {
    const lines = linesOf(`${han(26)}。”${han(5)}`);
    expect(lineText(lines[0]!)).toBe(han(25));
    expect(lineText(lines[1]!).startsWith(`${han(1, 25)}。”`)).toBe(true);
  });

  it('never ends a line with an opening quote or bracket', () => {
    for (const mark of ['“', '（', '《']) {
      const lines = linesOf(`${han(25)}${mark}${han(10)}`);
      expect(lineText(lines[0]!)).toBe(han(25));
      expect(lineText(lines[1]!).startsWith(mark)).toBe(true);
    }
  });

  it('lets an ellipsis or a dash start a line', () => {
    const lines = linesOf(`${han(26)}……${han(5)}`);
    expect(lineText(lines[0]!)).toBe(han(26));
    expect(lineText(lines[1]!).startsWith('……')).toBe(true);
  });
});
