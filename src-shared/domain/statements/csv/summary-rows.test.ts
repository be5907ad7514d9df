import { describe, expect, it } from 'vitest';
import { summaryKind } from './summary-rows';

describe('summaryKind', () => {
  it.each([
    ['Saldo Anterior', 'opening'], ['Opening Balance', 'opening'], ['Beginning balance as of 01/01/2024', 'opening'],
    ['Alter Kontostand', 'opening'], ['Solde précédent', 'opening'], ['BALANCE BROUGHT FORWARD', 'opening'],
    ['Closing balance', 'closing'], ['Ending balance as of 01/31/2024', 'closing'], ['Neuer Kontostand', 'closing'],
    ['Total', 'total'], ['Totals:', 'total'], ['Summe', 'total'], ['Saldo do dia', 'total'], ['S A L D O', 'total'],
  ])('%s is %s', (text, kind) => {
    expect(summaryKind(text)).toBe(kind);
  });

  it('needs a specific phrase to drop a dated row as a total', () => {
    expect(summaryKind('TOTAL 12345', true)).toBeNull();
    expect(summaryKind('Total', true)).toBeNull();
    expect(summaryKind('TOTAL 12345', false)).toBe('total');
    expect(summaryKind('Saldo do dia', true)).toBe('total');
    expect(summaryKind('Saldo', true)).toBe('total');
    expect(summaryKind('Saldo Anterior', true)).toBe('opening');
  });

  it.each(['Total Wine & More', 'TOTAL ENERGIES 1234', 'Saldo Anterior Ajustado por cliente XYZ', 'AMAZON', '', 'Balance transfer fee'])(
    '%s is a transaction', (text) => {
      expect(summaryKind(text)).toBeNull();
    });
});
