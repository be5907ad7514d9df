import { APP_EVENT_NAMES } from '../../../src-shared/contract/events';
import type { AppCore } from '../../app-core';
import { EVENT_CHANNEL, INVOKE_CHANNEL, type EventMessage } from './channels';
import { isTrustedSender } from './trusted-origin';

/*
 * Electron's objects are passed in (ipcMain, the window's webContents) and described by the
 * few members used here, so this bridge is tested without an Electron binary.
 */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export interface InvokeEventLike {
  sender: { id: number };
  /** Electron gives null when the frame navigated or was destroyed meanwhile. */
  senderFrame: { url: string; parent: unknown } | null;
}

export interface WebContentsLike {
  id: number;
  isDestroyed(): boolean;
  send(channel: string, message: EventMessage): void;
}

export interface IpcBridge {
  /** Pushes an event to the window (core events, menu commands). Dropped once the window is gone. */
  emit(event: string, payload: unknown): void;
  /** Removes the handler and every core subscription: call when the window closes. */
  dispose(): void;
}

/**
 * The Electron transport: `fingood:invoke` calls go to the core's dispatcher (which validates
 * every argument), and every core event is forwarded. Only our window's top frame on our own
 * page is answered; anything else is refused before the core sees it.
 */
export function connectIpc(deps: {
  ipcMain: IpcMainLike;
  core: Pick<AppCore, 'dispatch' | 'events'>;
  webContents: WebContentsLike;
  entryUrl: string;
}): IpcBridge {
  const { ipcMain, core, webContents, entryUrl } = deps;
  const expected = { webContentsId: webContents.id, entryUrl };

  ipcMain.handle(INVOKE_CHANNEL, (event, method, args) => {
    const frame = event.senderFrame;
    const sender = {
      webContentsId: event.sender.id,
      frame: frame ? { url: frame.url, isMainFrame: frame.parent === null } : null,
    };
    if (!isTrustedSender(sender, expected)) {
      throw new Error('FinGood answers only its own window.');
    }
    return core.dispatch(typeof method === 'string' ? method : String(method), args);
  });

  const emit = (event: string, payload: unknown) => {
    if (!webContents.isDestroyed()) webContents.send(EVENT_CHANNEL, { event, payload });
  };
  const unsubscribe = APP_EVENT_NAMES.map((name) => core.events.on(name, (payload) => emit(name, payload)));

  return {
    emit,
    dispose() {
      ipcMain.removeHandler(INVOKE_CHANNEL);
      for (const u of unsubscribe) u();
    },
  };
}
