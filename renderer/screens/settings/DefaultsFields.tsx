import { Button, Form, Input, type FormInstance } from 'antd';
import { ContactsField } from './ContactsField';
import type { SettingsFormValues } from './settings-form';

/** The office's own name, signature and contact channels, which every new notice starts with. */
export function DefaultsFields({ form }: { form: FormInstance<SettingsFormValues> }) {
  const issuer = Form.useWatch('issuer', form) as string | undefined;

  return (
    <>
      <div className="defaults-grid">
        <Form.Item name="issuer" label="发文机关" extra="用于标题和开头段，写全称。">
          <Input placeholder="如：中共某某市民政局党组" />
        </Form.Item>
        <Form.Item name="issuerShort" label="简称" extra="开头段中“以下简称”的名称。">
          <Input placeholder="如：市民政局党组" />
        </Form.Item>
        <Form.Item name="inspectingBody" label="巡察机关" extra="派出巡察组的党委。">
          <Input placeholder="如：市委、区委、县委" />
        </Form.Item>
        <Form.Item label="署名" extra="落款处的机关名称，通常与发文机关相同。">
          <div className="signature-field">
            <Form.Item name="signature" noStyle>
              <Input aria-label="署名" placeholder="如：中共某某市民政局党组" />
            </Form.Item>
            <Button disabled={!issuer?.trim()} onClick={() => form.setFieldValue('signature', issuer?.trim() ?? '')}>
              同发文机关
            </Button>
          </div>
        </Form.Item>
        <Form.Item name="contactsLead" label="联系方式引导语" extra="结束语之后、联系方式之前的文字。">
          <Input placeholder="联系方式：" />
        </Form.Item>
      </div>
      <Form.Item label="联系方式" extra="按这里的顺序印在结束语之后，可上移、下移调整。" style={{ marginBottom: 0 }}>
        <ContactsField form={form} />
      </Form.Item>
    </>
  );
}
