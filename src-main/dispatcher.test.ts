import { describe, expect, it } from 'vitest';
import type { ApiHandlers } from '../src-shared/contract/api';
import { AppError } from '../src-shared/contract/errors';
import { createDispatcher } from './dispatcher';

function handlers(overrides: Partial<ApiHandlers> = {}): ApiHandlers {
  const none = async () => { throw new Error('not used in this test'); };
  const base = Object.fromEntries([
    'ledger.info', 'accounts.list', 'imports.upload', 'imports.start', 'imports.batches', 'transactions.list',
    'jobs.list', 'jobs.get', 'jobs.cancel', 'settings.get', 'settings.set',
  ].map((m) => [m, none])) as unknown as ApiHandlers;
  return { ...base, ...overrides };
}

describe('dispatcher', () => {
  it('refuses methods that are not in the contract', async () => {
    const d = createDispatcher(handlers());
    for (const m of ['constructor', '__proto__', 'toString', 'ledger.drop', '']) {
      const r = await d(m, {});
      expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
  });

  it('parses every argument: wrong types and unknown keys never reach a handler', async () => {
    let called = 0;
    const d = createDispatcher(handlers({ 'transactions.list': async () => { called++; return { total: 0, transactions: [] }; } }));
    expect(await d('transactions.list', { limit: 'lots' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('limit') } });
    expect(await d('transactions.list', { limit: 10, sql: 'DROP TABLE x' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await d('transactions.list', { limit: 100000 })).toMatchObject({ ok: false });
    expect(called).toBe(0);
  });

  it('applies defaults and passes the parsed input', async () => {
    let got: unknown;
    const d = createDispatcher(handlers({ 'transactions.list': async (input) => { got = input; return { total: 0, transactions: [] }; } }));
    expect(await d('transactions.list', undefined)).toEqual({ ok: true, value: { total: 0, transactions: [] } });
    expect(got).toEqual({ limit: 100, offset: 0 });
  });

  it('returns AppErrors with their code and turns anything else into INTERNAL', async () => {
    const d = createDispatcher(handlers({
      'jobs.get': async () => { throw new AppError('NOT_FOUND', 'There is no job x.'); },
      'jobs.list': async () => { throw new TypeError('boom'); },
    }));
    expect(await d('jobs.get', { id: '6f1c2a57-9f0e-4c8e-9d43-3c7e5b0a1f22' })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'There is no job x.' } });
    expect(await d('jobs.list', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('boom') } });
  });
});
