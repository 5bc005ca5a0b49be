import { Button, Tooltip } from 'antd';
import { memo } from 'react';

export const OUTLINE_COMMANDS = [
  'addGroup',
  'addItem',
  'remove',
  'up',
  'down',
  'outdent',
  'indent',
  'library',
  'saveItemTemplate',
] as const;
export type OutlineCommandName = (typeof OUTLINE_COMMANDS)[number];

const LABELS: Record<OutlineCommandName, { label: string; hint: string; danger?: boolean }> = {
  addGroup: { label: '新增分组', hint: '在选中的分组之后（或选中问题所在的分组之后）新增一个分组' },
  addItem: { label: '新增问题', hint: '在选中的分组中或选中的问题之后新增一个问题（在提纲中按 Enter）' },
  remove: { label: '删除', hint: '删除选中的分组或问题，可撤销（在提纲中按 Delete）', danger: true },
  up: { label: '上移', hint: '与上一项交换位置（Alt+↑）' },
  down: { label: '下移', hint: '与下一项交换位置（Alt+↓）' },
  outdent: { label: '升级', hint: '移出所在分组，排在该分组之后（Shift+Tab）' },
  indent: { label: '降级', hint: '移入上方相邻的分组，排在最后（Tab）' },
  library: { label: '条目库', hint: '搜索以往写过的问题和模板，插入副本到选中的位置' },
  saveItemTemplate: { label: '存为模板', hint: '把选中的问题或分组保存为模板，以后从条目库插入' },
};

/**
 * The keys the outline takes, as in Word's outline view: Tab and Shift+Tab
 * indent and outdent, Alt+↑ and Alt+↓ move, Delete deletes, Enter adds the
 * next item; F2 renames a group (its title field). Null for any other key.
 */
export function outlineKeyCommand(event: {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}): OutlineCommandName | 'rename' | null {
  if (event.ctrlKey || event.metaKey) return null;
  if (event.altKey) return event.key === 'ArrowUp' ? 'up' : event.key === 'ArrowDown' ? 'down' : null;
  if (event.key === 'Tab') return event.shiftKey ? 'outdent' : 'indent';
  if (event.shiftKey) return null;
  if (event.key === 'Delete') return 'remove';
  if (event.key === 'Enter') return 'addItem';
  if (event.key === 'F2') return 'rename';
  return null;
}

/** The commands that act on the selected node: disabled while none is selected. */
export const NODE_COMMANDS: readonly OutlineCommandName[] = ['remove', 'saveItemTemplate'];

const ROWS: OutlineCommandName[][] = [
  ['addGroup', 'addItem', 'remove'],
  ['up', 'down', 'outdent', 'indent'],
  ['library', 'saveItemTemplate'],
];

/** The buttons above the outline: add, remove, and move the selected node. Re-renders only when what is possible changes. */
export const OutlineActions = memo(
  function OutlineActions({
    enabled,
    onCommand,
  }: {
    enabled: Record<OutlineCommandName, boolean>;
    onCommand: (name: OutlineCommandName) => void;
  }) {
    return (
      <div className="outline-actions">
        {ROWS.map((row, index) => (
          <div className="outline-actions-row" key={index}>
            {row.map((name) => (
              <Tooltip key={name} title={LABELS[name].hint} mouseEnterDelay={0.6}>
                <Button size="small" danger={LABELS[name].danger} disabled={!enabled[name]} onClick={() => onCommand(name)}>
                  {LABELS[name].label}
                </Button>
              </Tooltip>
            ))}
          </div>
        ))}
      </div>
    );
  },
  (before, after) => before.onCommand === after.onCommand && OUTLINE_COMMANDS.every((name) => before.enabled[name] === after.enabled[name]),
);
