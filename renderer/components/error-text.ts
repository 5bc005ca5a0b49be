import { ApiCallError } from '../api-client';

/**
 * What to tell the user when `action` (复制, 删除 …) failed. The main
 * process answers in Chinese, ready to show; anything else is a bug whose
 * message is English and meaningless to the user, so it goes to the console
 * and the user gets a plain Chinese sentence.
 */
export function errorText(action: string, error: unknown): string {
  if (error instanceof ApiCallError) return `${action}失败：${error.message}`;
  console.error(error);
  return `${action}失败，请重试；如果仍然失败，请重新启动程序。`;
}
