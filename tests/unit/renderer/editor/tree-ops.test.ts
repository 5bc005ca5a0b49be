import { describe, expect, it } from 'vitest';
import { createGroup, createItem } from '../../../../shared/model/factory';
import type { ChecklistNode } from '../../../../shared/model/notice';
import { findNode } from '../../../../shared/model/tree';
import {
  countItems,
  indentNode,
  insertNode,
  moveNode,
  neighbourOf,
  outdentNode,
  placeForNew,
  removeNode,
  shiftNode,
  updateNode,
} from '../../../../shared/model/tree-ops';
import { build, type Spec } from './tree-spec';

/** The tree back as names, for readable expectations. */
function shape(nodes: readonly ChecklistNode[] | null): Spec[] | null {
  if (!nodes) return null;
  return nodes.map((n) => (n.kind === 'item' ? n.id : [n.id, shape(n.children)!]));
}

const tree = () => build([['A', ['a1', 'a2', ['A1', ['x1']]]], ['B', ['b1']], 'c', ['C', []]]);

describe('moving nodes', () => {
  it('moves an item into another group, before or after a node, or to the top', () => {
    expect(shape(moveNode(tree(), 'a2', 'first-child', 'B'))).toEqual([['A', ['a1', ['A1', ['x1']]]], ['B', ['a2', 'b1']], 'c', ['C', []]]);
    expect(shape(moveNode(tree(), 'a2', 'last-child', 'B'))).toEqual([['A', ['a1', ['A1', ['x1']]]], ['B', ['b1', 'a2']], 'c', ['C', []]]);
    expect(shape(moveNode(tree(), 'x1', 'before', 'c'))).toEqual([['A', ['a1', 'a2', ['A1', []]]], ['B', ['b1']], 'x1', 'c', ['C', []]]);
    expect(shape(moveNode(tree(), 'c', 'first-child', null))).toEqual(['c', ['A', ['a1', 'a2', ['A1', ['x1']]]], ['B', ['b1']], ['C', []]]);
    expect(shape(moveNode(tree(), 'a1', 'after', 'a2'))).toEqual([['A', ['a2', 'a1', ['A1', ['x1']]]], ['B', ['b1']], 'c', ['C', []]]);
  });

  it('keeps groups within two levels', () => {
    // A holds A1: A has two levels already and cannot go inside another group.
    expect(moveNode(tree(), 'A', 'first-child', 'B')).toBeNull();
    // B (one level) may go inside C, but not inside A1 (that would be a third level).
    expect(shape(moveNode(tree(), 'B', 'last-child', 'C'))).toEqual([['A', ['a1', 'a2', ['A1', ['x1']]]], 'c', ['C', [['B', ['b1']]]]]);
    expect(moveNode(tree(), 'B', 'last-child', 'A1')).toBeNull();
    expect(moveNode(tree(), 'B', 'before', 'x1')).toBeNull();
    // Items may stand at any level.
    expect(moveNode(tree(), 'c', 'last-child', 'A1')).not.toBeNull();
  });

  it('refuses to put a node inside itself, on itself, or inside an item', () => {
    expect(moveNode(tree(), 'A', 'last-child', 'A1')).toBeNull();
    expect(moveNode(tree(), 'A', 'before', 'x1')).toBeNull();
    expect(moveNode(tree(), 'a1', 'after', 'a1')).toBeNull();
    expect(moveNode(tree(), 'a1', 'first-child', 'c')).toBeNull();
    expect(moveNode(tree(), 'nope', 'first-child', 'B')).toBeNull();
  });

  it('leaves the input tree untouched and shares what did not change', () => {
    const before = tree();
    const frozen = JSON.stringify(before);
    const after = moveNode(before, 'b1', 'first-child', 'C')!;
    expect(JSON.stringify(before)).toBe(frozen);
    expect(after[0]).toBe(before[0]);
  });
});

describe('indent, outdent, up and down', () => {
  it('indents into the group just above, at its end', () => {
    expect(shape(indentNode(tree(), 'c'))).toEqual([
      ['A', ['a1', 'a2', ['A1', ['x1']]]],
      ['B', ['b1', 'c']],
      ['C', []],
    ]);
    expect(indentNode(tree(), 'a1')).toBeNull(); // nothing above it
    expect(indentNode(tree(), 'a2')).toBeNull(); // an item above, not a group
    // B becomes a second-level group beside A1; a group holding a group cannot go down a level.
    expect(shape(indentNode(tree(), 'B'))).toEqual([['A', ['a1', 'a2', ['A1', ['x1']], ['B', ['b1']]]], 'c', ['C', []]]);
    expect(
      indentNode(
        build([
          ['P', []],
          ['Q', [['R', []]]],
        ]),
        'Q',
      ),
    ).toBeNull();
    expect(
      shape(
        indentNode(
          build([
            ['P', []],
            ['Q', ['q']],
          ]),
          'Q',
        ),
      ),
    ).toEqual([['P', [['Q', ['q']]]]]);
  });

  it('outdents to just after the group it leaves', () => {
    expect(shape(outdentNode(tree(), 'x1'))).toEqual([['A', ['a1', 'a2', ['A1', []], 'x1']], ['B', ['b1']], 'c', ['C', []]]);
    expect(shape(outdentNode(tree(), 'a1'))).toEqual([['A', ['a2', ['A1', ['x1']]]], 'a1', ['B', ['b1']], 'c', ['C', []]]);
    expect(shape(outdentNode(tree(), 'A1'))).toEqual([['A', ['a1', 'a2']], ['A1', ['x1']], ['B', ['b1']], 'c', ['C', []]]);
    expect(outdentNode(tree(), 'c')).toBeNull();
  });

  it('moves up and down within its group only', () => {
    expect(shape(shiftNode(tree(), 'a2', -1))).toEqual([['A', ['a2', 'a1', ['A1', ['x1']]]], ['B', ['b1']], 'c', ['C', []]]);
    expect(shape(shiftNode(tree(), 'B', 1))).toEqual([['A', ['a1', 'a2', ['A1', ['x1']]]], 'c', ['B', ['b1']], ['C', []]]);
    expect(shiftNode(tree(), 'a1', -1)).toBeNull();
    expect(shiftNode(tree(), 'x1', 1)).toBeNull();
  });
});

describe('adding, removing, updating', () => {
  it('places a new item in a selected group or after a selected item, a new group beside the group worked in', () => {
    const nodes = tree();
    expect(placeForNew(nodes, 'item', 'B')).toEqual({ relation: 'last-child', targetId: 'B' });
    expect(placeForNew(nodes, 'item', 'a1')).toEqual({ relation: 'after', targetId: 'a1' });
    expect(placeForNew(nodes, 'item', null)).toEqual({ relation: 'last-child', targetId: null });
    expect(placeForNew(nodes, 'group', 'a1')).toEqual({ relation: 'after', targetId: 'A' });
    expect(placeForNew(nodes, 'group', 'x1')).toEqual({ relation: 'after', targetId: 'A1' });
    expect(placeForNew(nodes, 'group', 'A1')).toEqual({ relation: 'after', targetId: 'A1' });
    expect(placeForNew(nodes, 'group', 'c')).toEqual({ relation: 'after', targetId: 'c' });
    for (const id of ['a1', 'x1', 'A1', 'c', 'B']) {
      const place = placeForNew(nodes, 'group', id);
      expect(insertNode(nodes, createGroup('new'), place.relation, place.targetId)).not.toBeNull();
    }
  });

  it('inserts only where the node fits', () => {
    expect(insertNode(tree(), createGroup('new'), 'first-child', 'A1')).toBeNull();
    expect(insertNode(tree(), createItem(), 'first-child', 'A1')).not.toBeNull();
  });

  it('removes a node with everything in it, and picks a neighbour to select', () => {
    const nodes = tree();
    expect(shape(removeNode(nodes, 'A'))).toEqual([['B', ['b1']], 'c', ['C', []]]);
    expect(shape(removeNode(nodes, 'x1'))).toEqual([['A', ['a1', 'a2', ['A1', []]]], ['B', ['b1']], 'c', ['C', []]]);
    expect(removeNode(nodes, 'nope')).toBe(nodes);
    expect(neighbourOf(nodes, 'a2')).toBe('A1');
    expect(neighbourOf(nodes, 'C')).toBe('c');
    expect(neighbourOf(nodes, 'x1')).toBe('A1');
    expect(countItems(nodes[0]!)).toBe(3);
  });

  it('updates one node and copies only the path to it', () => {
    const nodes = tree();
    const next = updateNode(nodes, 'x1', (n) => ({ ...n, problem: '改' }) as ChecklistNode);
    expect((findNode(next, 'x1')!.node as { problem: string }).problem).toBe('改');
    expect(next[1]).toBe(nodes[1]);
    expect(next[0]).not.toBe(nodes[0]);
    expect(updateNode(nodes, 'nope', (n) => n)).toBe(nodes);
  });
});
