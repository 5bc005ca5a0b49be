import { Input, Modal, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { MAX_VERSION_NAME_LENGTH, SUGGESTED_VERSION_NAMES } from '../../../../shared/versions/version-types';

/**
 * 保存当前版本: asks for a name. The usual names are one click away as tags
 * under the field (a dropdown would cover the dialog's buttons).
 */
export function SaveVersionModal({
  open,
  saving,
  onSave,
  onCancel,
}: {
  open: boolean;
  saving: boolean;
  onSave: (name: string) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState('');
  useEffect(() => {
    if (open) setName('');
  }, [open]);
  const trimmed = name.trim();
  const tooLong = trimmed.length > MAX_VERSION_NAME_LENGTH;
  const valid = trimmed !== '' && !tooLong;
  return (
    <Modal
      title="保存当前版本"
      open={open}
      okText="保存"
      cancelText="取消"
      confirmLoading={saving}
      okButtonProps={{ disabled: !valid }}
      onOk={() => onSave(trimmed)}
      onCancel={onCancel}
      destroyOnHidden
      className="save-version-modal"
    >
      <Typography.Paragraph type="secondary">把通报现在的内容保存为一个有名称的版本，以后可以查看、比较或恢复。</Typography.Paragraph>
      <label className="version-name-field">
        <span>版本名称</span>
        <Input
          aria-label="版本名称"
          autoFocus
          value={name}
          onChange={(event) => setName(event.target.value)}
          onPressEnter={() => valid && !saving && onSave(trimmed)}
          placeholder="例如：送审稿、定稿"
          status={tooLong ? 'error' : undefined}
        />
      </label>
      <Space size={4} className="version-name-suggestions">
        <Typography.Text type="secondary">常用：</Typography.Text>
        {SUGGESTED_VERSION_NAMES.map((suggestion) => (
          <Tag.CheckableTag key={suggestion} checked={trimmed === suggestion} onChange={() => setName(suggestion)}>
            {suggestion}
          </Tag.CheckableTag>
        ))}
      </Space>
      {tooLong && (
        <div>
          <Typography.Text type="danger">版本名称不能超过 {MAX_VERSION_NAME_LENGTH} 个字</Typography.Text>
        </div>
      )}
    </Modal>
  );
}
