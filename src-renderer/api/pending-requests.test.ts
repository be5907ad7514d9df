import { describe, expect, it } from 'vitest';
import { PendingRequests } from './pending-requests';

describe('PendingRequests', () => {
  it('gives every request its own id and settles each once', async () => {
    const p = new PendingRequests();
    const a = p.open();
    const b = p.open();
    expect(a.id).not.toBe(b.id);
    expect(p.settle(b.id, { ok: true, value: 'b' })).toBe(true);
    expect(p.settle(b.id, { ok: true, value: 'again' })).toBe(false);
    expect(p.settle(a.id, { ok: true, value: 'a' })).toBe(true);
    await expect(a.answer).resolves.toEqual({ ok: true, value: 'a' });
    await expect(b.answer).resolves.toEqual({ ok: true, value: 'b' });
    expect(p.size).toBe(0);
  });

  it('ignores answers nobody asked for', () => {
    const p = new PendingRequests();
    expect(p.settle(42, { ok: true, value: null })).toBe(false);
  });

  it('fails every waiting request with the same message', async () => {
    const p = new PendingRequests();
    const a = p.open();
    const b = p.open();
    p.failAll('lost');
    for (const r of await Promise.all([a.answer, b.answer])) {
      expect(r).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'lost' } });
    }
    expect(p.size).toBe(0);
  });
});
