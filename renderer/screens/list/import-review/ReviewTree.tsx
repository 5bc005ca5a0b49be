import { Tree, type TreeDataNode } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { partNumbers } from '../../../../shared/document/part-numbers';
import { NARRATIVE_PARTS, headingKey, targetKey, type ReviewTarget } from '../../../../shared/import/review/review-target';
import type { Layout } from '../../../../shared/layout/layout';
import { numberChecklist } from '../../../../shared/layout/numbering';
import type { ChecklistNode, Item, Notice } from '../../../../shared/model/notice';
import { paragraphText } from '../../../../shared/model/rich-text';
import { OutlineTitle } from '../../editor/OutlineTree';
// The outline's label styles (number colour, one-line text) live with the editor.
import '../../editor/editor.css';

export interface ReviewTreeProps {
  notice: Notice;
  layout: Layout;
  selected: ReviewTarget | null;
  onSelect: (target: ReviewTarget) => void;
}

/**
 * The notice as recognised, in the order it prints: the three parts with
 * their paragraphs, and under 二、 the checklist numbered as the editor and
 * the export number it, so a wrongly recognised level shows up as a wrong
 * number. An item opens (when selected, or by its arrow) on its problem,
 * measures and progress paragraph by paragraph, which the corrections
 * that move text act on.
 */
export function ReviewTree({ notice, layout, selected, onSelect }: ReviewTreeProps) {
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set());
  const selectedItem = selected?.kind === 'paragraph' ? selected.itemId : selected?.kind === 'node' ? selected.id : null;
  const selectedKey = selected ? targetKey(selected) : null;

  const { treeData, targets, alwaysOpen } = useMemo(() => buildTree(notice, layout), [notice, layout]);
  const expandedKeys = useMemo(
    () => [...alwaysOpen, ...[...opened, ...(selectedItem ? [selectedItem] : [])].filter((key) => targets.has(key))],
    [alwaysOpen, opened, selectedItem, targets],
  );

  // The selection stays in sight, whether it came from a click here, in the source or on a warning.
  useEffect(() => {
    if (!selectedKey) return;
    const row = document.querySelector(`.import-review-tree [data-review-key="${CSS.escape(selectedKey)}"]`);
    row?.scrollIntoView({ block: 'nearest' });
  }, [selectedKey, treeData]);

  return (
    <Tree
      className="import-review-tree"
      aria-label="识别出的通报结构"
      blockNode
      treeData={treeData}
      expandedKeys={expandedKeys}
      onExpand={(keys) => setOpened(new Set(keys.map(String).filter((key) => !alwaysOpen.includes(key))))}
      selectedKeys={selectedKey ? [selectedKey] : []}
      onSelect={(_keys, info) => {
        const target = targets.get(String(info.node.key));
        if (target) onSelect(target);
      }}
      motion={null}
    />
  );
}

function buildTree(notice: Notice, layout: Layout): { treeData: TreeDataNode[]; targets: Map<string, ReviewTarget>; alwaysOpen: string[] } {
  const numbers = numberChecklist(notice.checklist, layout);
  const parts = partNumbers(notice, layout);
  const targets = new Map<string, ReviewTarget>();
  const alwaysOpen: string[] = [];
  const leaf = (target: ReviewTarget, title: TreeDataNode['title']): TreeDataNode => {
    const key = targetKey(target);
    targets.set(key, target);
    return { key, title, isLeaf: true };
  };

  const itemRows = (item: Item): TreeDataNode[] => {
    const row = (field: 'problem' | 'measures' | 'progress', index: number, tag: string, text: string) =>
      leaf(
        { kind: 'paragraph', itemId: item.id, field, index },
        <ParagraphTitle reviewKey={targetKey({ kind: 'paragraph', itemId: item.id, field, index })} tag={tag} text={text} field={field} />,
      );
    return [
      row('problem', 0, '问题', item.problem),
      ...item.measures.paragraphs.map((p, i) => row('measures', i, `措施${i + 1}`, paragraphText(p))),
      ...item.progress.paragraphs.map((p, i) => row('progress', i, `情况${i + 1}`, paragraphText(p))),
      // Sub-items are corrected in the editor; here they show, and select their item.
      ...item.subItems.map((sub) => {
        targets.set(sub.id, { kind: 'node', id: item.id });
        return {
          key: sub.id,
          isLeaf: true,
          title: <OutlineTitle outlineKey={sub.id} number={numbers.get(sub.id) ?? ''} text={sub.problem} kind="item" />,
        };
      }),
    ];
  };

  const node = (n: ChecklistNode): TreeDataNode => {
    targets.set(n.id, { kind: 'node', id: n.id });
    const number = numbers.get(n.id) ?? '';
    if (n.kind === 'group') {
      alwaysOpen.push(n.id);
      return {
        key: n.id,
        title: (
          <Keyed reviewKey={n.id}>
            <OutlineTitle outlineKey={n.id} number={number} text={n.title} kind="group" />
          </Keyed>
        ),
        children: n.children.map(node),
      };
    }
    return {
      key: n.id,
      title: (
        <Keyed reviewKey={n.id}>
          <OutlineTitle outlineKey={n.id} number={number} text={n.problem} kind="item" />
        </Keyed>
      ),
      children: itemRows(n),
    };
  };

  const treeData = NARRATIVE_PARTS.map((part): TreeDataNode => {
    const key = headingKey(part);
    alwaysOpen.push(key);
    const paragraphs = notice.parts[part].body.paragraphs.map((p, index) => {
      const target: ReviewTarget = { kind: 'narrative', part, index };
      return leaf(target, <ParagraphTitle reviewKey={targetKey(target)} tag="叙述" text={paragraphText(p)} field="narrative" />);
    });
    return {
      key,
      selectable: false,
      title: (
        <span className="review-part" title={parts[part] + notice.parts[part].heading}>
          {parts[part]}
          {notice.parts[part].heading || '（无标题）'}
        </span>
      ),
      children: [...paragraphs, ...(part === 'checklist' ? notice.checklist.map(node) : [])],
    };
  });
  return { treeData, targets, alwaysOpen };
}

function Keyed({ reviewKey, children }: { reviewKey: string; children: React.ReactNode }) {
  return (
    <span className="review-row" data-review-key={reviewKey}>
      {children}
    </span>
  );
}

/** A paragraph's row: what it is (问题, 措施2, 情况1, 叙述) and its text on one line, all of it on hover. */
function ParagraphTitle({ reviewKey, tag, text, field }: { reviewKey: string; tag: string; text: string; field: string }) {
  const empty = text.trim() === '';
  return (
    <span className={`review-row review-paragraph review-${field}`} data-review-key={reviewKey} title={text}>
      <span className="review-tag">{tag}</span>
      <span className={empty ? 'review-text outline-empty' : 'review-text'}>{empty ? '（空）' : text}</span>
    </span>
  );
}
