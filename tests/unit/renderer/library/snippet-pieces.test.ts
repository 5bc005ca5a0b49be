import { describe, expect, it } from 'vitest';
import { snippetPieces } from '../../../../renderer/screens/editor/library/snippet-pieces';

describe('highlighting a snippet', () => {
  it('marks the ranges and keeps every character once, in order', () => {
    expect(snippetPieces('公务接待超标准', [{ start: 2, end: 4 }])).toEqual([
      { text: '公务', marked: false },
      { text: '接待', marked: true },
      { text: '超标准', marked: false },
    ]);
    const messy = snippetPieces('abcdef', [
      { start: 4, end: 9 },
      { start: 0, end: 2 },
      { start: 1, end: 3 },
    ]);
    expect(messy.map((p) => p.text).join('')).toBe('abcdef');
    expect(messy.filter((p) => p.marked).map((p) => p.text)).toEqual(['ab', 'c', 'ef']);
  });

  it('shows markup in the text as text', () => {
    expect(snippetPieces('<b>x</b>', [])).toEqual([{ text: '<b>x</b>', marked: false }]);
  });
});
