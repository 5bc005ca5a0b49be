import { Button, Form, Input, Select, Typography, type FormInstance } from 'antd';
import { CONTACT_KINDS, DEFAULT_CONTACT_LABELS, type Contact, type ContactKind } from '../../../shared/model/notice';
import type { SettingsFormValues } from './settings-form';

const KIND_OPTIONS = CONTACT_KINDS.map((kind) => ({ value: kind, label: DEFAULT_CONTACT_LABELS[kind] }));
const DEFAULT_LABELS = new Set<string>(Object.values(DEFAULT_CONTACT_LABELS));

/** The contact channels printed after the closing sentence, in the order kept here. */
export function ContactsField({ form }: { form: FormInstance<SettingsFormValues> }) {
  // Choosing another kind renames a label the user has not written themselves.
  const changeKind = (index: number, kind: ContactKind) => {
    const label = form.getFieldValue(['contacts', index, 'label']) as string;
    if (label.trim() === '' || DEFAULT_LABELS.has(label.trim())) {
      form.setFieldValue(['contacts', index, 'label'], DEFAULT_CONTACT_LABELS[kind]);
    }
  };

  return (
    <Form.List name="contacts">
      {(fields, { add, remove, move }) => (
        <div className="contact-list" role="group" aria-label="联系方式">
          {fields.length > 0 && (
            <div className="contact-row contact-head">
              <Typography.Text type="secondary">类别</Typography.Text>
              <Typography.Text type="secondary">名称</Typography.Text>
              <Typography.Text type="secondary">内容</Typography.Text>
            </div>
          )}
          {fields.map((field, index) => (
            <div className="contact-row" key={field.key} role="group" aria-label={`第${index + 1}项联系方式`}>
              <Form.Item name={[field.name, 'kind']}>
                <Select aria-label="类别" options={KIND_OPTIONS} onChange={(kind: ContactKind) => changeKind(field.name, kind)} />
              </Form.Item>
              <Form.Item name={[field.name, 'label']}>
                <Input aria-label="名称" placeholder="如：联系电话" />
              </Form.Item>
              <Form.Item name={[field.name, 'value']} rules={[{ required: true, whitespace: true, message: '请填写联系方式的内容' }]}>
                <Input aria-label="内容" placeholder="号码、地址、邮编或邮箱" />
              </Form.Item>
              <div className="contact-actions">
                <Button type="link" size="small" disabled={index === 0} onClick={() => move(index, index - 1)}>
                  上移
                </Button>
                <Button type="link" size="small" disabled={index === fields.length - 1} onClick={() => move(index, index + 1)}>
                  下移
                </Button>
                <Button type="link" size="small" danger onClick={() => remove(index)}>
                  删除
                </Button>
              </div>
            </div>
          ))}
          {fields.length === 0 && (
            <Typography.Paragraph type="secondary">还没有联系方式，新通报的结尾将不列联系方式。</Typography.Paragraph>
          )}
          <Button onClick={() => add(newContact(fields.length))}>添加联系方式</Button>
        </div>
      )}
    </Form.List>
  );
}

/** Offers the channels in the order notices usually print them: phone, address, postcode, e-mail; each written 名称：内容. */
function newContact(count: number): Contact {
  const kind = CONTACT_KINDS[Math.min(count, CONTACT_KINDS.length - 1)]!;
  return { kind, label: DEFAULT_CONTACT_LABELS[kind], colon: '：', value: '' };
}
