import { contextBridge, ipcRenderer } from 'electron';
import { API_METHODS, apiChannel } from '../../shared/api';

// The window gets exactly the contract's methods, each a call to its own
// channel; ipcRenderer itself never crosses into the page.
const api = Object.fromEntries(
  API_METHODS.map((method) => [method, (...args: unknown[]) => ipcRenderer.invoke(apiChannel(method), ...args)]),
);

contextBridge.exposeInMainWorld('api', Object.freeze(api));
