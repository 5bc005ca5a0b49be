import { NoticeNotFoundError } from '../db/errors';
import { toApiError } from '../services/api-errors';

/** A failure as the command line says it: the window's sentence, on one line. */
export function failureMessage(error: unknown): string {
  // SQLite's and Node's own errors (they carry a code) are English: say them as the window does.
  const coded = typeof (error as { code?: unknown } | null)?.code === 'string';
  const said = coded ? toApiError(error).message : error instanceof Error ? error.message : String(error);
  // Where a command-line user finds the ids.
  const message = error instanceof NoticeNotFoundError ? `${said}可用 list 命令查看全部通报。` : said;
  return message.replace(/：\n/g, '：').replace(/\n/g, '；');
}
