import { describe, expect, it } from 'vitest';
import { emptyColumnMap } from './column-map';
import { RowReader, cell } from './row-reader';

describe('cell', () => {
  it('trims and unwraps what spreadsheets add to keep text', () => {
    expect(cell(['  a  '], 0)).toBe('a');
    expect(cell(['="000123"'], 0)).toBe('000123');
    expect(cell(["'TESCO STORES"], 0)).toBe('TESCO STORES');
    expect(cell(["' quoted"], 0)).toBe("' quoted");
    expect(cell(['x'], 3)).toBe('');
  });
});

describe('RowReader', () => {
  const map = { ...emptyColumnMap(), date: 0, amount: 2, description: [1], memo: [3] };
  const reader = new RowReader(map, { decimal: ',', dateOrder: 'dmy', valueDateOrder: 'dmy', currency: 'EUR', accountInMemo: false });

  it('reads a row into a transaction', () => {
    expect(reader.read(['31.01.2024', ' REWE   Markt ', '-12,50', 'Karte'], 7)).toEqual({
      date: '2024-01-31', valueDate: null, amountMinor: -1250, currency: 'EUR', payee: 'REWE Markt', description: 'REWE Markt',
      memo: 'Karte', reference: null, balanceMinor: null, category: null, line: 7,
    });
  });

  it('treats a lone placeholder as no text', () => {
    expect(reader.read(['31.01.2024', 'REWE', '-1,00', '-'], 1)).toMatchObject({ memo: '' });
  });

  it('says why a row is no transaction', () => {
    expect(reader.read(['', 'x', '1,00'], 1)).toMatch(/no date/);
    expect(reader.read(['32.01.2024', 'x', '1,00'], 1)).toMatch(/"32.01.2024" is not a date/);
    expect(reader.read(['31.01.2024', 'x', ''], 1)).toMatch(/no amount/);
    expect(reader.read(['31.01.2024', 'x', 'zwölf'], 1)).toMatch(/"zwölf" is not an amount/);
  });

  it('finds the label of a balance row wherever the bank put it', () => {
    expect(reader.labelText(['Total', '', '1,00'])).toBe('Total');
    expect(reader.labelText(['31.01.2024', 'Saldo Anterior', '1,00'])).toBe('Saldo Anterior');
    expect(reader.labelText(['', '', '', 'Anfangssaldo', '1,00'])).toBe('Anfangssaldo');
  });
});
