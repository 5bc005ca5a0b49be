import { Button, Form, Input, Typography } from 'antd';
import type { CheckWordRow } from './settings-form';

const EMPTY_ROW: CheckWordRow = { wrong: '', right: '', note: '' };

/**
 * 易混词（本单位补充）: words the office wants the 送审检查 to catch beyond
 * the built-in list (a place name the unit often gets wrong, its own
 * department's name). Each is reported as an error with its fix.
 */
export function CheckWordsField() {
  return (
    <Form.List name="checkWords">
      {(fields, { add, remove }) => (
        <div className="check-word-list" role="group" aria-label="易混词（本单位补充）">
          {fields.length > 0 && (
            <div className="check-word-row contact-head">
              <Typography.Text type="secondary">误写</Typography.Text>
              <Typography.Text type="secondary">应为</Typography.Text>
              <Typography.Text type="secondary">说明（可不填）</Typography.Text>
            </div>
          )}
          {fields.map((field, index) => (
            <div className="check-word-row" key={field.key} role="group" aria-label={`第${index + 1}个易混词`}>
              <Form.Item
                name={[field.name, 'wrong']}
                rules={[
                  { required: true, whitespace: true, message: '请填写误写的词' },
                  { max: 20, message: '误写的词不能超过 20 个字' },
                ]}
              >
                <Input aria-label="误写" placeholder="如：莞城区" />
              </Form.Item>
              <Form.Item
                name={[field.name, 'right']}
                dependencies={[['checkWords', field.name, 'wrong']]}
                rules={[
                  { max: 20, message: '应为的词不能超过 20 个字' },
                  ({ getFieldValue }) => ({
                    validator: async (_, value?: string) => {
                      const wrong = (getFieldValue(['checkWords', field.name, 'wrong']) as string | undefined)?.trim() ?? '';
                      if (wrong !== '' && wrong === (value ?? '').trim()) throw new Error('误写与应为不能相同');
                    },
                  }),
                ]}
              >
                <Input aria-label="应为" placeholder="如：莞城街道" />
              </Form.Item>
              <Form.Item name={[field.name, 'note']} rules={[{ max: 100, message: '说明不能超过 100 个字' }]}>
                <Input aria-label="说明" placeholder="检查时附在提示后" />
              </Form.Item>
              <div className="contact-actions">
                <Button type="link" size="small" danger onClick={() => remove(index)}>
                  删除
                </Button>
              </div>
            </div>
          ))}
          {fields.length === 0 && (
            <Typography.Paragraph type="secondary">还没有本单位补充的易混词，检查时只用程序自带的词表。</Typography.Paragraph>
          )}
          <Button onClick={() => add({ ...EMPTY_ROW })}>添加易混词</Button>
        </div>
      )}
    </Form.List>
  );
}
