import { Alert, Button, Tooltip } from 'antd';
import type { ReviewTarget } from '../../../../shared/import/review/review-target';
import { REVIEW_ACTION_ROWS, type ReviewAction } from './review-actions';
import type { ReviewStatus } from './use-review-draft';

export interface ReviewToolbarProps {
  selected: ReviewTarget | null;
  canUndo: boolean;
  status: ReviewStatus | null;
  onRun: (action: ReviewAction) => void;
  onUndo: () => void;
}

/**
 * The corrections, for what is selected: a button is on for the kind of
 * selection it acts on; one that cannot be done there says why in the line
 * below, as does one that moved text somewhere to look at.
 */
export function ReviewToolbar({ selected, canUndo, status, onRun, onUndo }: ReviewToolbarProps) {
  return (
    <div className="review-toolbar">
      {REVIEW_ACTION_ROWS.map((row, index) => (
        <div className="review-toolbar-row" key={index}>
          {row.map((action) => (
            <Tooltip key={action.name} title={action.hint} mouseEnterDelay={0.6}>
              <Button size="small" disabled={!selected || !action.targets.includes(selected.kind)} onClick={() => onRun(action)}>
                {action.label}
              </Button>
            </Tooltip>
          ))}
          {index === 0 && (
            <Tooltip title="撤销上一次修改" mouseEnterDelay={0.6}>
              <Button size="small" className="review-undo" disabled={!canUndo} onClick={onUndo}>
                撤销
              </Button>
            </Tooltip>
          )}
        </div>
      ))}
      <Alert
        className="review-status"
        role="status"
        type={status?.type ?? 'info'}
        showIcon={status !== null}
        title={
          status?.text ??
          (selected ? '选中后可用上面的按钮更正识别结果；保存的是更正后的通报。' : '选中左侧的一个条目或段落，右侧原文中会标出它所在的行。')
        }
      />
    </div>
  );
}
