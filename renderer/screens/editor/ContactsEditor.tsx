import { Button, Input, Select, Space } from 'antd';
import { CONTACT_KINDS, DEFAULT_CONTACT_LABELS, type Contact, type ContactKind } from '../../../shared/model/notice';
import { newContact } from './new-contact';

/** The contact channels after the closing sentence, in the order they print. */
export function ContactsEditor({ contacts, onChange }: { contacts: Contact[]; onChange: (contacts: Contact[]) => void }) {
  const set = (index: number, patch: Partial<Contact>) => onChange(contacts.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  const move = (index: number, delta: -1 | 1) => {
    const next = contacts.slice();
    [next[index], next[index + delta]] = [next[index + delta]!, next[index]!];
    onChange(next);
  };
  const changeKind = (index: number, kind: ContactKind) => {
    const contact = contacts[index]!;
    // A label still the default of the old kind follows the new kind; a label the user wrote stays.
    const label =
      contact.label === DEFAULT_CONTACT_LABELS[contact.kind] || contact.label === '' ? DEFAULT_CONTACT_LABELS[kind] : contact.label;
    set(index, { kind, label });
  };
  return (
    <div className="contacts-editor">
      {contacts.map((contact, index) => (
        <Space.Compact key={index} block className="metadata-contact">
          <Select
            aria-label={`第${index + 1}项联系方式的类别`}
            value={contact.kind}
            style={{ width: 110 }}
            onChange={(kind) => changeKind(index, kind)}
            options={CONTACT_KINDS.map((k) => ({ value: k, label: DEFAULT_CONTACT_LABELS[k] }))}
          />
          <Input
            aria-label={`第${index + 1}项联系方式的名称`}
            value={contact.label}
            style={{ width: 120 }}
            onChange={(e) => set(index, { label: e.target.value })}
          />
          <Input
            aria-label={`第${index + 1}项联系方式的内容`}
            value={contact.value}
            placeholder="号码、地址或邮箱"
            onChange={(e) => set(index, { value: e.target.value })}
          />
          <Button aria-label="上移" disabled={index === 0} onClick={() => move(index, -1)}>
            上移
          </Button>
          <Button aria-label="下移" disabled={index === contacts.length - 1} onClick={() => move(index, 1)}>
            下移
          </Button>
          <Button danger onClick={() => onChange(contacts.filter((_, i) => i !== index))}>
            删除
          </Button>
        </Space.Compact>
      ))}
      <Button type="dashed" block onClick={() => onChange([...contacts, newContact(contacts)])}>
        新增联系方式
      </Button>
    </div>
  );
}
