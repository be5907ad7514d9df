import { describe, expect, it } from 'vitest';
import { findTableStart, isDataRow } from './table-start';

const rows = (text: string) => text.split('\n').map((l) => l.split(';'));

describe('findTableStart', () => {
  it('finds a header after a preamble that itself holds dates and amounts', () => {
    const r = rows('-\n="0234500012345678";21/11/2015;19/02/2016;36;19/02/2016;1234,37 EUR\n\n' +
      "Date de l'opération;Libellé;Détail de l'écriture;Montant de l'opération;Devise\n19/02/2016;VIR;VIR RECU;50,00;EUR");
    expect(findTableStart(r)).toEqual({ headerRow: 3, dataStart: 4 });
  });

  it('starts a header-less file at its first run of data rows', () => {
    expect(findTableStart(rows('Export 2024\n\n2024-01-01;x;1.00\n2024-01-02;y;2.00'))).toEqual({ headerRow: null, dataStart: 2 });
  });

  it('finds nothing in text without dates and amounts', () => {
    expect(findTableStart(rows('Name;City\nAnna;Paris'))).toBeNull();
  });
});

describe('isDataRow', () => {
  it('needs a date and, elsewhere, a number', () => {
    expect(isDataRow(['2024-01-01', 'x', '-1,00'])).toBe(true);
    expect(isDataRow(['2024-01-01', 'x', '2024-01-02'])).toBe(false);
    expect(isDataRow(['Saldo', '1.234,56', 'EUR'])).toBe(false);
  });
});
