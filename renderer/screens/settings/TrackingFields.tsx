import { Flex, Form, Input, InputNumber } from 'antd';
import { DEFAULT_STATUS_LABELS, ITEM_STATUSES } from '../../../shared/model/notice';

const MAX_LABEL = 10;

/**
 * 整改跟踪: what the office calls each status (the words appear in the
 * editor, the overview, both ledgers and the figures sentence) and how many
 * days before its deadline an item turns yellow in the overview.
 */
export function TrackingFields() {
  return (
    <>
      <Flex gap={12} wrap>
        {ITEM_STATUSES.map((status) => (
          <Form.Item
            key={status}
            name={['statusLabels', status]}
            label={`状态名称（默认“${DEFAULT_STATUS_LABELS[status]}”）`}
            style={{ width: 200 }}
            rules={[
              { required: true, whitespace: true, message: '状态名称不能为空' },
              { max: MAX_LABEL, message: `不能超过 ${MAX_LABEL} 个字` },
              ({ getFieldValue }) => ({
                validator: async (_, value?: string) => {
                  const others = ITEM_STATUSES.filter((s) => s !== status).map((s) =>
                    String(getFieldValue(['statusLabels', s]) ?? '').trim(),
                  );
                  if (value && others.includes(value.trim())) throw new Error('与其他状态的名称相同');
                },
              }),
            ]}
          >
            <Input aria-label={`${DEFAULT_STATUS_LABELS[status]}的名称`} maxLength={MAX_LABEL} />
          </Form.Item>
        ))}
      </Flex>
      <Form.Item
        name="dueSoonDays"
        label="到期前提醒天数"
        extra="整改时限在这些天之内的问题，在整改总览中标为黄色（即将到期）；已过时限的标为红色。"
        rules={[{ required: true, message: '请填写提醒天数' }]}
      >
        <InputNumber<number> aria-label="到期前提醒天数" min={1} max={365} precision={0} suffix="天" style={{ width: 160 }} />
      </Form.Item>
    </>
  );
}
