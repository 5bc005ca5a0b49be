import { createGroup, createItem } from '../../../../shared/model/factory';
import type { ChecklistNode } from '../../../../shared/model/notice';

/** A tree written as nested arrays of names: `[name, children]` is a group, a string an item; ids are the names. */
export type Spec = string | [string, Spec[]];

export function build(specs: Spec[]): ChecklistNode[] {
  return specs.map((spec) => {
    if (typeof spec === 'string') return { ...createItem(), id: spec };
    const [name, children] = spec;
    return { ...createGroup(name), id: name, children: build(children) };
  });
}
