import type { ChecklistNode } from '../../../shared/model/notice';
import { indentNode, outdentNode, shiftNode } from '../../../shared/model/tree-ops';
import { NODE_COMMANDS, OUTLINE_COMMANDS, type OutlineCommandName } from './OutlineActions';

/** The outline commands that are tree operations on the selected node. */
export const TREE_OPS: Partial<Record<OutlineCommandName, (nodes: ChecklistNode[], id: string) => ChecklistNode[] | null>> = {
  up: (nodes, id) => shiftNode(nodes, id, -1),
  down: (nodes, id) => shiftNode(nodes, id, 1),
  outdent: outdentNode,
  indent: indentNode,
};

/** What the outline's buttons may do now: a move the tree operations refuse is a disabled button. */
export function enabledCommands(
  checklist: ChecklistNode[],
  selectedNodeId: string | null,
  writable: boolean,
): Record<OutlineCommandName, boolean> {
  return Object.fromEntries(
    OUTLINE_COMMANDS.map((name) => {
      // A database that cannot be written: every outline command changes the notice.
      if (!writable) return [name, false];
      const op = TREE_OPS[name];
      if (op) return [name, selectedNodeId !== null && op(checklist, selectedNodeId) !== null];
      return [name, NODE_COMMANDS.includes(name) ? selectedNodeId !== null : true];
    }),
  ) as Record<OutlineCommandName, boolean>;
}
