import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { API_METHODS, apiChannel, type Api } from '../../shared/api';
import { dispatchApiCall } from '../ipc/dispatch';

/**
 * Registers every method of the contract on ipcMain, in one loop. A call
 * from anything but the app's own window and page is refused; arguments are
 * validated by the dispatcher before the service sees them.
 */
export function registerApi(services: Api, isTrustedSender: (event: IpcMainInvokeEvent) => boolean): void {
  for (const method of API_METHODS) {
    ipcMain.handle(apiChannel(method), (event, ...args: unknown[]) => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'invalid-argument', message: '拒绝来自未知页面的请求' } };
      }
      return dispatchApiCall(services, method, args);
    });
  }
}
