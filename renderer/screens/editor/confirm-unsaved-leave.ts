import type { App as AntApp } from 'antd';

type Modal = ReturnType<typeof AntApp.useApp>['modal'];

/**
 * Asks whether to leave although the last changes could not be saved;
 * resolves true to leave. Staying is the default (focused, Esc, the ×):
 * the work stays on screen with 保存失败 and 重试.
 */
export function confirmUnsavedLeave(modal: Modal, target: 'screen' | 'window'): Promise<boolean> {
  const closing = target === 'window';
  return new Promise((resolve) => {
    modal.confirm({
      title: closing ? '修改未能保存，仍要关闭？' : '修改未能保存，仍要离开？',
      content: `最近的修改未能保存到数据库，${closing ? '关闭窗口' : '离开此页'}后这些修改将丢失。`,
      okText: closing ? '仍要关闭' : '仍要离开',
      okButtonProps: { danger: true },
      cancelText: '留在此页',
      autoFocusButton: 'cancel',
      onOk: () => resolve(true),
      onCancel: () => resolve(false),
    });
  });
}
