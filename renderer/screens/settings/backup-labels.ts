import type { AutomaticBackupKind } from '../../../shared/model/backup';

export const BACKUP_KIND_LABELS: Record<AutomaticBackupKind, string> = {
  start: '每日启动时',
  quit: '退出时',
  'before-restore': '恢复前',
};

/** 1.2 MB, 640 KB: sizes as a file manager shows them. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
