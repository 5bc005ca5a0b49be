import { Alert, App, Button, Card, Flex, Spin, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { AutomaticBackup, BackupSettingsView, BackupSummary, DatabaseCheck } from '../../../shared/model/backup';
import { useServices } from '../../app/services';
import { errorText } from '../../components/error-text';
import { AutomaticBackupsField } from './AutomaticBackupsField';
import { BackupSummaryView } from './BackupSummaryView';

type Busy = null | 'backup' | 'restore' | 'check' | 'settings';

/** What the card last did, shown under its buttons until the next action. */
type Outcome =
  | { kind: 'backup'; summary: BackupSummary }
  | { kind: 'restore'; summary: BackupSummary; previous: string }
  | { kind: 'check'; check: DatabaseCheck };

/**
 * 设置 → 备份与恢复: 立即备份 to a chosen file, 从备份恢复 (what the chosen
 * file holds, then a confirmation saying the current data is backed up
 * first), 检查数据库, and the automatic backups. Each action takes effect at
 * once, apart from the settings form and its 保存.
 */
export function BackupCard() {
  const { api } = useServices();
  const { message, modal } = App.useApp();
  const [settings, setSettings] = useState<BackupSettingsView | null>(null);
  const [backups, setBackups] = useState<AutomaticBackup[]>([]);
  const [busy, setBusy] = useState<Busy>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      const [next, list] = await Promise.all([api.getBackupSettings(), api.listAutomaticBackups()]);
      setSettings(next);
      setBackups(list);
    } catch (error) {
      setFailure(errorText('读取备份设置', error));
    }
  }, [api]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  /** Runs one action with its button spinning; a failure is shown in the card, in the main process's words. */
  const run = async (what: Exclude<Busy, null>, action: string, task: () => Promise<void>) => {
    setBusy(what);
    setFailure(null);
    try {
      await task();
    } catch (error) {
      setOutcome(null);
      setFailure(errorText(action, error));
    } finally {
      setBusy(null);
    }
  };

  const backupNow = () =>
    run('backup', '备份', async () => {
      const result = await api.backupNow();
      if (result.status === 'canceled') return;
      setOutcome({ kind: 'backup', summary: result.summary });
      message.success('备份完成');
    });

  const confirmRestore = (summary: BackupSummary) =>
    new Promise<boolean>((resolve) => {
      modal.confirm({
        title: '用这个备份恢复？',
        width: 620,
        content: (
          <Flex vertical gap={12}>
            <BackupSummaryView summary={summary} />
            <Typography.Text>
              恢复后，当前的全部通报将换成这个备份中的内容。恢复之前，程序会先把当前数据完整备份一份，保存在自动备份文件夹中，需要时可以再用它恢复回来。
            </Typography.Text>
          </Flex>
        ),
        okText: '先备份当前数据，再恢复',
        okButtonProps: { danger: true },
        cancelText: '取消',
        onOk: () => resolve(true),
        onCancel: () => resolve(false),
      });
    });

  const restore = () =>
    run('restore', '从备份恢复', async () => {
      const choice = await api.chooseRestoreFile();
      if (choice.status === 'canceled') return;
      if (!(await confirmRestore(choice.summary))) return;
      const result = await api.restoreBackup(choice.summary.path);
      setOutcome({ kind: 'restore', summary: result.restored, previous: result.previousDataBackup });
      message.success('已从备份恢复');
      await refresh();
      if (result.restartNeeded) askToRestart();
    });

  // The damaged store was open read-only: the restored data is read by a new start only.
  const askToRestart = () =>
    modal.info({
      title: '需要重新启动程序',
      content: '已从备份恢复。原来的数据库已损坏，是以只读方式打开的；重新启动程序后才能查看和修改恢复后的数据。',
      okText: '立即重新启动',
      onOk: () => api.restartApp(),
    });

  const check = () =>
    run('check', '检查数据库', async () => {
      setOutcome({ kind: 'check', check: await api.checkDatabase() });
    });

  const changeSettings = (task: () => Promise<BackupSettingsView>) =>
    run('settings', '保存备份设置', async () => {
      setSettings(await task());
      setBackups(await api.listAutomaticBackups());
      message.success('已保存');
    });

  return (
    <Card title="备份与恢复" size="small" className="backup-card">
      <Flex vertical gap={12}>
        <Flex gap={8} wrap>
          <Button type="primary" onClick={() => void backupNow()} loading={busy === 'backup'} disabled={busy !== null && busy !== 'backup'}>
            立即备份
          </Button>
          <Button onClick={() => void restore()} loading={busy === 'restore'} disabled={busy !== null && busy !== 'restore'}>
            从备份恢复
          </Button>
          <Button onClick={() => void check()} loading={busy === 'check'} disabled={busy !== null && busy !== 'check'}>
            检查数据库
          </Button>
        </Flex>
        <Typography.Text type="secondary">
          备份时程序照常可用；备份文件是一个完整的数据库文件，可复制到其他电脑，用“从备份恢复”打开。
        </Typography.Text>
        {failure && <Alert type="error" showIcon title={failure} role="alert" />}
        {outcome && <OutcomeView outcome={outcome} />}
        {settings ? (
          <AutomaticBackupsField
            key={`${settings.folder}:${settings.keep}`}
            settings={settings}
            backups={backups}
            busy={busy !== null}
            onChangeFolder={() => void changeSettings(() => api.chooseBackupFolder())}
            onDefaultFolder={() => void changeSettings(() => api.resetBackupFolder())}
            onKeep={(keep) => void changeSettings(() => api.saveBackupKeep(keep))}
          />
        ) : (
          !failure && <Spin size="small" />
        )}
      </Flex>
    </Card>
  );
}

function OutcomeView({ outcome }: { outcome: Outcome }) {
  if (outcome.kind === 'check') {
    const { check } = outcome;
    return (
      <Alert
        type={check.ok ? 'success' : 'error'}
        showIcon
        role="status"
        title={check.message}
        description={
          check.problems.length > 0 ? (
            <ul className="backup-problems">
              {check.problems.map((problem, index) => (
                <li key={index}>{problem}</li>
              ))}
            </ul>
          ) : undefined
        }
      />
    );
  }
  if (outcome.kind === 'backup') {
    return (
      <Alert
        type="success"
        showIcon
        role="status"
        title={`已备份到：${outcome.summary.path}`}
        description={`${outcome.summary.notices} 份通报，共 ${outcome.summary.items} 个问题，已通过完整性检查。`}
      />
    );
  }
  return (
    <Alert
      type="success"
      showIcon
      role="status"
      title={`已从备份恢复：${outcome.summary.fileName}（${outcome.summary.notices} 份通报）`}
      description={`恢复前的数据已备份到：${outcome.previous}`}
    />
  );
}
