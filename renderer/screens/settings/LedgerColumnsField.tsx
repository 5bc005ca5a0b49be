import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type ScreenReaderInstructions,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Button, Checkbox, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import {
  DEFAULT_LEDGER_SETTINGS,
  LEDGER_COLUMN_HEADERS,
  LEDGER_COLUMN_WEIGHTS,
  type LedgerColumn,
} from '../../../shared/ledger/ledger-columns';
import { listedColumns, moveColumn, reconcileListed, sameColumns, toggleColumn } from './ledger-columns-form';

const header = (id: unknown) => LEDGER_COLUMN_HEADERS[id as LedgerColumn] ?? String(id);

// dnd-kit speaks to screen readers in English unless told otherwise.
const SCREEN_READER: ScreenReaderInstructions = {
  draggable: '按空格键拿起这一列，用上下方向键移动，再按空格键放下；按 Esc 键取消。',
};
const ANNOUNCEMENTS: Announcements = {
  onDragStart: ({ active }) => `已拿起“${header(active.id)}”。`,
  onDragOver: ({ active, over }) => (over ? `“${header(active.id)}”移到“${header(over.id)}”的位置。` : undefined),
  onDragEnd: ({ active, over }) => (over ? `“${header(active.id)}”已放在“${header(over.id)}”的位置。` : `“${header(active.id)}”已放下。`),
  onDragCancel: ({ active }) => `已取消移动“${header(active.id)}”。`,
};

/**
 * Which columns the ledger has and in what order: every column listed, a
 * tick to include it, drag (or 上移/下移) to reorder. At least one column
 * stays ticked. Used as a Form.Item control: `value` is the chosen columns
 * in order.
 */
export function LedgerColumnsField({ value = [], onChange }: { value?: LedgerColumn[]; onChange?: (columns: LedgerColumn[]) => void }) {
  const [kept, setKept] = useState(() => listedColumns(value));
  const listed = reconcileListed(kept, value);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const relist = (next: LedgerColumn[], chosen = next.filter((c) => value.includes(c))) => {
    setKept(next);
    onChange?.(chosen);
  };
  const move = (from: number, to: number) => relist(moveColumn(listed, from, to));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) move(listed.indexOf(active.id as LedgerColumn), listed.indexOf(over.id as LedgerColumn));
  };
  const defaults = DEFAULT_LEDGER_SETTINGS.columns;
  // The default list: the usual columns ticked, the ones an office may add after them.
  const defaultListed = listedColumns(defaults);
  const isDefault = sameColumns(value, defaults) && sameColumns(listed, defaultListed);

  return (
    <div className="ledger-columns">
      <div className="ledger-column-list" role="group" aria-label="台账列">
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{ screenReaderInstructions: SCREEN_READER, announcements: ANNOUNCEMENTS }}
        >
          <SortableContext items={listed} strategy={verticalListSortingStrategy}>
            {listed.map((column, index) => {
              const included = value.includes(column);
              return (
                <ColumnRow
                  key={column}
                  column={column}
                  position={included ? value.indexOf(column) + 1 : null}
                  // The last ticked column cannot go: a ledger needs at least one.
                  lockedIn={included && value.length === 1}
                  first={index === 0}
                  last={index === listed.length - 1}
                  onToggle={(include) => relist(listed, toggleColumn(listed, value, column, include))}
                  onMove={(step) => move(index, index + step)}
                />
              );
            })}
          </SortableContext>
        </DndContext>
        <Button size="small" disabled={isDefault} onClick={() => relist(defaultListed, [...defaults])} className="ledger-columns-restore">
          恢复默认列
        </Button>
      </div>
      <HeaderPreview columns={value} />
    </div>
  );
}

interface ColumnRowProps {
  column: LedgerColumn;
  /** Its place in the table (1-based), or null when left out. */
  position: number | null;
  lockedIn: boolean;
  first: boolean;
  last: boolean;
  onToggle: (include: boolean) => void;
  onMove: (step: -1 | 1) => void;
}

function ColumnRow({ column, position, lockedIn, first, last, onToggle, onMove }: ColumnRowProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: column,
    attributes: { roleDescription: '可拖动排序的列' },
  });
  const name = LEDGER_COLUMN_HEADERS[column];
  const tick = (
    <Checkbox checked={position !== null} disabled={lockedIn} onChange={(event) => onToggle(event.target.checked)}>
      {name}
    </Checkbox>
  );
  return (
    <div
      ref={setNodeRef}
      className={`ledger-column-row${isDragging ? ' dragging' : ''}${position === null ? ' excluded' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      role="group"
      aria-label={`台账列：${name}`}
      data-column={column}
    >
      <span
        ref={setActivatorNodeRef}
        className="ledger-column-handle"
        {...attributes}
        {...listeners}
        aria-label={`拖动调整“${name}”的位置`}
      />
      {lockedIn ? <Tooltip title="台账至少要有一列">{tick}</Tooltip> : tick}
      <Typography.Text type="secondary" className="ledger-column-position">
        {position === null ? '不导出' : `第 ${position} 列`}
      </Typography.Text>
      <span className="ledger-column-moves">
        <Button type="link" size="small" disabled={first} onClick={() => onMove(-1)} aria-label={`“${name}”上移`}>
          上移
        </Button>
        <Button type="link" size="small" disabled={last} onClick={() => onMove(1)} aria-label={`“${name}”下移`}>
          下移
        </Button>
      </span>
    </div>
  );
}

/** The header row the exported ledger will have, each column as wide, relatively, as in the file. */
function HeaderPreview({ columns }: { columns: readonly LedgerColumn[] }) {
  return (
    <div className="ledger-preview">
      <Typography.Text type="secondary">导出的台账表头（横向页面，列宽按内容多少分配）：</Typography.Text>
      {/* The exporter drops columns no item fills, and groups print as spanning rows (ledger-rows.ts). */}
      <Typography.Text type="secondary" className="ledger-preview-note">
        所有问题都未填写的列不导出；问题类别由分组所在的通栏行显示，不另占一列。
      </Typography.Text>
      <div className="ledger-preview-row" aria-label="台账表头预览">
        {columns.map((column) => (
          <span key={column} className="ledger-preview-cell" style={{ flexGrow: LEDGER_COLUMN_WEIGHTS[column] }}>
            {LEDGER_COLUMN_HEADERS[column]}
          </span>
        ))}
      </div>
    </div>
  );
}
