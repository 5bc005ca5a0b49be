import { describe, expect, it } from 'vitest';
import type { ChecklistNode } from '../../../../shared/model/notice';
import { insertCopy } from '../../../../renderer/editor/insert-copy';
import { build, type Spec } from './tree-spec';

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
    expect(shape(insertCopy(tree(), deepGroup(), 'x1'))).toEqual([
      ['A', ['a1', ['A1', ['x1']]]],
      ['D', [['D1', ['d1']]]],
      ['B', ['b1']],
      'c',
    ]);
  });

  it('appends to the checklist when nothing in it is selected', () => {
    expect(shape(insertCopy(tree(), item(), null))).toEqual([['A', ['a1', ['A1', ['x1']]]], ['B', ['b1']], 'c', 'new']);
    expect(shape(insertCopy([], deepGroup(), 'gone'))).toEqual([['D', [['D1', ['d1']]]]]);
  });
});
