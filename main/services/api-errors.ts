import { ZodError } from 'zod';
import type { ApiError } from '../../shared/api';
import { describeIssues } from '../../shared/model/schemas';
import { InvalidInputError, NotFoundError, StoreError } from '../db/errors';
import { ImportError } from '../../shared/import/errors';
import { FileWriteError } from '../export/write-file-atomic';

/** Any failure as the window shows it: a kind, and a message in Chinese. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ZodError) return { code: 'invalid-argument', message: `数据有误：\n${describeIssues(error)}` };
  if (error instanceof NotFoundError) return { code: 'not-found', message: error.message };
  if (error instanceof InvalidInputError) return { code: 'invalid-argument', message: error.message };
  if (error instanceof StoreError) return { code: 'database', message: error.message };
  if (error instanceof FileWriteError) return { code: 'file', message: error.message };
  if (error instanceof ImportError) return { code: 'file', message: error.message };
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `操作未能完成：${detail}` };
}
