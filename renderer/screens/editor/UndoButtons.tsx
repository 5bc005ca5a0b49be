import { Button, Space, Tooltip } from 'antd';
import { memo, useSyncExternalStore } from 'react';
import type { NoticeHistory } from '../../editor/notice-history';

/** 撤销 and 重做 in the toolbar, enabled when the notice's history allows; they re-render only when that changes. */
export const UndoButtons = memo(function UndoButtons({
  history,
  onUndo,
  onRedo,
  writable,
}: {
  history: NoticeHistory;
  onUndo: () => void;
  onRedo: () => void;
  writable: boolean;
}) {
  useSyncExternalStore(history.subscribe, history.snapshot);
  return (
    <Space.Compact size="small" className="undo-buttons">
      <Tooltip title="撤销（Ctrl+Z）" mouseEnterDelay={0.4}>
        {/* Clicking must not take the focus from the field being edited, where the caret goes back. */}
        <Button disabled={!writable || !history.canUndo} onMouseDown={(e) => e.preventDefault()} onClick={onUndo}>
          撤销
        </Button>
      </Tooltip>
      <Tooltip title="重做（Ctrl+Y）" mouseEnterDelay={0.4}>
        <Button disabled={!writable || !history.canRedo} onMouseDown={(e) => e.preventDefault()} onClick={onRedo}>
          重做
        </Button>
      </Tooltip>
    </Space.Compact>
  );
});
