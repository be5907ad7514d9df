import { describe, expect, it } from 'vitest';
import { hashFor, routeFromHash } from './routes';

describe('routes', () => {
  it('reads the view from the hash and falls back to Import', () => {
    expect(routeFromHash('#/transactions')).toBe('transactions');
    expect(routeFromHash('#transactions')).toBe('transactions');
    expect(routeFromHash('')).toBe('import');
    expect(routeFromHash('#/reports')).toBe('import');
    expect(routeFromHash(hashFor('transactions'))).toBe('transactions');
    expect(routeFromHash('#/review')).toBe('review');
    expect(routeFromHash(hashFor('rules'))).toBe('rules');
  });
});
