import { Descriptions } from 'antd';
import { memo } from 'react';
import { DEFAULT_STATUS_LABELS, ITEM_STATUSES, type ChecklistNode } from '../../../shared/model/notice';
import { allItems } from '../../../shared/model/tree';
import { formatYuan, sumFigures } from '../../editor/figures';

/** The right-hand panel when no item is selected: what the checklist adds up to. */
export const NoticeSummary = memo(function NoticeSummary({ checklist }: { checklist: ChecklistNode[] }) {
  const items = allItems(checklist);
  const totals = sumFigures(checklist);
  const byStatus = ITEM_STATUSES.map((s) => [s, items.filter((i) => i.status === s).length] as const);
  return (
    <div className="notice-summary">
      <h2 className="panel-title">整改概况</h2>
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'items', label: '反馈问题', children: `${items.length} 个` },
          ...byStatus.map(([status, n]) => ({ key: status, label: DEFAULT_STATUS_LABELS[status], children: `${n} 个` })),
          { key: 'money', label: '挽回金额', children: totals.moneyRecoveredFen === null ? '—' : `${formatYuan(totals.moneyRecoveredFen)} 元` },
          { key: 'toRecover', label: '待挽回金额', children: totals.moneyToRecoverFen === null ? '—' : `${formatYuan(totals.moneyToRecoverFen)} 元` },
          { key: 'rules', label: '建章立制', children: totals.rulesMade === null ? '—' : `${totals.rulesMade} 项` },
          { key: 'people', label: '问责人数', children: totals.peopleHeld === null ? '—' : `${totals.peopleHeld} 人` },
        ]}
      />
      <p className="form-hint">在左侧选中一个问题，可在此处填写其整改状态、责任领导与单位、时限和数据。</p>
    </div>
  );
});
