import { useMemo, useState, type Dispatch, type SetStateAction } from 'react';
import type { Layout } from '../../../shared/layout/layout';
import { withLayout } from '../../../shared/layout/switch-layout';
import type { ChecklistNode, Group, Item, Notice, NoticeMeta, Part } from '../../../shared/model/notice';
import type { PartKey } from '../../editor/outline';
import { updateNode } from '../../editor/tree-ops';

/** Every change the editor makes to the notice; stable functions, so memoised panels stay put. */
export interface NoticeActions {
  setMeta(patch: Partial<NoticeMeta>): void;
  setPart(key: PartKey, patch: Partial<Part>): void;
  setLayout(layoutId: string): void;
  setStatus(status: Notice['status']): void;
  /** Replaces the checklist by what `change` makes of it (a tree operation). */
  changeChecklist(change: (nodes: ChecklistNode[]) => ChecklistNode[]): void;
  updateItem(id: string, patch: Partial<Item> | ((item: Item) => Partial<Item>)): void;
  updateGroup(id: string, patch: Partial<Group>): void;
}

/**
 * The notice being edited, held in React state; each action makes a new
 * notice sharing what it did not touch. With `readOnly` (a database that
 * cannot be written) every action is refused here, whatever control asked.
 */
export function useNoticeEditing(layouts: readonly Layout[], readOnly = false): [Notice | null, Dispatch<SetStateAction<Notice | null>>, NoticeActions] {
  const [notice, setNotice] = useState<Notice | null>(null);
  const actions = useMemo<NoticeActions>(() => {
    const change = (fn: (n: Notice) => Notice) => {
      if (!readOnly) setNotice((current) => (current ? fn(current) : current));
    };
    const changeChecklist = (fn: (nodes: ChecklistNode[]) => ChecklistNode[]) =>
      change((n) => {
        const checklist = fn(n.checklist);
        return checklist === n.checklist ? n : { ...n, checklist };
      });
    return {
      setMeta: (patch) => change((n) => ({ ...n, meta: { ...n.meta, ...patch } })),
      setPart: (key, patch) => change((n) => ({ ...n, parts: { ...n.parts, [key]: { ...n.parts[key], ...patch } } })),
      setLayout: (layoutId) => change((n) => withLayout(n, layoutId, layouts)),
      setStatus: (status) => change((n) => (n.status === status ? n : { ...n, status })),
      changeChecklist,
      updateItem: (id, patch) =>
        changeChecklist((nodes) =>
          updateNode(nodes, id, (node) => (node.kind === 'item' ? { ...node, ...(typeof patch === 'function' ? patch(node) : patch) } : node)),
        ),
      updateGroup: (id, patch) =>
        changeChecklist((nodes) => updateNode(nodes, id, (node) => (node.kind === 'group' ? { ...node, ...patch } : node))),
    };
  }, [readOnly, layouts]);
  return [notice, setNotice, actions];
}
