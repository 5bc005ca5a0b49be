import { API_METHODS, type Api, type ApiMethod, type ApiResult } from '../../shared/api';
import { API_ARGUMENTS } from '../../shared/api-arguments';
import { describeIssues } from '../../shared/model/schemas';
import { toApiError } from '../services/api-errors';

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && (API_METHODS as readonly string[]).includes(name);
}

/**
 * One call from the window: validates the arguments with the contract's
 * schemas, calls the service, and answers a result that never throws across
 * the boundary.
 */
export async function dispatchApiCall(services: Api, method: unknown, args: unknown): Promise<ApiResult<unknown>> {
  if (!isApiMethod(method)) return { ok: false, error: { code: 'invalid-argument', message: `未知的操作：${String(method)}` } };
  const parsed = API_ARGUMENTS[method].safeParse(args);
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid-argument', message: `传入的数据有误：\n${describeIssues(parsed.error)}` } };
  }
  try {
    const call = services[method] as (...a: unknown[]) => Promise<unknown>;
    return { ok: true, value: await call(...(parsed.data as unknown[])) };
  } catch (error) {
    const answer = toApiError(error);
    // The window gets only the Chinese sentence; what went wrong stays in the main process's log.
    if (answer.code === 'internal') console.error(error);
    return { ok: false, error: answer };
  }
}
