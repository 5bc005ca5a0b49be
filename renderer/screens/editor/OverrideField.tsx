import { Button, Input, Tag } from 'antd';

/**
 * A text the notice generates from its metadata (title, opening, closing)
 * that the user may rewrite by hand. It shows the generated text until
 * edited; 恢复自动生成 drops the hand-written one.
 */
export function OverrideField({
  label,
  generated,
  override,
  onChange,
  rows,
  findField,
}: {
  label: string;
  generated: string;
  override: string | null;
  onChange: (value: string | null) => void;
  rows: number;
  /** Marks the text area for 查找 (findFieldAttr). */
  findField?: string;
}) {
  const edited = override !== null;
  return (
    <div className="override-field">
      <div className="override-field-head">
        <span className="form-label">{label}</span>
        {edited ? <Tag color="orange">已手动修改</Tag> : <Tag>按上述信息自动生成</Tag>}
        {edited && (
          <Button size="small" type="link" onClick={() => onChange(null)}>
            恢复自动生成
          </Button>
        )}
      </div>
      <Input.TextArea
        aria-label={label}
        data-find-field={findField}
        value={override ?? generated}
        autoSize={{ minRows: rows, maxRows: rows * 3 }}
        onChange={(event) => onChange(event.target.value)}
      />
      {edited && override.trim() === '' && <div className="form-hint">留空时导出不含此项；点“恢复自动生成”可使用自动生成的内容。</div>}
    </div>
  );
}
