import { Alert, App as AntApp, Button, Drawer, Space, Spin } from 'antd';
import { memo, useCallback, useState } from 'react';
import type { Notice } from '../../../../shared/model/notice';
import type { NoticeComparison } from '../../../../shared/versions/compare-notices';
import type { RestoreMode, VersionRef, VersionSummary } from '../../../../shared/versions/version-types';
import { useServices, useWritable } from '../../../app/services';
import { errorText } from '../../../components/error-text';
import { mayLeave } from '../../../components/leave-guard';
import { ComparisonView } from './ComparisonView';
import { RestoreModal } from './RestoreModal';
import { SaveVersionModal } from './SaveVersionModal';
import { VersionReader } from './VersionReader';
import { VersionTable } from './VersionTable';
import { useVersionsList } from './use-versions';
import { versionTitle } from './version-labels';
import './versions.css';

export interface VersionsDrawerProps {
  open: boolean;
  noticeId: string;
  onClose: () => void;
  /** Saves what the window holds; true when it is all stored (a version must hold the latest text). */
  flush: () => Promise<boolean>;
  /** The notice after 恢复为当前, as stored: the editor shows it. */
  onRestored: (notice: Notice) => void;
}

/** What the drawer shows: the list, one version read-only, or a comparison. */
type View =
  | { kind: 'list' }
  | { kind: 'read'; version: VersionSummary; notice: Notice | null }
  | { kind: 'compare'; older: string; newer: string; comparison: NoticeComparison | null };

/**
 * 历史版本: every version of the notice, 保存当前版本 with a name, and for
 * each version 查看 (read-only), 比较 (with the current state, or two
 * ticked versions) and 恢复 (over the notice, or as a new one).
 */
/** Leaves for another notice the way the top bar leaves: saving first, asking if that failed. */
async function openNotice(id: string): Promise<void> {
  if (await mayLeave()) location.hash = `#/editor/${encodeURIComponent(id)}`;
}

export const VersionsDrawer = memo(function VersionsDrawer({ open, noticeId, onClose, flush, onRestored }: VersionsDrawerProps) {
  const writable = useWritable();
  const { api } = useServices();
  const { message, modal } = AntApp.useApp();
  const list = useVersionsList(api, noticeId, open);
  const [view, setView] = useState<View>({ kind: 'list' });
  const [selected, setSelected] = useState<number[]>([]);
  const [saveOpen, setSaveOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [restoring, setRestoring] = useState<VersionSummary | null>(null);
  const [restoreMode, setRestoreMode] = useState<RestoreMode | null>(null);

  /** Everything typed is in the database before a version is taken or compared with 当前. */
  const flushed = useCallback(
    async (what: string) => {
      if (await flush()) return true;
      modal.error({ title: `无法${what}`, content: '通报的最新修改尚未保存成功，请先点击“重试”保存后再操作。', okText: '知道了' });
      return false;
    },
    [flush, modal],
  );

  const save = async (name: string) => {
    setSaving(true);
    try {
      if (!(await flushed('保存版本'))) return;
      const version = await api.saveVersion(noticeId, name);
      message.success({ content: `已保存版本“${version.name}”`, className: 'version-message' });
      setSaveOpen(false);
      await list.reload();
    } catch (error) {
      message.error(errorText('保存版本', error));
    } finally {
      setSaving(false);
    }
  };

  const read = async (version: VersionSummary) => {
    setView({ kind: 'read', version, notice: null });
    try {
      const { notice } = await api.getVersion(noticeId, version.id);
      setView((current) => (current.kind === 'read' && current.version.id === version.id ? { ...current, notice } : current));
    } catch (error) {
      message.error(errorText('打开版本', error));
      setView({ kind: 'list' });
    }
  };

  const compare = async (older: VersionRef, newer: VersionRef, olderName: string, newerName: string) => {
    if ((older === 'current' || newer === 'current') && !(await flushed('比较'))) return;
    setView({ kind: 'compare', older: olderName, newer: newerName, comparison: null });
    try {
      const comparison = await api.compareVersions(noticeId, older, newer);
      setView((current) =>
        current.kind === 'compare' && current.older === olderName && current.newer === newerName ? { ...current, comparison } : current,
      );
    } catch (error) {
      message.error(errorText('比较', error));
      setView({ kind: 'list' });
    }
  };

  const compareSelected = () => {
    const chosen = (list.versions ?? []).filter((v) => selected.includes(v.id)).sort((a, b) => a.id - b.id);
    const [older, newer] = chosen;
    if (older && newer) void compare(older.id, newer.id, versionTitle(older), versionTitle(newer));
  };

  const restore = async (mode: RestoreMode) => {
    if (!restoring) return;
    setRestoreMode(mode);
    try {
      if (!(await flushed('恢复'))) return;
      const notice = await api.restoreVersion(noticeId, restoring.id, mode);
      setRestoring(null);
      if (mode === 'new') {
        message.success({
          content: (
            <span>
              已另存为新通报（草稿）。
              <Button type="link" size="small" onClick={() => void openNotice(notice.id)}>
                打开新通报
              </Button>
            </span>
          ),
          duration: 8,
          className: 'version-message',
        });
        return;
      }
      message.success({ content: `已恢复为“${versionTitle(restoring)}”；恢复前的内容已保存为一个历史版本`, className: 'version-message' });
      setView({ kind: 'list' });
      // The restored notice goes into the editor as one step of its history (撤销 takes it back); the drawer closes on it.
      onRestored(notice);
      onClose();
    } catch (error) {
      message.error(errorText('恢复', error));
    } finally {
      setRestoreMode(null);
    }
  };

  const back = <Button onClick={() => setView({ kind: 'list' })}>返回版本列表</Button>;
  let title = '历史版本';
  let body;
  if (view.kind === 'read') {
    title = `查看版本：${versionTitle(view.version)}`;
    body = view.notice ? <VersionReader notice={view.notice} /> : <Spin className="versions-spin" />;
  } else if (view.kind === 'compare') {
    title = '比较版本';
    body = view.comparison ? (
      <ComparisonView comparison={view.comparison} older={view.older} newer={view.newer} />
    ) : (
      <Spin className="versions-spin" />
    );
  } else {
    body = (
      <>
        {list.failure && <Alert type="error" showIcon title={list.failure} className="versions-failure" />}
        <VersionTable
          versions={list.versions ?? []}
          loading={list.loading && list.versions === null}
          selected={selected}
          onSelect={setSelected}
          onView={(v) => void read(v)}
          onCompareWithCurrent={(v) => void compare(v.id, 'current', versionTitle(v), '当前')}
          onRestore={setRestoring}
        />
      </>
    );
  }

  const extra =
    view.kind === 'list' ? (
      <Space>
        <Button disabled={selected.length !== 2} onClick={compareSelected}>
          比较所选的两个版本
        </Button>
        <Button type="primary" disabled={!writable} onClick={() => setSaveOpen(true)}>
          保存当前版本
        </Button>
      </Space>
    ) : view.kind === 'read' ? (
      <Space>
        {back}
        <Button disabled={!writable} onClick={() => setRestoring(view.version)}>
          恢复此版本
        </Button>
      </Space>
    ) : (
      back
    );

  return (
    <Drawer
      title={title}
      className="versions-drawer"
      open={open}
      onClose={onClose}
      size="min(860px, calc(100vw - 120px))"
      extra={extra}
      afterOpenChange={(visible) => {
        if (!visible) {
          setView({ kind: 'list' });
          setSelected([]);
        }
      }}
    >
      {body}
      <SaveVersionModal open={saveOpen} saving={saving} onSave={(name) => void save(name)} onCancel={() => setSaveOpen(false)} />
      <RestoreModal
        version={restoring}
        running={restoreMode}
        onRestore={(mode) => void restore(mode)}
        onCancel={() => setRestoring(null)}
      />
    </Drawer>
  );
});
