import { describe, expect, it } from 'vitest';
import { inferEntryDate, parseStatementLine } from './field-61';
import { SwiftRowProblem } from './swift-values';

const parse = (...lines: string[]) => parseStatementLine(lines, 'EUR');

describe('parseStatementLine', () => {
  it('reads value date, entry date, mark, amount, type and references', () => {
    expect(parse('1107140715C5,41N426NONREF')).toEqual({
      valueDate: '2011-07-14', entryDate: '2011-07-15', amountMinor: 541, mark: 'C', typeCode: 'N426',
      customerRef: null, bankRef: null, trailing: '', supplementary: '',
    });
    expect(parse('1702270227D0,7N310NONREF//B7B27AG0MQ000001')).toMatchObject({
      amountMinor: -70, typeCode: 'N310', customerRef: null, bankRef: 'B7B27AG0MQ000001',
    });
    expect(parse('1611211121D58,96N20020-11-2016 21:31//B6K21PGKGO755NPK')).toMatchObject({
      typeCode: 'N200', customerRef: '20-11-2016 21:31', bankRef: 'B6K21PGKGO755NPK',
    });
  });

  it('skips the funds code letter after the mark', () => {
    expect(parse('0709070904CR50990,05NTRFNONREF//0724710333343453')).toMatchObject({ amountMinor: 5099005, mark: 'C' });
    expect(parse('1710111011DF2402,00S   X')).toMatchObject({ amountMinor: -240200, typeCode: 'S', customerRef: 'X' });
    expect(parse('020322CM20000,00NCHG')).toMatchObject({ valueDate: '2002-03-22', entryDate: null, amountMinor: 2000000, typeCode: 'NCHG', customerRef: null });
  });

  it('treats RC (reversal of a credit) as money leaving and RD (reversal of a debit) as money returning', () => {
    expect(parse('0709040904RCR204,88NRTINONREF')).toMatchObject({ mark: 'RC', amountMinor: -20488 });
    expect(parse('0709040904RD204,88NRTINONREF')).toMatchObject({ mark: 'RD', amountMinor: 20488 });
  });

  it('reads the supplementary details on the second line', () => {
    expect(parse('1610301031D0,42MCI0NONREF//055001022000001', 'YAY MT942 CHG')).toMatchObject({
      entryDate: '2016-10-31', typeCode: 'MCI0', bankRef: '055001022000001', supplementary: 'YAY MT942 CHG',
    });
  });

  it('keeps the text old Rabobank exports put after a padded 16-character reference', () => {
    expect(parse('110527D000000001213,28N0440121470966      W.P. Jansen                      ')).toMatchObject({
      amountMinor: -121328, typeCode: 'N044', customerRef: '0121470966', trailing: 'W.P. Jansen',
    });
  });

  it('rejoins a line wrapped before its amount', () => {
    expect(parse('1811261126CR', '30,00N062NONREF')).toMatchObject({ valueDate: '2018-11-26', amountMinor: 3000, typeCode: 'N062', supplementary: '' });
  });

  it('clamps a 30/360 value date and refuses a broken line', () => {
    expect(parse('1602300301DR6,00N024NONREF')).toMatchObject({ valueDate: '2016-02-29', entryDate: '2016-03-01' });
    for (const line of ['', 'NONSENSE', '1107140715X5,41N426', '1113140715C5,41N426', '110714C,N426']) {
      expect(() => parse(line), line).toThrow(SwiftRowProblem);
    }
  });
});

describe('inferEntryDate', () => {
  it('infers the booking year across New Year in both directions', () => {
    expect(inferEntryDate('2011-12-31', '0102')).toBe('2012-01-02');
    expect(inferEntryDate('2012-01-02', '1230')).toBe('2011-12-30');
    expect(parse('1112310102D1,00NTRFNONREF')).toMatchObject({ valueDate: '2011-12-31', entryDate: '2012-01-02' });
    expect(parse('1201021230C1,00NTRFNONREF')).toMatchObject({ valueDate: '2012-01-02', entryDate: '2011-12-30' });
  });

  it('keeps the value date year when the dates are close', () => {
    expect(inferEntryDate('2002-03-17', '0320')).toBe('2002-03-20');
    expect(inferEntryDate('2016-02-29', '0301')).toBe('2016-03-01');
  });

  it('gives no date for an impossible MMDD', () => {
    expect(inferEntryDate('2016-02-29', '1399')).toBeNull();
    expect(parse('1602291399D1,00NTRFNONREF').entryDate).toBeNull();
  });
});
