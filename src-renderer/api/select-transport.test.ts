import { describe, expect, it } from 'vitest';
import { createElectronTransport, type FinGoodBridge } from './electron-transport';
import { selectTransport } from './select-transport';
import type { Transport } from './transport';

const serve: Transport = { invoke: async () => ({ ok: true, value: 'serve' }), on: () => () => undefined, upload: async () => ({ ok: true, value: { uploadId: 's' } }) };

function bridge(over: Partial<FinGoodBridge> = {}) {
  const uploads: { name: string; bytes: Uint8Array }[] = [];
  const b: FinGoodBridge = {
    invoke: async (method) => ({ ok: true, value: `electron:${method}` }),
    on: () => () => undefined,
    upload: async (name, bytes) => { uploads.push({ name, bytes }); return { ok: true, value: { uploadId: 'e-1' } }; },
    ...over,
  };
  return { b, uploads };
}

describe('selectTransport', () => {
  it("uses Electron's bridge when the preload installed one", async () => {
    const { b } = bridge();
    const chosen = selectTransport({ fingood: b }, () => serve);
    expect(chosen.kind).toBe('electron');
    expect(await chosen.transport.invoke('ledger.info', {})).toEqual({ ok: true, value: 'electron:ledger.info' });
  });

  it('uses the WebSocket transport in a browser, or when window.fingood is not a bridge', async () => {
    expect(selectTransport({}, () => serve).kind).toBe('serve');
    const odd = selectTransport({ fingood: { invoke: 'not a function' } }, () => serve);
    expect(odd.kind).toBe('serve');
    expect(await odd.transport.invoke('x', {})).toEqual({ ok: true, value: 'serve' });
  });
});

describe('createElectronTransport', () => {
  it('sends a file as its bytes over the bridge', async () => {
    const { b, uploads } = bridge();
    const r = await createElectronTransport(b).upload('a.csv', new Blob([new Uint8Array([1, 2, 3])]));
    expect(r).toEqual({ ok: true, value: { uploadId: 'e-1' } });
    expect(uploads[0]!.name).toBe('a.csv');
    expect([...uploads[0]!.bytes]).toEqual([1, 2, 3]);
  });

  it('turns a rejected IPC call into an error result instead of throwing', async () => {
    const { b } = bridge({ invoke: async () => { throw new Error('Error invoking remote method'); } });
    const r = await createElectronTransport(b).invoke('ledger.info', {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/did not answer/);
  });
});
