import { Empty, Typography } from 'antd';
import { memo } from 'react';
import type { FieldChange, NodeChange, NoticeComparison } from '../../../../shared/versions/compare-notices';

const KIND_LABELS: Record<NodeChange['kind'], string> = { group: '分组', item: '问题', subItem: '子问题' };

/**
 * What changed between two sides: the items and groups added or removed,
 * then each changed field with its text, additions underlined in green and
 * deletions struck through in red (and said in words, for screen readers).
 */
export const ComparisonView = memo(function ComparisonView({
  comparison,
  older,
  newer,
}: {
  comparison: NoticeComparison;
  older: string;
  newer: string;
}) {
  if (comparison.identical) return <Empty description={`“${older}”与“${newer}”的内容完全相同`} />;
  const { added, removed, changes } = comparison;
  return (
    <div className="version-comparison">
      <Typography.Paragraph type="secondary" className="comparison-legend">
        从“{older}”到“{newer}”：<ins>新增的文字</ins>　<del>删除的文字</del>
      </Typography.Paragraph>
      {(added.length > 0 || removed.length > 0) && (
        <section className="comparison-nodes" aria-label="新增或删除的问题">
          {added.length > 0 && <NodeList title={`新增 ${added.length} 处`} nodes={added} kind="added" />}
          {removed.length > 0 && <NodeList title={`删除 ${removed.length} 处`} nodes={removed} kind="removed" />}
        </section>
      )}
      {changes.length > 0 && (
        <section aria-label="修改的内容">
          <Typography.Title level={5}>修改 {changes.length} 处</Typography.Title>
          {changes.map((change, index) => (
            <FieldChangeView key={index} change={change} />
          ))}
        </section>
      )}
    </div>
  );
});

function NodeList({ title, nodes, kind }: { title: string; nodes: NodeChange[]; kind: 'added' | 'removed' }) {
  return (
    <div className={`comparison-node-list ${kind}`}>
      <Typography.Title level={5}>{title}</Typography.Title>
      <ul>
        {nodes.map((node) => (
          <li key={`${node.kind}:${node.id}`} className="comparison-node" data-change={kind}>
            <span className="comparison-node-kind">{KIND_LABELS[node.kind]}</span>
            {node.label && <span className="comparison-node-label">{node.label}</span>}
            <span className="comparison-node-text">{node.text || '（未填写）'}</span>
            {node.within.length > 0 && <div className="comparison-node-within">位于：{node.within.join(' › ')}</div>}
          </li>
        ))}
      </ul>
    </div>
  );
}

function FieldChangeView({ change }: { change: FieldChange }) {
  return (
    <div className="comparison-field" data-field={change.field}>
      <div className="comparison-field-head">
        <span className="comparison-place">{change.place}</span>
        <span className="comparison-field-name">{change.field}</span>
        {change.note && <Typography.Text type="secondary">（{change.note}）</Typography.Text>}
      </div>
      <div className="comparison-text">
        {change.segments.map((segment, index) =>
          segment.change === 'added' ? (
            <ins key={index} aria-label={`新增：${segment.text}`}>
              {segment.text}
            </ins>
          ) : segment.change === 'removed' ? (
            <del key={index} aria-label={`删除：${segment.text}`}>
              {segment.text}
            </del>
          ) : (
            <span key={index}>{segment.text}</span>
          ),
        )}
        {change.segments.length === 0 && <Typography.Text type="secondary">（空）</Typography.Text>}
      </div>
    </div>
  );
}
