import { Button, Descriptions, Typography } from 'antd';
import { memo } from 'react';
import { computeFigures, formatRate, formatYuan, sumFigures } from '../../../shared/figures/compute-figures';
import { figuresSentence } from '../../../shared/figures/figures-sentence';
import { ITEM_STATUSES, type ChecklistNode } from '../../../shared/model/notice';
import { useStatusLabels } from '../../app/status-labels';
import { countNeedsUpdate } from '../../../shared/tracking/needs-update';
import { useServices } from '../../app/services';
import { StatisticsPanel } from './statistics/StatisticsPanel';

/**
 * The right-hand panel when no item is selected: what the checklist adds up
 * to, and the same figures as the sentence the organisation part can take.
 */
export const NoticeSummary = memo(function NoticeSummary({
  checklist,
  onInsertSentence,
}: {
  checklist: ChecklistNode[];
  /** Adds the sentence to the organisation part and shows it there. */
  onInsertSentence: (sentence: string) => void;
}) {
  const { templates } = useServices();
  const statusLabels = useStatusLabels();
  const figures = computeFigures(checklist);
  // Money, rules and people stay “—” until some item records them: 0 would claim a figure nobody entered.
  const totals = sumFigures(checklist);
  const sentence = figuresSentence(figures, templates.boilerplate, statusLabels);
  return (
    <div className="notice-summary">
      <h2 className="panel-title">整改概况</h2>
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'items', label: '反馈问题', children: `${figures.total} 个` },
          ...ITEM_STATUSES.map((status) => ({ key: status, label: statusLabels[status], children: `${figures.byStatus[status]} 个` })),
          { key: 'needsUpdate', label: '待更新', children: `${countNeedsUpdate(checklist)} 个` },
          { key: 'rate', label: '整改完成率', children: figures.completionRate === null ? '—' : formatRate(figures.completionRate) },
          {
            key: 'money',
            label: '挽回金额',
            children: totals.moneyRecoveredFen === null ? '—' : `${formatYuan(totals.moneyRecoveredFen, { grouped: true })} 元`,
          },
          {
            key: 'toRecover',
            label: '待挽回金额',
            children: totals.moneyToRecoverFen === null ? '—' : `${formatYuan(totals.moneyToRecoverFen, { grouped: true })} 元`,
          },
          { key: 'rules', label: '建章立制', children: totals.rulesMade === null ? '—' : `${totals.rulesMade} 项` },
          { key: 'people', label: '问责人数', children: totals.peopleHeld === null ? '—' : `${totals.peopleHeld} 人` },
        ]}
      />
      {figures.total > 0 && (
        <>
          <h3 className="form-section">统计</h3>
          <StatisticsPanel checklist={checklist} labels={statusLabels} sentence={sentence} />
        </>
      )}
      <h3 className="form-section">整改数据段落</h3>
      {sentence ? (
        <>
          <Typography.Paragraph className="figures-sentence" aria-label="整改数据段落">
            {sentence}
          </Typography.Paragraph>
          <Button block onClick={() => onInsertSentence(sentence)}>
            插入到组织情况
          </Button>
          <p className="form-hint">作为新段落加在正文第一部分（整改工作的组织情况）末尾，插入后可照常修改。</p>
        </>
      ) : (
        <p className="form-hint">清单中还没有问题。添加问题后，这里会按各问题的整改状态和数据生成一段文字。</p>
      )}
      <p className="form-hint">在左侧选中一个问题，可在此处填写其整改状态、责任领导与单位、时限和数据。</p>
    </div>
  );
});
