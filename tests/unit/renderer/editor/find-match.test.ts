import { describe, expect, it } from 'vitest';
import { findFieldAttr, plainFieldSelector } from '../../../../renderer/editor/find-fields';
import { matchRange } from '../../../../renderer/editor/match-range';
import type { Paragraph } from '../../../../shared/model/rich-text';

describe('matchRange', () => {
  const paragraphs: Paragraph[] = [
    { type: 'paragraph', children: [{ text: '一段' }] },
    { type: 'paragraph', children: [{ text: '建立' }, { text: '整改台', bold: true }, { text: '' }, { text: '账制度' }] },
  ];

  it('puts the points in the leaves the stretch begins and ends in', () => {
    expect(matchRange(paragraphs, 1, 4, 7)).toEqual({ anchor: { path: [1, 1], offset: 2 }, focus: { path: [1, 3], offset: 2 } });
    expect(matchRange(paragraphs, 0, 0, 2)).toEqual({ anchor: { path: [0, 0], offset: 0 }, focus: { path: [0, 0], offset: 2 } });
  });

  it('never reaches into a leaf it does not cover at a boundary', () => {
    // 整改台 exactly: from the start of the bold leaf to its end.
    expect(matchRange(paragraphs, 1, 2, 5)).toEqual({ anchor: { path: [1, 1], offset: 0 }, focus: { path: [1, 1], offset: 3 } });
    expect(matchRange(paragraphs, 1, 5, 8)).toEqual({ anchor: { path: [1, 3], offset: 0 }, focus: { path: [1, 3], offset: 3 } });
  });

  it('gives null for a paragraph or a stretch that is not there', () => {
    expect(matchRange(paragraphs, 2, 0, 1)).toBeNull();
    expect(matchRange(paragraphs, 0, 1, 3)).toBeNull();
    expect(matchRange(paragraphs, 0, -1, 1)).toBeNull();
  });
});

describe('plain fields on screen', () => {
  it('names each plain field by a stable attribute, or a contact row by its label', () => {
    expect(findFieldAttr({ kind: 'meta', field: 'issuer' })).toBe('meta:issuer');
    expect(findFieldAttr({ kind: 'part', part: 'nextSteps', field: 'heading' })).toBe('part:nextSteps:heading');
    expect(findFieldAttr({ kind: 'item', id: 'i', field: 'leadOverride' })).toBe('i:leadOverride');
    expect(findFieldAttr({ kind: 'subItem', itemId: 'i', id: 's', field: 'problem' })).toBe('s:problem');
    expect(plainFieldSelector({ kind: 'group', id: 'g"1', field: 'title' })).toBe('[data-find-field="g\\"1:title"]');
    expect(plainFieldSelector({ kind: 'contact', index: 0, field: 'label' })).toBe('[aria-label="第1项联系方式的名称"]');
    expect(plainFieldSelector({ kind: 'contact', index: 2, field: 'value' })).toBe('[aria-label="第3项联系方式的内容"]');
  });
});
