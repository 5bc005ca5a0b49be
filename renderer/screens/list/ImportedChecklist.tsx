import { Tree, type TreeDataNode } from 'antd';
import { useMemo } from 'react';
import type { Layout } from '../../../shared/layout/layout';
import { numberChecklist } from '../../../shared/layout/numbering';
import type { ChecklistNode } from '../../../shared/model/notice';
import { OutlineTitle } from '../editor/OutlineTree';
// The outline's label styles (number colour, one-line text) live with the editor.
import '../editor/editor.css';

/**
 * The imported checklist, read-only and fully open, labelled as the editor's
 * outline labels it, so a wrongly recognised level shows up as a wrong number.
 * Sub-items are shown too: a problem split in parts is something to check.
 */
export function ImportedChecklist({ checklist, layout }: { checklist: ChecklistNode[]; layout: Layout }) {
  const treeData = useMemo(() => {
    const numbers = numberChecklist(checklist, layout);
    const toData = (node: ChecklistNode): TreeDataNode => {
      const number = numbers.get(node.id) ?? '';
      if (node.kind === 'group') {
        return {
          key: node.id,
          title: <OutlineTitle outlineKey={node.id} number={number} text={node.title} kind="group" />,
          children: node.children.map(toData),
        };
      }
      return {
        key: node.id,
        title: <OutlineTitle outlineKey={node.id} number={number} text={node.problem} kind="item" />,
        isLeaf: node.subItems.length === 0,
        children: node.subItems.map((sub) => ({
          key: sub.id,
          title: <OutlineTitle outlineKey={sub.id} number={numbers.get(sub.id) ?? ''} text={sub.problem} kind="item" />,
          isLeaf: true,
        })),
      };
    };
    return checklist.map(toData);
  }, [checklist, layout]);

  if (checklist.length === 0) return <p className="import-review-empty">没有识别出问题条目。保存后可以在编辑界面中逐条添加。</p>;
  return <Tree className="import-review-tree" blockNode selectable={false} defaultExpandAll treeData={treeData} motion={null} />;
}
