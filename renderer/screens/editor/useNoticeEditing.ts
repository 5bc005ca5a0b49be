import { useMemo, useRef, useState, type MutableRefObject } from 'react';
import type { Layout } from '../../../shared/layout/layout';
import { withLayout } from '../../../shared/layout/switch-layout';
import type { ChecklistNode, Group, Item, Notice, NoticeMeta, Part } from '../../../shared/model/notice';
import { changedField, type FieldChange } from '../../editor/changed-field';
import { NoticeHistory } from '../../editor/notice-history';
import type { PartKey } from '../../editor/outline';
import { META_KEY, type SelectionKey } from '../../editor/selection';
import { updateNode } from '../../../shared/model/tree-ops';
import { clearUpdatedMarks } from '../../../shared/tracking/needs-update';
import { useShowNotice } from './rich-editors';

/** Where an undo or redo took the notice: the place to show, and the one text field it changed, if just one. */
export interface Travel {
  place: SelectionKey;
  change: FieldChange | null;
}

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
  /** Any other change of the whole notice, as one step (replace all, a restored version). */
  changeNotice(change: (notice: Notice) => Notice): void;
  undo(): Travel | null;
  redo(): Travel | null;
}

export interface NoticeEditing {
  notice: Notice | null;
  actions: NoticeActions;
  history: NoticeHistory;
  /** What the editor shows; the screen keeps it current, and each change is recorded with it. */
  place: MutableRefObject<SelectionKey>;
  /** Puts a notice just read from the store in the editor, with an empty history. */
  load(notice: Notice): void;
}

/**
 * The notice being edited and its one undo history. Each action makes a new
 * notice sharing what it did not touch, records the old one as a step, and
 * shows the new text in any field on screen that does not hold it yet. With
 * `readOnly` (a database that cannot be written) every action is refused
 * here, whatever control asked.
 */
export function useNoticeEditing(layouts: readonly Layout[], readOnly = false): NoticeEditing {
  const [notice, setNotice] = useState<Notice | null>(null);
  const current = useRef<Notice | null>(null);
  const place = useRef<SelectionKey>(META_KEY);
  const [history] = useState(() => new NoticeHistory());
  const showNotice = useShowNotice();

  const editing = useMemo(() => {
    const put = (next: Notice) => {
      current.current = next;
      setNotice(next);
      showNotice(next);
    };
    const change = (fn: (n: Notice) => Notice) => {
      const before = current.current;
      if (readOnly || !before) return;
      const changed = fn(before);
      if (changed === before) return;
      // Whatever rewrote an item's progress, the item is no longer 待更新: the same step (needs-update.ts).
      const checklist = clearUpdatedMarks(before.checklist, changed.checklist);
      const next = checklist === changed.checklist ? changed : { ...changed, checklist };
      history.record(before, next, place.current, performance.now());
      put(next);
    };
    const travel = (step: ReturnType<NoticeHistory['undo']>, from: Notice): Travel | null => {
      if (!step) return null;
      put(step.notice);
      return { place: step.place, change: changedField(from, step.notice) };
    };
    const changeChecklist = (fn: (nodes: ChecklistNode[]) => ChecklistNode[]) =>
      change((n) => {
        const checklist = fn(n.checklist);
        return checklist === n.checklist ? n : { ...n, checklist };
      });
    const actions: NoticeActions = {
      setMeta: (patch) => change((n) => ({ ...n, meta: { ...n.meta, ...patch } })),
      setPart: (key, patch) => change((n) => ({ ...n, parts: { ...n.parts, [key]: { ...n.parts[key], ...patch } } })),
      setLayout: (layoutId) => change((n) => withLayout(n, layoutId, layouts)),
      setStatus: (status) => change((n) => (n.status === status ? n : { ...n, status })),
      changeChecklist,
      updateItem: (id, patch) =>
        changeChecklist((nodes) =>
          updateNode(nodes, id, (node) =>
            node.kind === 'item' ? { ...node, ...(typeof patch === 'function' ? patch(node) : patch) } : node,
          ),
        ),
      updateGroup: (id, patch) =>
        changeChecklist((nodes) => updateNode(nodes, id, (node) => (node.kind === 'group' ? { ...node, ...patch } : node))),
      changeNotice: change,
      undo: () => {
        const from = current.current;
        return readOnly || !from ? null : travel(history.undo(from, place.current), from);
      },
      redo: () => {
        const from = current.current;
        return readOnly || !from ? null : travel(history.redo(from, place.current), from);
      },
    };
    const load = (loaded: Notice) => {
      history.clear();
      put(loaded);
    };
    return { actions, load };
  }, [readOnly, layouts, history, showNotice]);

  return { notice, actions: editing.actions, history, place, load: editing.load };
}
