import { describe, expect, it } from 'vitest';
import type { JobView } from '../../../src-shared/contract/views';
import { createEventHub } from '../../event-hub';
import { EVENT_CHANNEL, INVOKE_CHANNEL, type EventMessage } from './channels';
import { connectIpc, type InvokeEventLike } from './ipc';
import { APP_ENTRY_URL } from './trusted-origin';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => unknown;

function setup() {
  const handlers = new Map<string, Listener>();
  const ipcMain = {
    handle: (channel: string, l: Listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`); // as Electron does
      handlers.set(channel, l);
    },
    removeHandler: (channel: string) => void handlers.delete(channel),
  };
  const sent: EventMessage[] = [];
  let destroyed = false;
  const webContents = {
    id: 3,
    isDestroyed: () => destroyed,
    send: (channel: string, msg: EventMessage) => { if (channel === EVENT_CHANNEL) sent.push(msg); },
  };
  const calls: { method: string; args: unknown }[] = [];
  const events = createEventHub();
  const core = {
    events,
    dispatch: async (method: string, args: unknown) => {
      calls.push({ method, args });
      return { ok: true as const, value: 'done' };
    },
  };
  const bridge = connectIpc({ ipcMain, core, webContents, entryUrl: APP_ENTRY_URL });
  const invoke = (event: InvokeEventLike, ...args: unknown[]) => handlers.get(INVOKE_CHANNEL)!(event, ...args);
  return { handlers, sent, calls, events, bridge, invoke, destroy: () => { destroyed = true; } };
}

const fromOurPage: InvokeEventLike = { sender: { id: 3 }, senderFrame: { url: 'fingood://app/index.html', parent: null } };

describe('Electron IPC bridge', () => {
  it('hands calls from our page to the dispatcher and returns its Result', async () => {
    const t = setup();
    await expect(t.invoke(fromOurPage, 'transactions.list', { limit: 5 })).resolves.toEqual({ ok: true, value: 'done' });
    expect(t.calls).toEqual([{ method: 'transactions.list', args: { limit: 5 } }]);
  });

  it('refuses calls from an iframe, another window or a foreign page before the core sees them', async () => {
    const t = setup();
    const foreign: InvokeEventLike[] = [
      { sender: { id: 3 }, senderFrame: { url: 'fingood://app/index.html', parent: {} } },
      { sender: { id: 4 }, senderFrame: { url: 'fingood://app/index.html', parent: null } },
      { sender: { id: 3 }, senderFrame: { url: 'https://evil.example/', parent: null } },
      { sender: { id: 3 }, senderFrame: null },
    ];
    for (const e of foreign) expect(() => t.invoke(e, 'ledger.info', {})).toThrow(/only its own window/);
    expect(t.calls).toEqual([]);
  });

  it('forwards every core event to the window, and nothing after the window is gone', () => {
    const t = setup();
    t.events.emit('ledger.changed', { tables: ['transactions'], version: 2 });
    t.events.emit('job.finished', { id: 'j' } as unknown as JobView);
    t.bridge.emit('menu.command', { command: 'show', view: 'import' });
    expect(t.sent).toEqual([
      { event: 'ledger.changed', payload: { tables: ['transactions'], version: 2 } },
      { event: 'job.finished', payload: { id: 'j' } },
      { event: 'menu.command', payload: { command: 'show', view: 'import' } },
    ]);
    t.destroy();
    t.events.emit('ledger.changed', { tables: [], version: 3 });
    expect(t.sent).toHaveLength(3);
  });

  it('dispose unsubscribes and frees the channel for the next window', () => {
    const t = setup();
    t.bridge.dispose();
    expect(t.handlers.has(INVOKE_CHANNEL)).toBe(false);
    t.events.emit('ledger.changed', { tables: [], version: 1 });
    expect(t.sent).toEqual([]);
    // A window reopened later (macOS) registers the handler again.
    const ipcMain = { handle: (c: string, l: Listener) => void t.handlers.set(c, l), removeHandler: () => undefined };
    connectIpc({ ipcMain, core: { events: t.events, dispatch: async () => ({ ok: true as const, value: 1 }) }, webContents: { id: 9, isDestroyed: () => false, send: () => undefined }, entryUrl: APP_ENTRY_URL });
    expect(t.handlers.has(INVOKE_CHANNEL)).toBe(true);
  });
});
