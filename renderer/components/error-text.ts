import { ApiCallError } from '../api-client';

/** What the user is told when the reason for a failure is not one the main process worded. */
export const INTERNAL_REASON = '程序内部出错，请重试；如果仍然失败，请重新启动程序。';

/**
 * Why a call failed, as the user may read it. The main process answers in
 * Chinese, ready to show; anything else (a TypeError, a broken channel) is a
 * bug whose message is English and meaningless to the user, so it goes to
 * the console and the user gets a plain Chinese sentence.
 */
export function errorReason(error: unknown): string {
  if (error instanceof ApiCallError) return error.message;
  console.error(error);
  return INTERNAL_REASON;
}

/** What to tell the user when `action` (复制, 删除 …) failed. */
export function errorText(action: string, error: unknown): string {
  if (error instanceof ApiCallError) return `${action}失败：${error.message}`;
  console.error(error);
  return `${action}失败，请重试；如果仍然失败，请重新启动程序。`;
}
