/**
 * antd names some elements in English whatever its locale: every icon is
 * `<span role="img" aria-label="close">` (its own name, with no way to set
 * another: ant-design/ant-design-icons#478), and InputNumber's step handles
 * are "Increase Value" and "Decrease Value", Select's clear button is
 * "Clear", a dialog's close button "Close" where no locale reaches it. A
 * screen reader reads them out
 * (an icon alone in a button, as 搜索's, is the button's whole name), so
 * they are renamed in Chinese as they appear. An icon beside the words of
 * its button (or in a button named by aria-label) adds nothing to them and
 * is hidden from screen readers, as is an icon this table does not know.
 */
const ICON_LABELS: Record<string, string> = {
  bars: '菜单',
  calendar: '日历',
  'caret-down': '向下',
  'caret-up': '向上',
  check: '对勾',
  'check-circle': '成功',
  'clock-circle': '时钟',
  close: '关闭',
  'close-circle': '错误',
  copy: '复制',
  'double-left': '向左',
  'double-right': '向右',
  down: '向下',
  edit: '编辑',
  ellipsis: '更多',
  enter: '回车',
  'exclamation-circle': '警告',
  eye: '显示',
  'eye-invisible': '隐藏',
  file: '文件',
  filter: '筛选',
  folder: '文件夹',
  'folder-open': '文件夹',
  holder: '拖动',
  'info-circle': '提示',
  left: '向左',
  loading: '正在处理',
  minus: '减',
  'minus-square': '收起',
  plus: '加',
  'plus-square': '展开',
  'question-circle': '帮助',
  right: '向右',
  search: '搜索',
  'swap-right': '至',
  up: '向上',
  warning: '警告',
};

/** What an icon may sit in and be only decoration for. */
const CONTROLS = 'button, a, [role="button"], [role="menuitem"], [role="tab"], [role="option"], [role="switch"], label';

/** The icon that clears a field (allowClear) is the same as the error icon of a message. */
const CLEAR_BUTTONS = '.ant-input-clear-icon, .ant-select-clear, .ant-picker-clear';

const CONTROL_LABELS: Record<string, string> = {
  'Increase Value': '增加',
  'Decrease Value': '减少',
  Clear: '清除',
  Close: '关闭',
};

const SELECTOR = `.anticon[aria-label], ${Object.keys(CONTROL_LABELS)
  .map((label) => `[aria-label="${label}"]`)
  .join(', ')}`;

function rename(element: Element): void {
  const label = element.getAttribute('aria-label');
  if (label === null) return;
  if (element.classList.contains('anticon')) {
    // Only antd's own label, which is the icon's name: an icon the app labels itself keeps its words.
    if (!element.classList.contains(`anticon-${label}`)) return;
    const control = element.closest(CONTROLS);
    const decoration = control !== null && (control.hasAttribute('aria-label') || (control.textContent ?? '').trim() !== '');
    const chinese = decoration ? undefined : label === 'close-circle' && element.closest(CLEAR_BUTTONS) ? '清除' : ICON_LABELS[label];
    if (chinese) {
      element.setAttribute('aria-label', chinese);
    } else {
      element.removeAttribute('aria-label');
      element.setAttribute('aria-hidden', 'true');
    }
    return;
  }
  const chinese = CONTROL_LABELS[label];
  if (chinese) element.setAttribute('aria-label', chinese);
}

function renameWithin(node: Node): void {
  if (!(node instanceof Element)) return;
  if (node.matches(SELECTOR)) rename(node);
  node.querySelectorAll(SELECTOR).forEach(rename);
}

/** Renames what is in `root` now and whatever comes into it later (dialogs, pop-ups and messages included). */
export function keepLabelsChinese(root: HTMLElement = document.body): MutationObserver {
  renameWithin(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') renameWithin(record.target);
      else record.addedNodes.forEach(renameWithin);
    }
  });
  // A renamed label is in Chinese, so renaming it fires one more record that changes nothing.
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label'] });
  return observer;
}
