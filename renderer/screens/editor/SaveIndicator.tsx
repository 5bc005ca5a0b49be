import { Button, Tooltip, Typography } from 'antd';
import type { SaveState } from './useAutosave';

/** 保存中… / 已保存 10:42 / 保存失败：… 重试 — always in view, in the editor's toolbar. */
export function SaveIndicator({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  if (state.kind === 'failed') {
    return (
      <span className="save-indicator save-failed" role="status" data-save-state="failed">
        <Tooltip title={state.message}>
          <Typography.Text type="danger" ellipsis style={{ maxWidth: 260 }}>
            保存失败：{state.message}
          </Typography.Text>
        </Tooltip>
        <Button size="small" danger onClick={onRetry}>
          重试
        </Button>
      </span>
    );
  }
  const text = state.kind === 'saved' ? (state.at ? `已保存 ${clockTime(state.at)}` : '已保存') : '保存中…';
  return (
    <span className="save-indicator" role="status" data-save-state={state.kind}>
      <Typography.Text type={state.kind === 'saved' ? 'secondary' : undefined}>{text}</Typography.Text>
    </span>
  );
}

/** HH:mm in the user's own time zone. */
function clockTime(iso: string): string {
  const date = new Date(iso);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}
