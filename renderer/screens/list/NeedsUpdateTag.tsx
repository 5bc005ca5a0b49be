import { Tag, Tooltip } from 'antd';

/** 待更新 N beside a notice's stage: items carried over from the previous stage whose progress is not rewritten yet. None, no tag. */
export function NeedsUpdateTag({ count }: { count: number | undefined }) {
  if (!count) return null;
  return (
    <Tooltip title={`有 ${count} 个问题的整改进展沿用上一阶段，尚未更新`}>
      <Tag color="orange" className="needs-update-count">
        待更新 {count}
      </Tag>
    </Tooltip>
  );
}
