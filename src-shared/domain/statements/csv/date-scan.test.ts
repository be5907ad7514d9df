import { describe, expect, it } from 'vitest';
import { newDateScan, scanDate, scanToIso } from './date-scan';
import type { DateOrder } from '../types';

function iso(text: string, order: DateOrder = 'dmy'): string | null {
  const scan = newDateScan();
  return scanDate(text, scan) ? scanToIso(scan, order) : null;
}

describe('scanDate', () => {
  it('reads ISO, slashed and compact year-first dates in any order setting', () => {
    for (const order of ['dmy', 'mdy'] as const) {
      expect(iso('2014-01-22', order)).toBe('2014-01-22');
      expect(iso('2013/01/17', order)).toBe('2013-01-17');
      expect(iso('20121115', order)).toBe('2012-11-15');
      expect(iso('2024-03-05 10:22:01', order)).toBe('2024-03-05');
      expect(iso('2024-03-05T10:22:01Z', order)).toBe('2024-03-05');
      expect(iso('20091224120000[0:GMT]', order)).toBe('2009-12-24');
      expect(iso('200912241200', order)).toBe('2009-12-24');
    }
  });

  it('applies the order to day/month dates with 2- and 4-digit years', () => {
    expect(iso('02/12/2009', 'dmy')).toBe('2009-12-02');
    expect(iso('02/12/2009', 'mdy')).toBe('2009-02-12');
    expect(iso('22.01.2014', 'dmy')).toBe('2014-01-22');
    expect(iso('22.01.2014', 'mdy')).toBeNull();
    expect(iso('15.01.24', 'dmy')).toBe('2024-01-15');
    expect(iso('1/5/99', 'mdy')).toBe('1999-01-05');
    expect(iso('24/01/15', 'ymd')).toBe('2024-01-15');
  });

  it('reads month names and abbreviations in several languages', () => {
    expect(iso('07 Nov 2013')).toBe('2013-11-07');
    expect(iso('10-Nov-9')).toBe('2009-11-10');
    expect(iso('09-Nov-10')).toBe('2010-11-09');
    expect(iso('4 ene 2019')).toBe('2019-01-04');
    expect(iso('7. März 2024')).toBe('2024-03-07');
    expect(iso('12 déc. 2023')).toBe('2023-12-12');
    expect(iso('Nov 7, 2013', 'dmy')).toBe('2013-11-07');
    expect(iso('07NOV2013')).toBe('2013-11-07');
    expect(iso('2013-Nov-07')).toBe('2013-11-07');
  });

  it('rejects amounts, references and text', () => {
    for (const text of ['12.34', '1.234,56', '2013011702', '224885000256620', '0000-9', 'Saldo Anterior',
      '01/11 09:45 CARD', '1 Apr 2020 interest', 'T1', '', '31/31/2020 x']) {
      expect(scanDate(text, newDateScan()), text).toBe(false);
    }
  });

  it('rejects impossible calendar dates when converting', () => {
    expect(iso('2023-02-29')).toBeNull();
    expect(iso('31/04/2024', 'dmy')).toBeNull();
    expect(iso('20241340')).toBeNull();
  });
});
