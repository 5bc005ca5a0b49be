import { Button, Modal, Typography } from 'antd';
import type { RestoreMode, VersionSummary } from '../../../../shared/versions/version-types';
import { versionTitle } from './version-labels';

/**
 * 恢复: the two ways, said plainly. Restoring over the notice is safe (what
 * it replaces becomes a version first), and the dialog says so.
 */
export function RestoreModal({
  version,
  running,
  onRestore,
  onCancel,
}: {
  version: VersionSummary | null;
  running: RestoreMode | null;
  onRestore: (mode: RestoreMode) => void;
  onCancel: () => void;
}) {
  return (
    <Modal
      title="恢复这个版本？"
      open={version !== null}
      onCancel={onCancel}
      className="restore-version-modal"
      footer={[
        <Button key="cancel" onClick={onCancel} disabled={running !== null}>
          取消
        </Button>,
        <Button key="new" onClick={() => onRestore('new')} loading={running === 'new'} disabled={running === 'current'}>
          另存为新通报
        </Button>,
        <Button
          key="current"
          type="primary"
          onClick={() => onRestore('current')}
          loading={running === 'current'}
          disabled={running === 'new'}
        >
          恢复为当前
        </Button>,
      ]}
    >
      {version && (
        <>
          <Typography.Paragraph>
            版本：<strong>{versionTitle(version)}</strong>
          </Typography.Paragraph>
          <Typography.Paragraph>
            “恢复为当前”：通报的内容换成这个版本的内容；换掉之前的内容会先自动保存为一个历史版本，随时可以找回。
          </Typography.Paragraph>
          <Typography.Paragraph>“另存为新通报”：用这个版本新建一份草稿通报，现在这份通报保持不变。</Typography.Paragraph>
        </>
      )}
    </Modal>
  );
}
