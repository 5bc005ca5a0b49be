import { Collapse, Typography } from 'antd';
import { memo } from 'react';
import { STAGE_LABELS, type StageRecord } from '../../../shared/model/notice';
import { isEmptyList, paragraphText, type ParagraphList } from '../../../shared/model/rich-text';
import { formatChineseDate } from '../../../shared/text/dates';
import { useStatusLabels } from '../../app/status-labels';

/**
 * 历次进展 in the item's properties: what the item said in each earlier
 * stage's notice, oldest first, each folded to its stage, date and status
 * until opened. Read-only: it is the record of what was published.
 */
export const StageHistory = memo(function StageHistory({ history }: { history: readonly StageRecord[] }) {
  const statusLabels = useStatusLabels();
  if (history.length === 0) return null;
  const items = history.map((record, index) => ({
    key: String(index),
    label: (
      <span className="stage-history-head">
        <Typography.Text strong>{STAGE_LABELS[record.stage]}</Typography.Text>
        <Typography.Text type="secondary">
          {' · '}
          {record.date ? formatChineseDate(record.date) : '未填成文日期'}
          {' · '}
          {statusLabels[record.status]}
        </Typography.Text>
      </span>
    ),
    children: <RecordText record={record} />,
  }));
  return (
    <section className="stage-history" aria-label="历次进展">
      <h3 className="form-section">历次进展</h3>
      <Collapse size="small" items={items} />
    </section>
  );
});

function RecordText({ record }: { record: StageRecord }) {
  const own = isEmptyList(record.progress) && record.subItems.length > 0 ? null : <Paragraphs list={record.progress} />;
  return (
    <div className="stage-history-text">
      {own}
      {record.subItems.map((sub, i) => (
        <div key={i} className="stage-history-sub">
          <Typography.Text strong>
            （{i + 1}）{sub.problem.trim() || '子问题'}
          </Typography.Text>
          <Paragraphs list={sub.progress} />
        </div>
      ))}
    </div>
  );
}

function Paragraphs({ list }: { list: ParagraphList }) {
  if (isEmptyList(list)) return <Typography.Paragraph type="secondary">（未填写整改落实情况）</Typography.Paragraph>;
  return (
    <>
      {list.paragraphs.map((paragraph, i) => (
        <Typography.Paragraph key={i} style={{ marginBottom: 4 }}>
          {paragraphText(paragraph)}
        </Typography.Paragraph>
      ))}
    </>
  );
}
