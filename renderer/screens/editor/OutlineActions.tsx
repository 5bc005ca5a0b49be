import { Button, Tooltip } from 'antd';

export interface OutlineCommand {
  label: string;
  hint: string;
  /** Null: not possible with the current selection. */
  run: (() => void) | null;
  danger?: boolean;
}

/** The buttons above the outline: add, remove, and move the selected node. */
export function OutlineActions({ commands }: { commands: OutlineCommand[][] }) {
  return (
    <div className="outline-actions">
      {commands.map((row, index) => (
        <div className="outline-actions-row" key={index}>
          {row.map((command) => (
            <Tooltip key={command.label} title={command.hint} mouseEnterDelay={0.6}>
              <Button size="small" danger={command.danger} disabled={command.run === null} onClick={command.run ?? undefined}>
                {command.label}
              </Button>
            </Tooltip>
          ))}
        </div>
      ))}
    </div>
  );
}
