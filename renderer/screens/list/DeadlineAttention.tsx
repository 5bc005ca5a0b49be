import { Space, Tag, Tooltip } from 'antd';
import type { NoticeAttention } from '../../../shared/model/notice-summary';

/**
 * A notice's items past their 整改时限 (red) and due within the warning
 * days (orange), as counted when the list was read; nothing when none are.
 */
export function DeadlineAttention({ attention }: { attention: NoticeAttention | undefined }) {
  if (!attention || (attention.overdue === 0 && attention.dueSoon === 0)) return null;
  return (
    <Space size={4} wrap className="deadline-attention" style={{ marginLeft: 8 }}>
      {attention.overdue > 0 && (
        <Tooltip title={`${attention.overdue} 个问题已超过整改时限，尚未销号`}>
          <Tag color="error" data-attention="overdue">
            超期 {attention.overdue}
          </Tag>
        </Tooltip>
      )}
      {attention.dueSoon > 0 && (
        <Tooltip title={`${attention.dueSoon} 个问题即将到期`}>
          <Tag color="warning" data-attention="dueSoon">
            临期 {attention.dueSoon}
          </Tag>
        </Tooltip>
      )}
    </Space>
  );
}
