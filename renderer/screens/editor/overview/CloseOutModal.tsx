import { DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Item } from '../../../../shared/model/notice';
import { formatChineseDate, type IsoDate } from '../../../../shared/text/dates';
import { shortProblem } from '../../../../shared/tracking/overview-rows';
import { DATE_FORMATS } from '../DateField';
import { useTrackingClock } from './tracking-clock';

/** What 销号 writes on the item, in one change: done, the day it was done, the evidence noted. */
export type CloseOutPatch = Pick<Item, 'status' | 'completedOn' | 'evidence'>;

interface CloseOutValues {
  completedOn: Dayjs | null;
  evidence: string;
}

/**
 * 销号: asks the day the item was put right (today unless it says
 * otherwise; required) and an optional note of the evidence (证明材料).
 * A day before the feedback or after today is allowed, with a word to
 * check it: late entries and dates typed ahead both happen in an office.
 * For an item already 销号 the same dialog corrects the two.
 */
export function CloseOutModal({
  item,
  onConfirm,
  onCancel,
}: {
  item: Item | null;
  onConfirm: (id: string, patch: CloseOutPatch) => void;
  onCancel: () => void;
}) {
  const [form] = Form.useForm<CloseOutValues>();
  const { today, feedbackDate } = useTrackingClock();
  const chosen = Form.useWatch('completedOn', form);
  const again = item?.status === 'done';
  const submit = (values: CloseOutValues) => {
    if (!item || !values.completedOn) return;
    onConfirm(item.id, { status: 'done', completedOn: values.completedOn.format('YYYY-MM-DD'), evidence: values.evidence.trim() });
  };
  return (
    <Modal
      title={again ? '修改销号信息' : '销号'}
      open={item !== null}
      okText={again ? '保存' : '销号'}
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
      className="close-out-modal"
    >
      {item && (
        <Form<CloseOutValues>
          form={form}
          // No <form>: Enter in the date field commits the date, it does not 销号 behind the user's back.
          component="div"
          layout="vertical"
          preserve={false}
          initialValues={{ completedOn: dayjs(item.completedOn ?? today), evidence: item.evidence }}
          onFinish={submit}
        >
          <Typography.Paragraph type="secondary" className="close-out-problem">
            {shortProblem(item.problem, 60) || '（未填写反馈问题）'}
          </Typography.Paragraph>
          <Form.Item
            label="完成日期"
            name="completedOn"
            rules={[{ required: true, message: '请填写完成日期' }]}
            {...dateWarning(chosen ?? null, today, feedbackDate)}
          >
            <DatePicker aria-label="完成日期" style={{ width: '100%' }} format={DATE_FORMATS} placeholder="选择或输入日期" />
          </Form.Item>
          <Form.Item label="证明材料（可不填）" name="evidence">
            <Input.TextArea
              aria-label="证明材料"
              autoSize={{ minRows: 3, maxRows: 8 }}
              placeholder="证明整改完成的文件名称、文号等，如：《关于……的通知》（××〔2024〕5号）"
            />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}

/** A word under the date when it looks mistyped; it never stops the 销号. */
function dateWarning(date: Dayjs | null, today: IsoDate, feedbackDate: IsoDate | null): { validateStatus?: 'warning'; help?: string } {
  if (!date) return {};
  const chosen = date.format('YYYY-MM-DD');
  if (feedbackDate && chosen < feedbackDate)
    return { validateStatus: 'warning', help: `早于反馈日期（${formatChineseDate(feedbackDate)}），请核对` };
  if (chosen > today) return { validateStatus: 'warning', help: '晚于今天，请核对' };
  return {};
}
