import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { FinGoodBridge } from '../../../src-shared/contract/bridge';
import { EVENT_CHANNEL, INVOKE_CHANNEL, type EventMessage } from './channels';

/*
 * The renderer's whole view of Electron: a transport, not an API (DESIGN.md §3). It must stay
 * this small: every method added here is reachable by any script the page ever runs. It
 * exposes no ipcRenderer, no channel names and no IPC event objects (those carry `sender`).
 * Built as CommonJS: a sandboxed preload runs as a plain script.
 */

const invoke = (method: string, args?: unknown): Promise<unknown> => ipcRenderer.invoke(INVOKE_CHANNEL, method, args);

const bridge: FinGoodBridge = {
  invoke,
  on(event, cb) {
    const listener = (_e: IpcRendererEvent, msg: EventMessage) => {
      if (msg?.event === event) cb(msg.payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, listener);
    };
  },
  upload: (name, bytes) => invoke('imports.upload', { name, bytes }),
};

contextBridge.exposeInMainWorld('fingood', bridge);
