import { Tree, type TreeDataNode, type TreeProps } from 'antd';
import { memo, useCallback, useMemo, useRef, useState, type Key } from 'react';
import type { Layout } from '../../../shared/layout/layout';
import { numberChecklist } from '../../../shared/layout/numbering';
import type { ChecklistNode, Notice } from '../../../shared/model/notice';
import { useStatusLabels } from '../../app/status-labels';
import { isEmptyList } from '../../../shared/model/rich-text';
import { PART_KEYS } from '../../editor/outline';
import { partNumbers } from '../../../shared/document/part-numbers';
import { isNodeKey, META_KEY, partKey, type SelectionKey } from '../../editor/selection';
import { moveNode, type Relation } from '../../../shared/model/tree-ops';
import { useReadOnly } from '../../components/read-only';

const CHECKLIST_KEY = partKey('checklist');

export interface OutlineTreeProps {
  notice: Notice;
  layout: Layout;
  selected: SelectionKey;
  onSelect: (key: SelectionKey) => void;
  onMove: (id: string, relation: Relation, targetId: string | null) => void;
}

/**
 * The outline on the left: 标题与开头, the three parts, and under 二、 the
 * checklist tree numbered exactly as the export numbers it (numberChecklist).
 * Checklist nodes can be dragged; a drop is allowed only where the tree
 * operations allow it (groups at most two levels deep).
 */
export const OutlineTree = memo(function OutlineTree({ notice, layout, selected, onSelect, onMove }: OutlineTreeProps) {
  // Typing in an item changes the notice but not the outline: rebuild only when what the outline shows changes.
  // A part's number and faintness depend on whether it has text, so that is part of the signature too.
  const signature = useMemo(
    () =>
      JSON.stringify([notice.checklist.map(project), PART_KEYS.map((k) => [notice.parts[k].heading, isEmptyList(notice.parts[k].body)])]),
    [notice.checklist, notice.parts],
  );
  const readOnly = useReadOnly();
  const statusLabels = useStatusLabels();
  const noticeRef = useRef(notice);
  noticeRef.current = notice;
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());

  const { treeData, groupKeys } = useMemo(() => {
    const current = noticeRef.current;
    const numbers = numberChecklist(current.checklist, layout);
    const parts = partNumbers(current, layout);
    const groups: string[] = [CHECKLIST_KEY];
    const toData = (node: ChecklistNode): TreeDataNode => {
      if (node.kind === 'group') groups.push(node.id);
      const text = node.kind === 'group' ? node.title : node.problem;
      return {
        key: node.id,
        title: (
          <OutlineTitle
            outlineKey={node.id}
            number={numbers.get(node.id) ?? ''}
            text={text}
            kind={node.kind}
            status={node.kind === 'item' ? statusLabels[node.status] : undefined}
            needsUpdate={node.kind === 'item' && node.needsUpdate}
          />
        ),
        children: node.kind === 'group' ? node.children.map(toData) : undefined,
        isLeaf: node.kind === 'item',
      };
    };
    const data: TreeDataNode[] = [
      { key: META_KEY, title: <OutlineTitle outlineKey={META_KEY} number="" text="标题与开头" kind="fixed" />, isLeaf: true },
      ...PART_KEYS.map((key) => ({
        key: partKey(key),
        title: (
          <OutlineTitle
            outlineKey={partKey(key)}
            number={parts[key]}
            text={current.parts[key].heading}
            kind="part"
            hint={
              isEmptyList(current.parts[key].body) && (key !== 'checklist' || current.checklist.length === 0)
                ? '尚无内容，导出时不打印这一部分'
                : undefined
            }
          />
        ),
        children: key === 'checklist' ? current.checklist.map(toData) : undefined,
        isLeaf: key !== 'checklist',
      })),
    ];
    return { treeData: data, groupKeys: groups };
    // The signature stands for everything read from the notice here.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the notice is read through a ref, keyed by its signature
  }, [signature, layout, statusLabels]);

  const expandedKeys = useMemo(() => groupKeys.filter((key) => !collapsed.has(key)), [groupKeys, collapsed]);

  const allowDrop = useCallback<NonNullable<TreeProps['allowDrop']>>(({ dragNode, dropNode, dropPosition }) => {
    const target = dropTarget(String(dropNode.key), dropPosition === 0 ? 'inside' : dropPosition < 0 ? 'before' : 'after');
    return target !== null && moveNode(noticeRef.current.checklist, String(dragNode.key), target.relation, target.targetId) !== null;
  }, []);

  const onDrop = useCallback<NonNullable<TreeProps['onDrop']>>(
    (info) => {
      const position = info.node.pos.split('-');
      const relative = info.dropPosition - Number(position[position.length - 1]);
      const target = dropTarget(String(info.node.key), !info.dropToGap ? 'inside' : relative < 0 ? 'before' : 'after');
      if (target) onMove(String(info.dragNode.key), target.relation, target.targetId);
    },
    [onMove],
  );

  const onExpand = useCallback<NonNullable<TreeProps['onExpand']>>(
    (keys) => {
      const open = new Set(keys.map(String));
      setCollapsed(new Set(groupKeys.filter((key) => !open.has(key))));
    },
    [groupKeys],
  );

  const onSelectNode = useCallback<NonNullable<TreeProps['onSelect']>>((_keys, info) => onSelect(String(info.node.key)), [onSelect]);
  // Leaving the tree makes the active key null: the selection stays.
  const onActiveChange = useCallback((key: Key | null) => key !== null && onSelect(String(key)), [onSelect]);

  // The same element while nothing it shows changed, so React skips the tree on every keystroke.
  return useMemo(
    () => (
      <Tree
        className="outline-tree"
        blockNode
        draggable={readOnly ? false : { icon: false, nodeDraggable: (node) => isNodeKey(String(node.key)) }}
        allowDrop={allowDrop}
        onDrop={onDrop}
        treeData={treeData}
        expandedKeys={expandedKeys}
        onExpand={onExpand}
        selectedKeys={[selected]}
        onSelect={onSelectNode}
        // The keyboard's place in the tree is the selection: ↑ and ↓ select, and the outline keys act on what they reached.
        activeKey={selected}
        onActiveChange={onActiveChange}
        motion={null}
      />
    ),
    [treeData, expandedKeys, selected, allowDrop, onDrop, onExpand, onSelectNode, onActiveChange, readOnly],
  );
});

/** What a drop on a tree node means for the checklist; null where nothing may go. */
function dropTarget(key: string, where: 'before' | 'after' | 'inside'): { relation: Relation; targetId: string | null } | null {
  if (key === CHECKLIST_KEY) return where === 'inside' ? { relation: 'first-child', targetId: null } : null;
  if (!isNodeKey(key)) return null;
  return { relation: where === 'inside' ? 'first-child' : where, targetId: key };
}

/** The part of a node the outline shows. */
function project(node: ChecklistNode): unknown {
  return node.kind === 'group'
    ? [node.id, node.title, node.children.map(project)]
    : [node.id, node.problem.slice(0, 80), node.status, node.needsUpdate];
}

/** A node's label as the outline shows it: number, text (or a placeholder when empty), 待更新, status. The import review shows the same. */
export function OutlineTitle({
  outlineKey,
  number,
  text,
  kind,
  status,
  needsUpdate,
  hint,
}: {
  outlineKey: string;
  number: string;
  text: string;
  kind: 'fixed' | 'part' | 'group' | 'item';
  status?: string;
  /** 待更新: an item carried over whose progress is still the previous stage's. */
  needsUpdate?: boolean;
  /** Why the line looks faint (a part that will not print). */
  hint?: string;
}) {
  const empty = text.trim() === '';
  const placeholder = kind === 'group' ? '（未命名分组）' : kind === 'item' ? '（未填写反馈问题）' : '（无标题）';
  return (
    <span
      className={`outline-title outline-${kind}${hint ? ' outline-faint' : ''}`}
      data-outline-key={outlineKey}
      data-number={number}
      title={hint ?? (empty ? placeholder : number + text)}
    >
      {number && <span className="outline-number">{number}</span>}
      <span className={empty ? 'outline-text outline-empty' : 'outline-text'}>{empty ? placeholder : text}</span>
      {needsUpdate && <span className="outline-needs-update">待更新</span>}
      {status && <span className="outline-status">{status}</span>}
    </span>
  );
}
