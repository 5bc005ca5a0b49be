import { Button, Input, Tag } from 'antd';
import { memo, useCallback } from 'react';
import { itemNumbering, type EntryNumbering } from '../../../shared/layout/entry-numbering';
import type { Layout } from '../../../shared/layout/layout';
import { placedFormats, type Placement } from '../../../shared/layout/numbering';
import { createSubItem } from '../../../shared/model/factory';
import type { Item, SubItem } from '../../../shared/model/notice';
import { useStatusLabels } from '../../app/status-labels';
import { plainList, type ParagraphList } from '../../../shared/model/rich-text';
import { fillTemplate } from '../../../shared/text/fill';
import { richFieldKey } from '../../../shared/document/notice-fields';
import { findFieldAttr } from '../../editor/find-fields';
import { NeedsUpdateNote } from './NeedsUpdateNote';
import { RichTextField } from './RichTextField';

interface ItemPanelProps {
  item: Item;
  /** The item's number as printed, and its sub-items' (numberChecklist). */
  labels: ReadonlyMap<string, string>;
  /** Where each node prints (placeChecklist): the level the item's lists number under. */
  placements: ReadonlyMap<string, Placement>;
  layout: Layout;
  autoFocus: boolean;
  onChange: (id: string, patch: Partial<Item> | ((item: Item) => Partial<Item>)) => void;
  /** Something was deleted (a sub-item): the editor says 已删除 and offers 撤销. */
  onDeleted: (what: string) => void;
}

/** The selected item in the middle: the problem as fed back, the measures, the progress, and any sub-items. */
export const ItemPanel = memo(function ItemPanel({ item, labels, placements, layout, autoFocus, onChange, onDeleted }: ItemPanelProps) {
  const { id } = item;
  const onMeasures = useCallback((measures: ParagraphList) => onChange(id, { measures }), [onChange, id]);
  const onProgress = useCallback((progress: ParagraphList) => onChange(id, { progress }), [onChange, id]);
  const onSubItem = useCallback(
    (subId: string, patch: Partial<SubItem>) =>
      onChange(id, (current) => ({ subItems: current.subItems.map((s) => (s.id === subId ? { ...s, ...patch } : s)) })),
    [onChange, id],
  );
  const addSubItem = useCallback(
    () =>
      onChange(id, (current) => ({
        subItems: [
          ...current.subItems,
          createSubItem({ measures: plainList([], layout.defaults.measures), progress: plainList([], layout.defaults.progress) }),
        ],
      })),
    [onChange, id, layout],
  );
  const removeSubItem = useCallback(
    (subId: string, number: string) => {
      onChange(id, (current) => ({ subItems: current.subItems.filter((s) => s.id !== subId) }));
      onDeleted(`子问题${number}`);
    },
    [onChange, onDeleted, id],
  );
  const number = labels.get(id) ?? '';
  const markUpdated = useCallback(() => onChange(id, { needsUpdate: false }), [onChange, id]);
  const onProblem = useCallback((problem: string) => onChange(id, { problem }), [onChange, id]);
  const onLead = useCallback((leadOverride: string | null) => onChange(id, { leadOverride }), [onChange, id]);
  const problem = item.problem.trim();
  const generatedLead = fillTemplate(problem === '' ? layout.item.headWithoutProblem : layout.item.head, { problem });
  // Counted live from the lists as they are now, so adding a measure renumbers the sub-items at once.
  const { format, subFormat } = placedFormats(item, layout, placements);
  const numbering = itemNumbering(item, format, subFormat);
  const statusLabels = useStatusLabels();

  // Each part is memoised on what it shows, so typing in one field re-renders only that field.
  return (
    <div className="item-panel">
      <ItemHeading number={number} status={statusLabels[item.status]} needsUpdate={item.needsUpdate} />
      <ProblemField itemId={id} value={item.problem} autoFocus={autoFocus} onChange={onProblem} />
      <LeadField itemId={id} value={item.leadOverride} generated={generatedLead} onChange={onLead} />
      <RichTextField
        key={richFieldKey({ id, field: 'measures' })}
        fieldKey={richFieldKey({ id, field: 'measures' })}
        label="整改措施"
        value={item.measures}
        printed={numbering.own.measures}
        onChange={onMeasures}
        placeholder="每段一条措施；编号按所选方式自动生成"
      />
      {item.needsUpdate && <NeedsUpdateNote previousStage={item.history.at(-1)?.stage ?? null} onMarkUpdated={markUpdated} />}
      <RichTextField
        key={richFieldKey({ id, field: 'progress' })}
        fieldKey={richFieldKey({ id, field: 'progress' })}
        label="整改落实情况"
        value={item.progress}
        printed={numbering.own.progress}
        onChange={onProgress}
        placeholder="已经做了什么、进展到哪一步"
      />
      {item.subItems.map((sub, i) => (
        <SubItemEditor
          key={sub.id}
          itemId={id}
          sub={sub}
          number={numbering.subItems[i]!.label}
          numbering={numbering.subItems[i]!.numbering}
          onChange={onSubItem}
          onRemove={removeSubItem}
        />
      ))}
      <AddSubItemButton onAdd={addSubItem} />
    </div>
  );
});

const ItemHeading = memo(function ItemHeading({ number, status, needsUpdate }: { number: string; status: string; needsUpdate: boolean }) {
  return (
    <h2 className="panel-title">
      {number && <span className="panel-number">{number}</span>}
      反馈问题
      <Tag className="panel-tag">{status}</Tag>
      {needsUpdate && (
        <Tag className="panel-tag" color="orange">
          待更新
        </Tag>
      )}
    </h2>
  );
});

const ProblemField = memo(function ProblemField({
  itemId,
  value,
  autoFocus,
  onChange,
}: {
  itemId: string;
  value: string;
  autoFocus: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <Input.TextArea
      aria-label="反馈问题"
      data-find-field={findFieldAttr({ kind: 'item', id: itemId, field: 'problem' })}
      className="problem-field"
      autoFocus={autoFocus}
      value={value}
      placeholder="照录巡察组反馈的问题原文；立行立改事项可留空"
      autoSize={{ minRows: 2, maxRows: 8 }}
      onChange={(event) => onChange(event.target.value)}
    />
  );
});

const LeadField = memo(function LeadField({
  itemId,
  value,
  generated,
  onChange,
}: {
  itemId: string;
  value: string | null;
  generated: string;
  onChange: (value: string | null) => void;
}) {
  return (
    <div className="lead-field">
      <span className="form-label">引导句</span>
      <Input
        aria-label="引导句"
        data-find-field={findFieldAttr({ kind: 'item', id: itemId, field: 'leadOverride' })}
        size="small"
        value={value ?? ''}
        placeholder={`按版式生成：${generated}`}
        allowClear
        onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
      />
    </div>
  );
});

const AddSubItemButton = memo(function AddSubItemButton({ onAdd }: { onAdd: () => void }) {
  return (
    <Button type="dashed" block onClick={onAdd} className="add-sub-item">
      新增子问题
    </Button>
  );
});

const SubItemEditor = memo(function SubItemEditor({
  itemId,
  sub,
  number,
  numbering,
  onChange,
  onRemove,
}: {
  itemId: string;
  sub: SubItem;
  number: string;
  numbering: EntryNumbering;
  onChange: (subId: string, patch: Partial<SubItem>) => void;
  onRemove: (subId: string, number: string) => void;
}) {
  const onMeasures = useCallback((measures: ParagraphList) => onChange(sub.id, { measures }), [onChange, sub.id]);
  const onProgress = useCallback((progress: ParagraphList) => onChange(sub.id, { progress }), [onChange, sub.id]);
  return (
    <section className="sub-item" data-sub-item={sub.id}>
      <h3 className="sub-item-title">
        <span className="panel-number">{number}</span>子问题
        {/* No question first: the delete is one undo step, and the message after it offers 撤销. */}
        <Button size="small" type="link" danger onClick={() => onRemove(sub.id, number)}>
          删除子问题
        </Button>
      </h3>
      <Input.TextArea
        aria-label={`子问题${number}`}
        data-find-field={findFieldAttr({ kind: 'subItem', itemId, id: sub.id, field: 'problem' })}
        value={sub.problem}
        autoSize={{ minRows: 1, maxRows: 6 }}
        placeholder="反馈问题的这一部分"
        onChange={(event) => onChange(sub.id, { problem: event.target.value })}
      />
      <RichTextField
        key={richFieldKey({ id: sub.id, field: 'measures' })}
        fieldKey={richFieldKey({ id: sub.id, field: 'measures' })}
        label={`子问题${number}的整改措施`}
        value={sub.measures}
        printed={numbering.measures}
        onChange={onMeasures}
      />
      <RichTextField
        key={richFieldKey({ id: sub.id, field: 'progress' })}
        fieldKey={richFieldKey({ id: sub.id, field: 'progress' })}
        label={`子问题${number}的整改落实情况`}
        value={sub.progress}
        printed={numbering.progress}
        onChange={onProgress}
      />
    </section>
  );
});
