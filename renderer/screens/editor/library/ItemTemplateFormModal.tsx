import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { MAX_TAG_LENGTH, MAX_TAGS, MAX_ITEM_TEMPLATE_NAME_LENGTH } from '../../../../shared/library/item-templates';
import { errorText } from '../../../components/error-text';

export interface TemplateFields {
  name: string;
  tags: string[];
}

export interface ItemTemplateFormModalProps {
  open: boolean;
  title: string;
  okText: string;
  /** What the form starts with. */
  initial: TemplateFields;
  /** Tags already in use, offered as suggestions. */
  knownTags: string[];
  /** Said above the form: what is being saved. */
  description?: string;
  /** Saves; a rejection is shown in the dialog, which stays open. */
  onSubmit: (fields: TemplateFields) => Promise<void>;
  onCancel: () => void;
}

/** The name and tags of a template, for 存为模板 and for 修改. */
export function ItemTemplateFormModal({
  open,
  title,
  okText,
  initial,
  knownTags,
  description,
  onSubmit,
  onCancel,
}: ItemTemplateFormModalProps) {
  const [form] = Form.useForm<TemplateFields>();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async () => {
    let fields: TemplateFields;
    try {
      fields = await form.validateFields();
    } catch {
      return; // The form shows what is wrong.
    }
    setSaving(true);
    setFailure(null);
    try {
      await onSubmit({ name: fields.name.trim(), tags: fields.tags ?? [] });
    } catch (error) {
      setFailure(errorText('保存模板', error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title={title}
      open={open}
      okText={okText}
      cancelText="取消"
      confirmLoading={saving}
      onOk={submit}
      onCancel={onCancel}
      destroyOnHidden
      afterClose={() => setFailure(null)}
      className="template-form-modal"
    >
      {description && <p className="form-hint">{description}</p>}
      <Form form={form} layout="vertical" initialValues={initial} preserve={false} onFinish={submit}>
        <Form.Item
          name="name"
          label="模板名称"
          rules={[
            { required: true, whitespace: true, message: '请填写模板名称' },
            { max: MAX_ITEM_TEMPLATE_NAME_LENGTH, message: `模板名称最多 ${MAX_ITEM_TEMPLATE_NAME_LENGTH} 个字` },
          ]}
        >
          <Input aria-label="模板名称" autoFocus maxLength={MAX_ITEM_TEMPLATE_NAME_LENGTH} showCount />
        </Form.Item>
        <Form.Item name="tags" label="标签" extra="输入后按回车添加，可添加多个，便于以后筛选。" rules={[{ validator: checkTags }]}>
          <Select
            aria-label="标签"
            mode="tags"
            placeholder="如：财务管理、选人用人"
            tokenSeparators={[',', '，', '、']}
            options={knownTags.map((tag) => ({ value: tag, label: tag }))}
          />
        </Form.Item>
      </Form>
      {failure && <Alert type="error" showIcon title={failure} />}
    </Modal>
  );
}

async function checkTags(_rule: unknown, tags: string[] | undefined): Promise<void> {
  if (!tags) return;
  if (tags.length > MAX_TAGS) throw new Error(`标签最多 ${MAX_TAGS} 个`);
  const long = tags.find((tag) => tag.trim().length > MAX_TAG_LENGTH);
  if (long) throw new Error(`每个标签最多 ${MAX_TAG_LENGTH} 个字：“${long}”过长`);
}
