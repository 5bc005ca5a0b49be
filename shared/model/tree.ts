import type { ChecklistNode, Group, Item } from './notice';

/** Every item of a tree, in document order. */
export function allItems(nodes: readonly ChecklistNode[]): Item[] {
  const items: Item[] = [];
  const walk = (list: readonly ChecklistNode[]) => {
    for (const node of list) {
      if (node.kind === 'item') items.push(node);
      else walk(node.children);
    }
  };
  walk(nodes);
  return items;
}

/** How many groups the tree has, nested ones included. */
export function countGroups(nodes: readonly ChecklistNode[]): number {
  return nodes.reduce((n, node) => (node.kind === 'group' ? n + 1 + countGroups(node.children) : n), 0);
}

/** Finds a node and the list that holds it. */
export function findNode(
  nodes: ChecklistNode[],
  id: string,
): { node: ChecklistNode; siblings: ChecklistNode[]; parent: Group | null; depth: number } | null {
  const walk = (list: ChecklistNode[], parent: Group | null, depth: number): ReturnType<typeof findNode> => {
    for (const node of list) {
      if (node.id === id) return { node, siblings: list, parent, depth };
      if (node.kind === 'group') {
        const found = walk(node.children, node, depth + 1);
        if (found) return found;
      }
    }
    return null;
  };
  return walk(nodes, null, 0);
}

/** How many levels of groups a node carries below and including itself (an item: 0). */
export function groupHeight(node: ChecklistNode): number {
  if (node.kind === 'item') return 0;
  return 1 + Math.max(0, ...node.children.map(groupHeight));
}
