import { Input, List } from 'antd';
import { memo } from 'react';
import type { Group } from '../../../shared/model/notice';
import { findFieldAttr } from '../../editor/find-fields';

/** A selected group: its title (the numbering is generated), and what it holds. */
export const GroupPanel = memo(function GroupPanel({
  group,
  labels,
  autoFocus,
  onChange,
  onSelect,
}: {
  group: Group;
  labels: ReadonlyMap<string, string>;
  autoFocus: boolean;
  onChange: (id: string, patch: Partial<Group>) => void;
  onSelect: (id: string) => void;
}) {
  const number = labels.get(group.id) ?? '';
  return (
    <div className="group-panel">
      <h2 className="panel-title">分组</h2>
      <Input
        aria-label="分组标题"
        data-find-field={findFieldAttr({ kind: 'group', id: group.id, field: 'title' })}
        size="large"
        autoFocus={autoFocus}
        prefix={number ? <span className="panel-number">{number}</span> : undefined}
        value={group.title}
        placeholder="如：党组履行自身职责不到位的问题"
        onChange={(event) => onChange(group.id, { title: event.target.value })}
      />
      <p className="form-hint">编号随分组的位置自动生成，不必输入。拖动左侧清单中的节点可调整顺序和归属。</p>
      <List
        size="small"
        header={`本组包含 ${group.children.length} 项`}
        dataSource={group.children}
        locale={{ emptyText: '本组还没有问题，可点击左侧“新增问题”添加。' }}
        renderItem={(child) => (
          <List.Item className="group-child" onClick={() => onSelect(child.id)}>
            <span className="panel-number">{labels.get(child.id)}</span>
            {child.kind === 'group' ? child.title || '（未命名分组）' : child.problem || '（未填写反馈问题）'}
          </List.Item>
        )}
      />
    </div>
  );
});
