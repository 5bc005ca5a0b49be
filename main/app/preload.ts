import { contextBridge, ipcRenderer } from 'electron';
import { API_METHODS, apiChannel } from '../../shared/api';
import { createLifecycle, LIFECYCLE_CHANNELS } from '../../shared/lifecycle';

// The window gets exactly the contract's methods, each a call to its own
// channel; ipcRenderer itself never crosses into the page.
const api = Object.fromEntries(
  API_METHODS.map((method) => [method, (...args: unknown[]) => ipcRenderer.invoke(apiChannel(method), ...args)]),
);

contextBridge.exposeInMainWorld('api', Object.freeze(api));

// The window's close: one registration function over two fixed channels
// (shared/lifecycle.ts); the page sees neither the channels nor the event.
const lifecycle = createLifecycle(
  {
    on: (channel, listener) => ipcRenderer.on(channel, (_event, ...args: unknown[]) => listener(...args)),
    send: (channel, ...args) => ipcRenderer.send(channel, ...args),
  },
  LIFECYCLE_CHANNELS,
);

contextBridge.exposeInMainWorld('lifecycle', lifecycle);
