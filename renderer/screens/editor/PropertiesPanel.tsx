import { Form, Input, InputNumber, Select } from 'antd';
import { memo } from 'react';
import { ITEM_STATUSES, type Item, type ItemFigures } from '../../../shared/model/notice';
import { useStatusLabels } from '../../app/status-labels';
import { findFieldAttr } from '../../editor/find-fields';
import { fenToYuan, toCount, yuanToFen } from '../../editor/figures';
import { DateField } from './DateField';
import { StageHistory } from './StageHistory';
import { CompletionFields } from './overview/CompletionFields';
import { DeadlineFields } from './overview/DeadlineFields';

type Props = { item: Item; onChange: (id: string, patch: Partial<Item>) => void };

/** The selected item's properties (right-hand panel): status, who is responsible, dates, figures. */
export const PropertiesPanel = memo(
  function PropertiesPanel({ item, onChange }: Props) {
    const statusLabels = useStatusLabels();
    const set = (patch: Partial<Item>) => onChange(item.id, patch);
    const setFigure = (key: keyof ItemFigures, value: number | null) => set({ figures: { ...item.figures, [key]: value } });
    const money = (key: 'moneyRecoveredFen' | 'moneyToRecoverFen', label: string) => (
      <Form.Item label={label}>
        <InputNumber<number>
          aria-label={label}
          style={{ width: '100%' }}
          min={0}
          precision={2}
          step={100}
          value={fenToYuan(item.figures[key])}
          onChange={(value) => setFigure(key, yuanToFen(value))}
          suffix="元"
        />
      </Form.Item>
    );
    const count = (key: 'rulesMade' | 'peopleHeld', label: string, unit: string) => (
      <Form.Item label={label}>
        <InputNumber<number>
          aria-label={label}
          style={{ width: '100%' }}
          min={0}
          precision={0}
          value={item.figures[key]}
          onChange={(value) => setFigure(key, toCount(value))}
          suffix={unit}
        />
      </Form.Item>
    );
    return (
      <Form layout="vertical" className="properties-panel" component="div" size="small">
        <h2 className="panel-title">问题属性</h2>
        <Form.Item label="整改状态">
          <Select
            aria-label="整改状态"
            value={item.status}
            onChange={(status) => set({ status })}
            options={ITEM_STATUSES.map((s) => ({ value: s, label: statusLabels[s] }))}
          />
        </Form.Item>
        <Form.Item label="责任领导">
          <Input
            aria-label="责任领导"
            data-find-field={findFieldAttr({ kind: 'item', id: item.id, field: 'responsibleLeader' })}
            value={item.responsibleLeader}
            onChange={(e) => set({ responsibleLeader: e.target.value })}
          />
        </Form.Item>
        <Form.Item label="责任单位">
          <Input
            aria-label="责任单位"
            data-find-field={findFieldAttr({ kind: 'item', id: item.id, field: 'responsibleUnit' })}
            value={item.responsibleUnit}
            onChange={(e) => set({ responsibleUnit: e.target.value })}
          />
        </Form.Item>
        <DeadlineFields item={item} onChange={set} />
        <Form.Item label="完成时间">
          <DateField label="完成时间" value={item.completedOn} onChange={(completedOn) => set({ completedOn })} />
        </Form.Item>
        <CompletionFields item={item} onChange={onChange} />
        <h3 className="form-section">整改数据</h3>
        {money('moneyRecoveredFen', '挽回金额')}
        {money('moneyToRecoverFen', '待挽回金额')}
        {count('rulesMade', '建章立制', '项')}
        {count('peopleHeld', '问责人数', '人')}
        <StageHistory history={item.history} />
      </Form>
    );
  },
  // Typing in the item's text does not touch these fields: skip re-rendering then.
  (before, after) =>
    before.onChange === after.onChange &&
    before.item.id === after.item.id &&
    before.item.status === after.item.status &&
    before.item.responsibleLeader === after.item.responsibleLeader &&
    before.item.responsibleUnit === after.item.responsibleUnit &&
    before.item.deadlineKind === after.item.deadlineKind &&
    before.item.deadline === after.item.deadline &&
    before.item.completedOn === after.item.completedOn &&
    before.item.evidence === after.item.evidence &&
    before.item.figures === after.item.figures &&
    before.item.history === after.item.history,
);
