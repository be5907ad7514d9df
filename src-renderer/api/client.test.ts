import { describe, expect, it } from 'vitest';
import type { Result } from '../../src-shared/contract/errors';
import { ApiError, createApiClient, errorMessage } from './client';
import type { Transport } from './transport';

function transportAnswering(answer: Result<unknown>, upload?: Result<{ uploadId: string }>) {
  const calls: { method: string; args: unknown }[] = [];
  const t: Transport = {
    invoke: async (method, args) => { calls.push({ method, args }); return answer; },
    on: () => () => undefined,
    upload: async () => upload ?? { ok: true, value: { uploadId: 'u' } },
  };
  return { t, calls };
}

describe('createApiClient', () => {
  it('returns the value of a successful call', async () => {
    const page = { total: 1, transactions: [] };
    const { t, calls } = transportAnswering({ ok: true, value: page });
    const api = createApiClient(t);
    const r = await api.call('transactions.list', { limit: 50, offset: 100 });
    expect(r.total).toBe(1);
    expect(calls).toEqual([{ method: 'transactions.list', args: { limit: 50, offset: 100 } }]);
  });

  it('throws the core error with its code, message and details', async () => {
    const error = { code: 'ALREADY_IMPORTED' as const, message: 'a.csv was already imported', details: { batchId: 'abc' } };
    const api = createApiClient(transportAnswering({ ok: false, error }).t);
    const err = await api.call('imports.batches', {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ code: 'ALREADY_IMPORTED', message: 'a.csv was already imported', details: { batchId: 'abc' } });
    expect(errorMessage(err)).toBe('a.csv was already imported');
  });

  it('resolves an upload to its id, and throws its refusal', async () => {
    const ok = createApiClient(transportAnswering({ ok: true, value: null }, { ok: true, value: { uploadId: 'up-7' } }).t);
    await expect(ok.upload('a.csv', new Blob(['x']))).resolves.toBe('up-7');
    const refused = createApiClient(transportAnswering({ ok: true, value: null },
      { ok: false, error: { code: 'TOO_LARGE', message: 'too big' } }).t);
    await expect(refused.upload('a.csv', new Blob(['x']))).rejects.toMatchObject({ code: 'TOO_LARGE', message: 'too big' });
  });

  it('has a readable message for anything thrown', () => {
    expect(errorMessage(new Error('boom'))).toBe('boom');
    expect(errorMessage('weird')).toMatch(/Something went wrong/);
  });
});
