import { AutoComplete, Button, Form, Select, Typography, type FormInstance } from 'antd';
import type { DocumentStyle, FontChoice, FontSlot } from '../../../shared/layout/style';
import { FONT_SLOTS, FONT_SUGGESTIONS, sameFont, type SettingsFormValues } from './settings-form';

// Word keeps at most 31 characters of a font name (LOGFONT's face name).
const MAX_FONT_NAME = 31;
const SUGGESTIONS = FONT_SUGGESTIONS.map((name) => ({ value: name }));

/** One line per font slot: the name, the fallbacks tried in order when it is missing, 恢复默认. */
export function FontFields({ form, style }: { form: FormInstance<SettingsFormValues>; style: DocumentStyle }) {
  return (
    <div className="font-grid" role="group" aria-label="导出字体">
      <Typography.Text type="secondary">用途</Typography.Text>
      <Typography.Text type="secondary">字体名称</Typography.Text>
      <Typography.Text type="secondary">备用字体（找不到字体名称时依次使用，输入后按回车添加）</Typography.Text>
      <span />
      {FONT_SLOTS.map(({ slot, label, use }) => (
        <FontRow key={slot} form={form} slot={slot} label={label} use={use} fallback={style.fonts[slot]} />
      ))}
    </div>
  );
}

interface FontRowProps {
  form: FormInstance<SettingsFormValues>;
  slot: FontSlot;
  label: string;
  use: string;
  /** The template's font for this slot (templates/style.json). */
  fallback: FontChoice;
}

function FontRow({ form, slot, label, use, fallback }: FontRowProps) {
  const current = Form.useWatch(['fonts', slot], form) as FontChoice | undefined;
  const isDefault = !current || sameFont(current, fallback);

  const restore = () => {
    form.setFieldValue(['fonts', slot], { name: fallback.name, fallbacks: [...fallback.fallbacks] });
    void form.validateFields([
      ['fonts', slot, 'name'],
      ['fonts', slot, 'fallbacks'],
    ]);
  };

  return (
    <>
      <div className="font-slot">
        <Typography.Text strong>{label}</Typography.Text>
        <Typography.Text type="secondary" className="font-use">
          {use}
        </Typography.Text>
      </div>
      <Form.Item
        name={['fonts', slot, 'name']}
        rules={[
          { required: true, whitespace: true, message: `请填写${label}的字体名称` },
          { max: MAX_FONT_NAME, message: `字体名称不能超过 ${MAX_FONT_NAME} 个字` },
        ]}
      >
        {/* Enter keeps what was typed (仿宋 must not become the first suggestion, 仿宋_GB2312); arrows pick a suggestion. */}
        <AutoComplete
          aria-label={`${label}字体名称`}
          defaultActiveFirstOption={false}
          options={[...SUGGESTIONS].sort((a, b) => rank(a.value, current?.name ?? '') - rank(b.value, current?.name ?? ''))}
          showSearch={{ filterOption: (input, option) => (option?.value ?? '').includes(input.trim()) }}
          placeholder="如：仿宋_GB2312"
        />
      </Form.Item>
      <Form.Item
        name={['fonts', slot, 'fallbacks']}
        rules={[{ validator: (_, value: string[] | undefined) => checkFallbacks(value ?? []) }]}
      >
        <Select
          aria-label={`${label}备用字体`}
          mode="tags"
          // The typed name is offered first, so Enter adds 仿宋 as typed, not the suggestion 仿宋_GB2312.
          showSearch={{ filterSort: typedFirst }}
          options={SUGGESTIONS}
          tokenSeparators={[',', '，', '、', ';', '；']}
          placeholder="无备用字体"
        />
      </Form.Item>
      <Button type="link" disabled={isDefault} onClick={restore} aria-label={`${label}恢复默认字体`}>
        恢复默认
      </Button>
    </>
  );
}

/** Suggestions ordered: the name exactly as typed, then names starting with it, then the rest as listed. */
function typedFirst(a: { value?: unknown }, b: { value?: unknown }, info: { searchValue: string }): number {
  return rank(a.value, info.searchValue) - rank(b.value, info.searchValue);
}

function rank(value: unknown, typed: string): number {
  const name = String(value ?? '');
  const search = typed.trim();
  return name === search ? 0 : name.startsWith(search) ? 1 : 2;
}

async function checkFallbacks(fallbacks: string[]): Promise<void> {
  if (fallbacks.some((font) => font.trim().length > MAX_FONT_NAME)) throw new Error(`字体名称不能超过 ${MAX_FONT_NAME} 个字`);
}
