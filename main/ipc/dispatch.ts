import { z } from 'zod';
import { API_METHODS, type Api, type ApiMethod, type ApiResult } from '../../shared/api';
import { API_ARGUMENTS } from '../../shared/api-arguments';
import { describeIssues } from '../../shared/model/schemas';
import { InvalidInputError } from '../db/errors';
import { toApiError } from '../services/api-errors';
import { markChecked } from '../services/checked-arguments';

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && (API_METHODS as readonly string[]).includes(name);
}

/**
 * The issues as places inside the arguments: the leading index says which
 * argument of the call, which means nothing to the person reading it (the
 * command line's `show <编号>` has one argument, not an argument 0).
 */
function withinArguments(error: z.ZodError): z.ZodError {
  return new z.ZodError(error.issues.map((issue) => ({ ...issue, path: issue.path.slice(1) })));
}

/** A call's arguments checked with the contract's schemas: the parsed arguments, or the Chinese sentence why not. */
function checkArguments(method: ApiMethod, args: unknown): { ok: true; args: unknown[] } | { ok: false; message: string } {
  const parsed = API_ARGUMENTS[method].safeParse(args);
  if (!parsed.success) return { ok: false, message: `传入的数据有误：\n${describeIssues(withinArguments(parsed.error))}` };
  const checked = parsed.data as unknown[];
  // The service may rely on these being parsed already (a notice is not parsed twice on every autosave).
  markChecked(checked);
  return { ok: true, args: checked };
}

/**
 * One call from the window: validates the arguments with the contract's
 * schemas, calls the service, and answers a result that never throws across
 * the boundary.
 */
export async function dispatchApiCall(services: Api, method: unknown, args: unknown): Promise<ApiResult<unknown>> {
  if (!isApiMethod(method)) return { ok: false, error: { code: 'invalid-argument', message: `未知的操作：${String(method)}` } };
  const checked = checkArguments(method, args);
  if (!checked.ok) return { ok: false, error: { code: 'invalid-argument', message: checked.message } };
  try {
    const call = services[method] as (...a: unknown[]) => Promise<unknown>;
    return { ok: true, value: await call(...checked.args) };
  } catch (error) {
    const answer = toApiError(error);
    // The window gets only the Chinese sentence; what went wrong stays in the main process's log.
    if (answer.code === 'internal') console.error(error);
    return { ok: false, error: answer };
  }
}

/**
 * The services for a caller inside the main process (the command line):
 * every call's arguments checked first exactly as a call from the window
 * is, a refusal thrown as InvalidInputError with the same sentence.
 */
export function checkedServices(services: Api): Api {
  const checked: Partial<Record<ApiMethod, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const method of API_METHODS) {
    checked[method] = async (...args: unknown[]) => {
      const result = checkArguments(method, args);
      if (!result.ok) throw new InvalidInputError(result.message);
      return (services[method] as (...a: unknown[]) => Promise<unknown>)(...result.args);
    };
  }
  return checked as Api;
}
