import { App as AntApp, Button } from 'antd';
import type { NoticeHistory } from '../../editor/notice-history';
import { useStableCallback } from './use-stable-callback';

/**
 * 已删除… with 撤销, said after a delete instead of asking before it. 撤销
 * undoes the delete only while it is still the last change; after other
 * edits it says how to go back step by step rather than undo something else.
 */
export function useDeletedMessage(history: NoticeHistory, undo: () => void): (what: string) => void {
  const { message } = AntApp.useApp();
  return useStableCallback((what: string) => {
    const step = history.lastStep;
    const key = `deleted-${String(history.size)}`;
    message.open({
      key,
      type: 'success',
      duration: 8,
      content: (
        <span className="deleted-message">
          已删除{what}
          <Button
            type="link"
            size="small"
            onClick={() => {
              message.destroy(key);
              if (history.lastStep === step) undo();
              else message.info('删除之后已有其他修改，请用“撤销”按钮或 Ctrl+Z 逐步撤销');
            }}
          >
            撤销
          </Button>
        </span>
      ),
    });
  });
}
