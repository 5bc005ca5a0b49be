import { Alert, Button } from 'antd';
import { memo } from 'react';
import { STAGE_LABELS, type Stage } from '../../../shared/model/notice';

/**
 * The one line an item 待更新 shows above its progress: the text is the
 * previous stage's, to be rewritten; or, when it is still true as it stands,
 * 标记为已更新.
 */
export const NeedsUpdateNote = memo(function NeedsUpdateNote({
  previousStage,
  onMarkUpdated,
}: {
  previousStage: Stage | null;
  onMarkUpdated: () => void;
}) {
  const previous = previousStage ? `上一阶段（${STAGE_LABELS[previousStage]}）` : '上一阶段';
  return (
    <Alert
      className="needs-update-note"
      type="warning"
      showIcon
      title={`待更新：本条的整改落实情况沿用${previous}的内容，请改写为本阶段的进展。`}
      action={
        <Button size="small" onClick={onMarkUpdated} title="进展仍然属实、无需改写时，去掉“待更新”标记">
          标记为已更新
        </Button>
      }
    />
  );
});
