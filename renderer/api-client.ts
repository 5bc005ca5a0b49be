import type { Api, ApiError, ApiMethod, ApiResult } from '../shared/api';
import { API_METHODS } from '../shared/api';

/** An error the main process answered with; its message is ready to show. */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }
}

/** What the preload puts on window: each method answers an ApiResult. */
type RawApi = Record<ApiMethod, (...args: unknown[]) => Promise<ApiResult<unknown>>>;

declare global {
  interface Window {
    api?: RawApi;
  }
}

/** The contract as the UI uses it: values come back, errors are thrown as ApiCallError. */
export function createApiClient(raw: RawApi | undefined = window.api): Api {
  if (!raw) throw new Error('程序接口不可用：请通过整改通报桌面程序打开此页面。');
  return Object.fromEntries(
    API_METHODS.map((method) => [
      method,
      async (...args: unknown[]) => {
        const result = await raw[method](...args);
        if (!result.ok) throw new ApiCallError(result.error);
        return result.value;
      },
    ]),
  ) as unknown as Api;
}
