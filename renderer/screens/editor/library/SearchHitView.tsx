import { Button, Dropdown, Tag, Tooltip } from 'antd';
import { memo } from 'react';
import type { ItemSearchHit } from '../../../../shared/library/search-types';
import type { InsertSource } from '../../../../shared/library/item-templates';
import { useStatusLabels } from '../../../app/status-labels';
import { Highlighted } from './Highlighted';
import { FIELD_LABELS, shorten, STATUS_COLORS } from './library-labels';

export type InsertHandler = (source: InsertSource, what: string) => Promise<void>;

/** One item found: where the words are, where it comes from, and how to insert it. */
export const SearchHitView = memo(function SearchHitView({ hit, onInsert }: { hit: ItemSearchHit; onInsert: InsertHandler }) {
  const { snippet } = hit;
  const statusLabels = useStatusLabels();
  const problem = hit.problem.trim() || '（未填写反馈问题）';
  const groups = hit.groupIds.map((id, index) => ({ id, title: hit.groupTitles[index]?.trim() || '未命名分组' }));
  const insertGroup = (index: number) => {
    const group = groups[index]!;
    return onInsert({ kind: 'node', id: group.id }, `分组“${shorten(group.title)}”`);
  };
  return (
    <div className="library-hit" data-item-id={hit.itemId}>
      {snippet.field !== 'problem' && <div className="library-hit-problem">{problem}</div>}
      <div className="library-hit-snippet">
        {snippet.field !== 'problem' && <span className="library-field">{FIELD_LABELS[snippet.field]}：</span>}
        <Highlighted snippet={snippet} />
      </div>
      <div className="library-hit-meta">
        <Tag color={STATUS_COLORS[hit.status]} className="library-status">
          {statusLabels[hit.status]}
        </Tag>
        <span className="library-hit-source">
          <Tooltip title={hit.noticeTitle} mouseEnterDelay={0.5}>
            <span className="library-hit-notice">{hit.noticeTitle || '（未命名通报）'}</span>
          </Tooltip>
          {groups.length > 0 && <span className="library-hit-group">分组：{groups.map((g) => g.title).join(' › ')}</span>}
        </span>
      </div>
      <div className="library-hit-actions">
        <Button size="small" type="primary" onClick={() => onInsert({ kind: 'node', id: hit.itemId }, `问题“${shorten(problem)}”`)}>
          插入
        </Button>
        {groups.length === 1 && (
          <Button size="small" onClick={() => insertGroup(0)}>
            插入整组
          </Button>
        )}
        {groups.length > 1 && (
          <Dropdown
            trigger={['click']}
            menu={{
              items: groups.map((group, index) => ({ key: String(index), label: `插入整组：${shorten(group.title, 20)}` })),
              onClick: ({ key }) => void insertGroup(Number(key)),
            }}
          >
            <Button size="small">插入整组…</Button>
          </Dropdown>
        )}
      </div>
    </div>
  );
});
