import { Button, Space, Tag, Typography } from 'antd';
import type { Item } from '../../../../shared/model/notice';
import { formatChineseDate } from '../../../../shared/text/dates';
import { REOPENED, useCloseOut } from './use-close-out';
import './overview.css';

/**
 * 销号 in the item's properties: the button while the item is open; once
 * done, 已销号 with its date and the evidence noted, 修改 to correct them
 * and 撤销销号 to open it again.
 */
export function CompletionFields({ item, onChange }: { item: Item; onChange: (id: string, patch: Partial<Item>) => void }) {
  const { ask, dialog } = useCloseOut(onChange);
  const done = item.status === 'done';
  return (
    <div className="completion-fields" data-closed-out={done ? '' : undefined}>
      {done ? (
        <>
          <div className="completion-state">
            <Tag color="success">已销号</Tag>
            <Typography.Text>{item.completedOn ? formatChineseDate(item.completedOn) : '未填完成日期'}</Typography.Text>
          </div>
          <Space size={0} className="completion-actions">
            <Button size="small" type="link" onClick={() => ask(item)}>
              修改
            </Button>
            <Button size="small" type="link" danger onClick={() => onChange(item.id, REOPENED)}>
              撤销销号
            </Button>
          </Space>
        </>
      ) : (
        <Button block onClick={() => ask(item)}>
          销号
        </Button>
      )}
      {item.evidence.trim() !== '' && (
        <div className="completion-evidence">
          <span className="form-label">证明材料</span>
          <Typography.Paragraph className="completion-evidence-text">{item.evidence}</Typography.Paragraph>
        </div>
      )}
      {dialog}
    </div>
  );
}
