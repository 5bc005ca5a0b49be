import { Drawer, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Layout } from '../../../../shared/layout/layout';
import type { ChecklistNode, Item } from '../../../../shared/model/notice';
import { allItems } from '../../../../shared/model/tree';
import { formatChineseDate } from '../../../../shared/text/dates';
import { DEADLINE_COLOUR_LABELS, DEADLINE_COLOURS, type DeadlineColour } from '../../../../shared/tracking/deadlines';
import { overviewCounts, overviewRows } from '../../../../shared/tracking/overview-rows';
import { useStatusLabels } from '../../../app/status-labels';
import { OverviewTable } from './OverviewTable';
import { STANDING_TAG_COLOURS } from './StandingTag';
import { useTrackingClock } from './tracking-clock';
import { useCloseOut } from './use-close-out';
import './overview.css';

export interface OverviewDrawerProps {
  open: boolean;
  checklist: ChecklistNode[];
  layout: Layout;
  onClose: () => void;
  /** A row was clicked: the editor shows that item (and the overview closes). */
  onSelect: (itemId: string) => void;
  onItem: (id: string, patch: Partial<Item>) => void;
  writable: boolean;
}

/**
 * 整改总览: every item of the notice in one table, coloured by its deadline
 * as the rectification platforms colour them, with the counts of each
 * colour above it (a click on one shows only those) and 销号 on each row.
 */
export function OverviewDrawer({ open, checklist, layout, onClose, onSelect, onItem, writable }: OverviewDrawerProps) {
  const clock = useTrackingClock();
  const statusLabels = useStatusLabels();
  const [colourFilter, setColourFilter] = useState<DeadlineColour[] | null>(null);
  const { ask, dialog } = useCloseOut(onItem);
  // Worked out only while shown: typing in the editor behind a closed overview costs nothing.
  const rows = useMemo(
    () => (open ? overviewRows(checklist, layout, { ...clock, statusLabels }) : []),
    [open, checklist, layout, clock, statusLabels],
  );
  const items = useMemo(
    () => (open ? new Map(allItems(checklist).map((item) => [item.id, item])) : new Map<string, Item>()),
    [open, checklist],
  );
  const counts = overviewCounts(rows);
  const onlyColour = (colour: DeadlineColour) => setColourFilter((shown) => (shown?.length === 1 && shown[0] === colour ? null : [colour]));
  return (
    <Drawer
      title="整改总览"
      className="overview-drawer"
      open={open}
      onClose={onClose}
      size="min(1400px, 100vw)"
      destroyOnHidden
      // Opened again, it shows every item, as its other filters and sorting start afresh.
      afterOpenChange={(visible) => visible || setColourFilter(null)}
      extra={
        <Typography.Text type="secondary">
          截至{formatChineseDate(clock.today)}，到期前 {clock.dueSoonDays} 天起为即将到期
        </Typography.Text>
      }
    >
      <div className="overview-counts" role="group" aria-label="时限状态统计">
        <span className="overview-total">共 {rows.length} 个问题</span>
        {DEADLINE_COLOURS.map((colour) => (
          <Tag.CheckableTag
            key={colour}
            className={`overview-count overview-count-${colour}`}
            data-colour={colour}
            checked={colourFilter?.length === 1 && colourFilter[0] === colour}
            onChange={() => onlyColour(colour)}
          >
            <Tag color={STANDING_TAG_COLOURS[colour]} bordered={false}>
              {DEADLINE_COLOUR_LABELS[colour]}
            </Tag>
            <span className="overview-count-number">{counts[colour]}</span>
          </Tag.CheckableTag>
        ))}
        {colourFilter && (
          <Typography.Link onClick={() => setColourFilter(null)} className="overview-show-all">
            显示全部
          </Typography.Link>
        )}
      </div>
      <OverviewTable
        rows={rows}
        statusLabels={statusLabels}
        colourFilter={colourFilter}
        onColourFilter={setColourFilter}
        onSelect={onSelect}
        onCloseOut={(id) => {
          const item = items.get(id);
          if (item) ask(item);
        }}
        writable={writable}
      />
      {dialog}
    </Drawer>
  );
}
