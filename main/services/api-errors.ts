import { ZodError } from 'zod';
import type { ApiError } from '../../shared/api';
import { describeIssues } from '../../shared/model/schemas';
import { InvalidInputError, NotFoundError, StoreError } from '../db/errors';
import { isDamageCode, sqliteReason, systemReason } from '../db/translate-error';
import { ImportError } from '../../shared/import/errors';
import { FileWriteError } from '../export/write-file-atomic';
import { LayoutTemplatesError } from '../layout-templates/load-layout-templates';

/**
 * Any failure as the window shows it: a kind, and a message in Chinese.
 * Errors from SQLite and from Node carry English messages; those are never
 * passed on — their codes are translated, and anything unknown becomes a
 * plain Chinese sentence (the caller may log the English for developers).
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ZodError) return { code: 'invalid-argument', message: `数据有误：\n${describeIssues(error)}` };
  if (error instanceof NotFoundError) return { code: 'not-found', message: error.message };
  if (error instanceof InvalidInputError) return { code: 'invalid-argument', message: error.message };
  if (error instanceof StoreError) return { code: 'database', message: error.message };
  if (error instanceof FileWriteError) return { code: 'file', message: error.message };
  if (error instanceof ImportError) return { code: 'file', message: error.message };
  // A layout the notice names that the templates do not have, or a templates folder that cannot be read: its Chinese sentence.
  if (error instanceof LayoutTemplatesError) return { code: 'invalid-argument', message: error.message };
  if (isDamageCode(error)) {
    return { code: 'database', message: '数据库文件已损坏，这次操作未能完成。请在“设置 → 备份与恢复”中检查数据库或从备份恢复。' };
  }
  const sqlite = sqliteReason(error);
  if (sqlite) return { code: 'database', message: `未能保存到数据库：${sqlite}。${ADVICE[sqlite] ?? ''}` };
  const system = systemReason(error);
  if (system) return { code: 'file', message: `操作未能完成：${system}。` };
  return { code: 'internal', message: '操作未能完成：程序内部出错。请重试；如果仍然失败，请重新启动程序。' };
}

/** What the user can do about it; the unsaved text stays in the window meanwhile. */
const ADVICE: Record<string, string> = {
  磁盘空间已满: '请清理磁盘空间后点击“重试”，窗口中的修改不会丢失。',
  文件或文件夹是只读的: '请检查数据库文件和所在文件夹的权限。',
  '数据库正被另一个程序占用，请关闭后重试': '',
  读写磁盘时出错: '请检查磁盘后重试，窗口中的修改不会丢失。',
};
