import { MAX_GROUP_DEPTH, type ChecklistNode } from '../../shared/model/notice';
import { groupHeight } from '../../shared/model/tree';
import { writeTransaction, type Database } from './database';
import { InvalidInputError } from './errors';
import { assertIdsFree, requireNode, requireNotice, touchNotice, type NodeHeader } from './lookups';
import { insertNodes } from './node-rows';
import { newNodeSchema, positionSchema } from './patch-schemas';
import { idSchema, parseInput } from './validate';

/*
 * Edits of the checklist's shape. Positions among siblings are kept
 * 0, 1, 2 … so that numbering, which is generated from the tree, never
 * sees a gap; each edit renumbers what it disturbs.
 */

const parentIdSchema = idSchema.nullable();

/**
 * Moves a node (with its subtree) to `index` among the children of
 * `newParentId` (null: the top level), counting the siblings without the
 * node itself, so index = their number puts it last.
 */
export function moveNode(db: Database, nodeId: string, newParentId: string | null, index: number): string {
  const id = parseInput(idSchema, nodeId, '节点编号');
  const parentId = parseInput(parentIdSchema, newParentId, '目标分组编号');
  const at = parseInput(positionSchema, index, '目标位置');
  return writeTransaction(db, () => {
    const node = requireNode(db, id);
    const parentDepth = targetDepth(db, node.notice_id, parentId, node);
    if (parentDepth + subtreeGroupHeight(db, node) > MAX_GROUP_DEPTH) {
      throw new InvalidInputError(`分组最多嵌套 ${MAX_GROUP_DEPTH} 层，不能移到这里`);
    }
    const siblings = childIds(db, node.notice_id, parentId).filter((sibling) => sibling !== id);
    assertIndex(at, siblings.length);
    siblings.splice(at, 0, id);
    if (node.parent_id !== parentId) {
      place(db, childIds(db, node.notice_id, node.parent_id).filter((sibling) => sibling !== id), node.parent_id);
    }
    place(db, siblings, parentId);
    return touchNotice(db, node.notice_id);
  });
}

/** Inserts a new node (a group may bring children) at `index` among the children of `parentId`. */
export function insertNode(
  db: Database,
  noticeId: string,
  parentId: string | null,
  index: number,
  node: ChecklistNode,
): string {
  const notice = parseInput(idSchema, noticeId, '通报编号');
  const parent = parseInput(parentIdSchema, parentId, '目标分组编号');
  const at = parseInput(positionSchema, index, '目标位置');
  const value = parseInput(newNodeSchema, node, '新节点');
  return writeTransaction(db, () => {
    requireNotice(db, notice);
    const parentDepth = targetDepth(db, notice, parent, null);
    if (parentDepth + groupHeight(value) > MAX_GROUP_DEPTH) {
      throw new InvalidInputError(`分组最多嵌套 ${MAX_GROUP_DEPTH} 层，不能放在这里`);
    }
    assertIdsFree(db, notice, idsOf(value));
    const count = childIds(db, notice, parent).length;
    assertIndex(at, count);
    db.prepare('UPDATE nodes SET position = position + 1 WHERE notice_id = ? AND parent_id IS ? AND position >= ?').run(
      notice,
      parent,
      at,
    );
    insertNodes(db, notice, parent, at, [value]);
    return touchNotice(db, notice);
  });
}

/** Deletes a node and everything under it, and closes the gap among its siblings. */
export function deleteNode(db: Database, nodeId: string): string {
  const id = parseInput(idSchema, nodeId, '节点编号');
  return writeTransaction(db, () => {
    const node = requireNode(db, id);
    // The subtree goes with it through the ON DELETE CASCADE foreign key.
    db.prepare('DELETE FROM nodes WHERE id = ?').run(id);
    db.prepare('UPDATE nodes SET position = position - 1 WHERE notice_id = ? AND parent_id IS ? AND position > ?').run(
      node.notice_id,
      node.parent_id,
      node.position,
    );
    return touchNotice(db, node.notice_id);
  });
}

/**
 * How many groups deep a child of `parentId` sits (0 at the top level).
 * Refuses a parent that is an item, in another notice, or — when moving
 * `moving` — the node itself or one of its descendants.
 */
function targetDepth(db: Database, noticeId: string, parentId: string | null, moving: NodeHeader | null): number {
  if (parentId === null) return 0;
  const parent = requireNode(db, parentId);
  if (parent.notice_id !== noticeId) throw new InvalidInputError('不能把清单节点放到另一份通报中');
  if (parent.kind !== 'group') throw new InvalidInputError('条目下面不能再放其他条目或分组，只能放在分组中');
  const chain = db
    .prepare(
      `WITH RECURSIVE up (id, parent_id, steps) AS (
         SELECT id, parent_id, 1 FROM nodes WHERE id = ?
         UNION ALL
         SELECT n.id, n.parent_id, up.steps + 1 FROM nodes n JOIN up ON n.id = up.parent_id WHERE up.steps < 64
       )
       SELECT id FROM up`,
    )
    .pluck()
    .all(parentId) as string[];
  if (moving && chain.includes(moving.id)) throw new InvalidInputError('不能把分组移到它自己或它的下级分组中');
  return chain.length;
}

/** Levels of groups in a stored subtree, the node included (an item: 0), like shared groupHeight. */
function subtreeGroupHeight(db: Database, node: NodeHeader): number {
  if (node.kind === 'item') return 0;
  return db
    .prepare(
      `WITH RECURSIVE down (id, kind, level) AS (
         SELECT id, kind, 1 FROM nodes WHERE id = @id
         UNION ALL
         SELECT n.id, n.kind, down.level + 1 FROM nodes n JOIN down
           ON n.notice_id = @notice AND n.parent_id = down.id
         WHERE down.kind = 'group' AND down.level < 64
       )
       SELECT max(level) FROM down WHERE kind = 'group'`,
    )
    .pluck()
    .get({ id: node.id, notice: node.notice_id }) as number;
}

function childIds(db: Database, noticeId: string, parentId: string | null): string[] {
  return db
    .prepare('SELECT id FROM nodes WHERE notice_id = ? AND parent_id IS ? ORDER BY position')
    .pluck()
    .all(noticeId, parentId) as string[];
}

/** Gives the listed nodes this parent and the positions 0, 1, 2 … in list order. */
function place(db: Database, ids: readonly string[], parentId: string | null): void {
  const update = db.prepare('UPDATE nodes SET parent_id = ?, position = ? WHERE id = ?');
  ids.forEach((id, position) => update.run(parentId, position, id));
}

function assertIndex(index: number, siblings: number): void {
  if (index > siblings) throw new InvalidInputError(`目标位置 ${index} 超出范围，只能是 0 到 ${siblings}`);
}

function idsOf(node: ChecklistNode): { nodes: string[]; subItems: string[] } {
  const ids = { nodes: [] as string[], subItems: [] as string[] };
  const walk = (current: ChecklistNode) => {
    ids.nodes.push(current.id);
    if (current.kind === 'group') current.children.forEach(walk);
    else ids.subItems.push(...current.subItems.map((sub) => sub.id));
  };
  walk(node);
  return ids;
}
