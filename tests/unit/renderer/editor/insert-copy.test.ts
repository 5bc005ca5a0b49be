import { describe, expect, it } from 'vitest';
import { createGroup, createItem } from '../../../../shared/model/factory';
import type { ChecklistNode } from '../../../../shared/model/notice';
import { insertCopy } from '../../../../renderer/editor/insert-copy';
import { snippetPieces } from '../../../../renderer/screens/editor/library/snippet-pieces';

/** A tree written as nested arrays of names: `[name, children]` is a group, a string an item; ids are the names. */
type Spec = string | [string, Spec[]];
function build(specs: Spec[]): ChecklistNode[] {
  return specs.map((spec) => {
    if (typeof spec === 'string') return { ...createItem(), id: spec };
    const [name, children] = spec;
    return { ...createGroup(name), id: name, children: build(children) };
  });
}
function shape(nodes: readonly ChecklistNode[]): Spec[] {
  return nodes.map((n) => (n.kind === 'item' ? n.id : [n.id, shape(n.children)]));
}

const tree = () => build([['A', ['a1', ['A1', ['x1']]]], ['B', ['b1']], 'c']);
const item = () => build(['new'])[0]!;
const group = () => build([['N', ['n1']]])[0]!;
const deepGroup = () => build([['D', [['D1', ['d1']]]]])[0]!;

describe('inserting a copy from the library', () => {
  it('puts an item after the selected item, or at the end of the selected group', () => {
    expect(shape(insertCopy(tree(), item(), 'x1'))).toEqual([['A', ['a1', ['A1', ['x1', 'new']]]], ['B', ['b1']], 'c']);
    expect(shape(insertCopy(tree(), item(), 'B'))).toEqual([['A', ['a1', ['A1', ['x1']]]], ['B', ['b1', 'new']], 'c']);
  });

  it('puts a group next to the group being worked in', () => {
    expect(shape(insertCopy(tree(), group(), 'b1'))).toEqual([['A', ['a1', ['A1', ['x1']]]], ['B', ['b1']], ['N', ['n1']], 'c']);
    expect(shape(insertCopy(tree(), group(), 'x1'))).toEqual([['A', ['a1', ['A1', ['x1']], ['N', ['n1']]]], ['B', ['b1']], 'c']);
  });

  it('puts a group with a subgroup at the top level when it would nest too deep', () => {
    expect(shape(insertCopy(tree(), deepGroup(), 'x1'))).toEqual([['A', ['a1', ['A1', ['x1']]]], ['D', [['D1', ['d1']]]], ['B', ['b1']], 'c']);
  });

  it('appends to the checklist when nothing in it is selected', () => {
    expect(shape(insertCopy(tree(), item(), null))).toEqual([['A', ['a1', ['A1', ['x1']]]], ['B', ['b1']], 'c', 'new']);
    expect(shape(insertCopy([], deepGroup(), 'gone'))).toEqual([['D', [['D1', ['d1']]]]]);
  });
});

describe('highlighting a snippet', () => {
  it('marks the ranges and keeps every character once, in order', () => {
    expect(snippetPieces('公务接待超标准', [{ start: 2, end: 4 }])).toEqual([
      { text: '公务', marked: false },
      { text: '接待', marked: true },
      { text: '超标准', marked: false },
    ]);
    const messy = snippetPieces('abcdef', [{ start: 4, end: 9 }, { start: 0, end: 2 }, { start: 1, end: 3 }]);
    expect(messy.map((p) => p.text).join('')).toBe('abcdef');
    expect(messy.filter((p) => p.marked).map((p) => p.text)).toEqual(['ab', 'c', 'ef']);
  });

  it('shows markup in the text as text', () => {
    expect(snippetPieces('<b>x</b>', [])).toEqual([{ text: '<b>x</b>', marked: false }]);
  });
});
