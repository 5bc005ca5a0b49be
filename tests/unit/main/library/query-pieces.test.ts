import { describe, expect, it } from 'vitest';
import { gramQuery, gramsText } from '../../../../main/db/search/grams';
import { planMatch } from '../../../../main/db/search/match-query';
import { itemSearchTexts } from '../../../../shared/library/item-text';
import { characterCount, foldCase, isSearchSpace, parseSearchQuery } from '../../../../shared/library/search-query';
import { findRanges, makeSnippet } from '../../../../shared/library/snippet';
import { createItem, createSubItem } from '../../../../shared/model/factory';
import { plainList } from '../../../../shared/model/rich-text';

describe('reading a query', () => {
  it('splits on any whitespace (full-width too), folds ASCII case, drops repeats', () => {
    expect(parseSearchQuery('  整改　工作 整改 PPT ')).toEqual({ words: ['整改', '工作', 'ppt'], phrase: '整改工作ppt' });
    expect(parseSearchQuery('work plan')).toEqual({ words: ['work', 'plan'], phrase: 'work plan' });
    expect(parseSearchQuery(' \t\n')).toEqual({ words: [], phrase: null });
    expect(parseSearchQuery('"AND" NEAR(')).toEqual({ words: ['"and"', 'near('], phrase: '"and"near(' });
  });

  it('counts whitespace exactly as JavaScript’s \\s does', () => {
    for (let codePoint = 0; codePoint <= 0xffff; codePoint += 1) {
      expect(isSearchSpace(codePoint), codePoint.toString(16)).toBe(/\s/u.test(String.fromCharCode(codePoint)));
    }
  });

  it('folds only ASCII, so offsets are kept', () => {
    expect(foldCase('ÄBC整改Ｗ')).toBe('Äbc整改Ｗ');
    expect(characterCount('𠀀整')).toBe(2);
  });
});

describe('index tokens and FTS5 queries', () => {
  it('writes each character and each run of two and three once, never across whitespace or texts', () => {
    const tokens = gramsText(['整改整改 a', '改b']).split(' ');
    const expected = ['整', '改', 'a', 'b', '整改', '改整', '改b', '整改整', '改整改'].map((text) => gramQuery(text).slice(1, -1));
    expect(tokens.sort()).toEqual(expected.sort());
  });

  it('asks for every run of up to three characters as one token, and confirms longer words on the row', () => {
    expect(planMatch({ all: ['号"内'] })).toEqual({ match: gramQuery('号"内'), held: [] });
    const long = planMatch({ all: ['整改', 'and(', '-'], not: '整改and(-' });
    expect(long.match).toBe(`(${[gramQuery('整改'), gramQuery('and'), gramQuery('nd('), gramQuery('-')].join(' AND ')})`);
    expect(long.match).not.toMatch(/and\(/);
    // The long word is confirmed on the item's row, and the long phrase confirmed absent there.
    expect(long.held.map((condition) => condition.params.at(-1))).toEqual(['and(', '整改and(-']);
    expect(long.held[1]!.sql.startsWith('NOT ')).toBe(true);
    expect(planMatch({ all: ['改', '的'], not: '改的' })).toEqual({
      match: `(${gramQuery('改')} AND ${gramQuery('的')}) NOT ${gramQuery('改的')}`,
      held: [],
    });
    expect(planMatch({ all: ['改', '的', '人'], not: '改的人' }).match).toMatch(new RegExp(`NOT ${gramQuery('改的人')}$`));
    // Up to six characters, every three of the word; longer words by threes side by side, the last one ending at
    // the word's end: every character asked for.
    expect(planMatch({ all: ['整改落实'] }).match).toBe(`(${['整改落', '改落实'].map(gramQuery).join(' AND ')})`);
    expect(planMatch({ all: ['整改落实情况'] }).match).toBe(`(${['整改落', '改落实', '落实情', '实情况'].map(gramQuery).join(' AND ')})`);
    expect(planMatch({ all: ['整改落实情况好'] }).match).toBe(`(${['整改落', '实情况', '情况好'].map(gramQuery).join(' AND ')})`);
    // A phrase with spaces: each piece alone, and the whole confirmed.
    const spaced = planMatch({ all: ['work plan'] });
    expect(spaced.match).toBe(`(${['wor', 'ork', 'pla', 'lan'].map(gramQuery).join(' AND ')})`);
    expect(spaced.held).toHaveLength(1);
  });
});

describe('snippets', () => {
  const texts = itemSearchTexts(
    createItem({
      problem: '班子成员分工只分管科室和直属单位',
      measures: plainList(['第一段没有。', `${'前文'.repeat(30)}调整班子成员分工，明确到人。${'后文'.repeat(40)}`]),
      progress: plainList(['已完成PPT的修订']),
      responsibleUnit: '办公室',
      subItems: [createSubItem({ problem: '子问题：分工' })],
    }),
  );

  it('puts the sub-items’ text in the item’s fields, one line per paragraph', () => {
    expect(texts.problem).toBe('班子成员分工只分管科室和直属单位\n子问题：分工');
    expect(texts.measures.split('\n')).toHaveLength(2);
  });

  it('anchors on the phrase, stays inside its paragraph, and marks every word in the window', () => {
    const snippet = makeSnippet(texts, ['调整', '班子'], '调整班子');
    expect(snippet.field).toBe('measures');
    expect(snippet.text).not.toContain('第一段');
    expect(snippet.text.startsWith('前文')).toBe(true);
    expect(snippet.clippedStart).toBe(true);
    expect(snippet.clippedEnd).toBe(true);
    const marked = snippet.highlights.map((range) => snippet.text.slice(range.start, range.end));
    expect(marked).toEqual(['调整班子']);
    expect(snippet.text.length).toBeLessThanOrEqual(80);
  });

  it('falls back to the first word in field order; ASCII matches whatever its case', () => {
    const snippet = makeSnippet(texts, ['ppt'], 'ppt');
    expect(snippet).toMatchObject({
      field: 'progress',
      text: '已完成PPT的修订',
      highlights: [{ start: 3, end: 6 }],
      clippedStart: false,
      clippedEnd: false,
    });
    expect(makeSnippet(texts, [], null)).toMatchObject({ field: 'problem', highlights: [], clippedStart: false });
  });

  it('merges overlapping ranges', () => {
    expect(findRanges('整改整改', ['整改', '改整'])).toEqual([{ start: 0, end: 4 }]);
  });
});
