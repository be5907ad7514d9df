import { describe, expect, it } from 'vitest';
import { createWsTransport, type SocketLike, type WsTransportDeps } from './ws-transport';

class FakeSocket implements SocketLike {
  readyState = 0;
  sent: { id: number; method: string; args: unknown }[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  onclose: (() => void) | null = null;
  send(data: string) { this.sent.push(JSON.parse(data)); }
  open() { this.readyState = 1; this.onopen?.(); }
  close() { this.readyState = 3; this.onclose?.(); }
  deliver(msg: unknown) { this.onmessage?.({ data: JSON.stringify(msg) }); }
}

function setup(fetchImpl?: WsTransportDeps['fetch']) {
  const sockets: FakeSocket[] = [];
  const timers: { fn: () => void; ms: number }[] = [];
  const transport = createWsTransport({
    socketUrl: 'ws://127.0.0.1:9/ws',
    uploadUrl: (name) => `/api/upload?name=${encodeURIComponent(name)}`,
    createSocket: () => { const s = new FakeSocket(); sockets.push(s); return s; },
    fetch: fetchImpl ?? (async () => { throw new Error('no fetch in this test'); }),
    later: (fn, ms) => void timers.push({ fn, ms }),
  });
  return { transport, sockets, timers, socket: () => sockets[sockets.length - 1]! };
}

describe('createWsTransport', () => {
  it('sends calls made while connecting once the socket opens', async () => {
    const { transport, socket } = setup();
    const answer = transport.invoke('ledger.info', {});
    expect(socket().sent).toEqual([]);
    socket().open();
    expect(socket().sent).toEqual([{ id: 1, method: 'ledger.info', args: {} }]);
    socket().deliver({ id: 1, result: { ok: true, value: { transactionCount: 3 } } });
    await expect(answer).resolves.toEqual({ ok: true, value: { transactionCount: 3 } });
  });

  it('matches answers to requests by id, whatever order they come in', async () => {
    const { transport, socket } = setup();
    socket().open();
    const a = transport.invoke('jobs.list', { limit: 1 });
    const b = transport.invoke('accounts.list', {});
    const [first, second] = socket().sent;
    socket().deliver({ id: second!.id, result: { ok: true, value: ['accounts'] } });
    socket().deliver({ id: first!.id, result: { ok: false, error: { code: 'NOT_FOUND', message: 'gone' } } });
    await expect(b).resolves.toEqual({ ok: true, value: ['accounts'] });
    await expect(a).resolves.toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'gone' } });
  });

  it('turns an answer of the wrong shape into an error the user can read', async () => {
    const { transport, socket } = setup();
    socket().open();
    const answer = transport.invoke('ledger.info', {});
    socket().deliver({ id: 1, result: 'surprise' });
    const r = await answer;
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/does not understand/);
  });

  it('delivers pushed events to subscribers until they unsubscribe', () => {
    const { transport, socket } = setup();
    socket().open();
    const seen: unknown[] = [];
    const off = transport.on('ledger.changed', (p) => seen.push(p));
    socket().deliver({ event: 'ledger.changed', payload: { tables: ['transactions'], version: 1 } });
    socket().deliver({ event: 'job.progress', payload: { id: 'x' } });
    off();
    socket().deliver({ event: 'ledger.changed', payload: { tables: [], version: 2 } });
    expect(seen).toEqual([{ tables: ['transactions'], version: 1 }]);
  });

  it('keeps other subscribers hearing events when one of them throws', () => {
    const { transport, socket } = setup();
    socket().open();
    const seen: number[] = [];
    const quiet = console.error;
    console.error = () => undefined;
    try {
      transport.on('ledger.changed', () => { throw new Error('bug in a view'); });
      transport.on('ledger.changed', (p) => seen.push(p.version));
      socket().deliver({ event: 'ledger.changed', payload: { tables: [], version: 7 } });
    } finally {
      console.error = quiet;
    }
    expect(seen).toEqual([7]);
  });

  it('fails waiting calls when the connection drops, then reconnects and keeps subscriptions', async () => {
    const { transport, sockets, timers, socket } = setup();
    socket().open();
    const seen: number[] = [];
    transport.on('ledger.changed', (p) => seen.push(p.version));
    const answer = transport.invoke('transactions.list', { limit: 10, offset: 0 });
    socket().close();
    const r = await answer;
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/connection to FinGood was lost/);

    expect(timers.map((t) => t.ms)).toEqual([500]);
    timers[0]!.fn();
    expect(sockets).toHaveLength(2);
    socket().open();
    socket().deliver({ event: 'ledger.changed', payload: { tables: [], version: 3 } });
    expect(seen).toEqual([3]);
    const again = transport.invoke('ledger.info', {});
    socket().deliver({ id: socket().sent[0]!.id, result: { ok: true, value: 1 } });
    await expect(again).resolves.toEqual({ ok: true, value: 1 });
  });

  it('waits longer between reconnects while the host stays away, up to 10 s', () => {
    const { timers, socket } = setup();
    for (let i = 0; i < 8; i++) {
      socket().close();
      timers[timers.length - 1]!.fn();
    }
    expect(timers.map((t) => t.ms)).toEqual([500, 1000, 2000, 4000, 8000, 10_000, 10_000, 10_000]);
  });

  it('uploads the raw bytes by POST and returns the upload id', async () => {
    const calls: { url: string; method: string; body: Blob }[] = [];
    const { transport } = setup(async (url, init) => {
      calls.push({ url, method: init.method, body: init.body });
      return { status: 200, text: async () => JSON.stringify({ ok: true, value: { uploadId: 'u-1' } }) };
    });
    const r = await transport.upload('März & Co.csv', new Blob(['Date,Amount\n']));
    expect(r).toEqual({ ok: true, value: { uploadId: 'u-1' } });
    expect(calls[0]!.url).toBe('/api/upload?name=M%C3%A4rz%20%26%20Co.csv');
    expect(calls[0]!.method).toBe('POST');
    expect(await calls[0]!.body.text()).toBe('Date,Amount\n');
  });

  it('passes the core refusal of an upload through, and explains a lost sign-in', async () => {
    const tooLarge = { ok: false, error: { code: 'TOO_LARGE', message: 'The file is larger than 512 MB.' } };
    const big = setup(async () => ({ status: 413, text: async () => JSON.stringify(tooLarge) }));
    expect(await big.transport.upload('big.csv', new Blob(['x']))).toEqual(tooLarge);

    const signedOut = setup(async () => ({ status: 401, text: async () => 'Unauthorized: open the URL' }));
    const r = await signedOut.transport.upload('a.csv', new Blob(['x']));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/no longer signed in/);

    const offline = setup(async () => { throw new TypeError('Failed to fetch'); });
    const o = await offline.transport.upload('a.csv', new Blob(['x']));
    expect(o.ok).toBe(false);
    if (!o.ok) expect(o.error.message).toMatch(/a\.csv could not be sent/);
  });
});
