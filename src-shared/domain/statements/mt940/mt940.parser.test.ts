import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { StatementError } from '../types';
import { mt940Parser, parseMt940, sniffMt940 } from './mt940.parser';

const enc = (text: string) => new TextEncoder().encode(text);

const SAMPLE = [
  '{1:F01KNABNL2HAXXX0000000000}{2:I940KNABNL2HXXXXN3020}{4:',
  ':20:B6I15MSLX6705AV3', ':25:NL95KNAB0011223344', ':28C:1/1', ':60F:C160914EUR0,',
  ':61:1609140914C100,N110NL66RABO01295689//B6I14PGAHT6R1BM1',
  ':86:/TRTP/SEPA OVERBOEKING/BBAN/90000014/BIC/KNABNL2HXXX/NAME/KNAB', '/REMI/EERSTE OVERBOEKING',
  ':62F:C160915EUR100,', '-}',
  '{1:F01KNABNL2HAXXX0000000000}{2:I940KNABNL2HXXXXN3020}{4:',
  ':20:B6K22MSRIO6BJZZB', ':25:NL95KNAB0255499590', ':28C:4/1', ':60F:C161121EUR95,02',
  ':61:1611211121D58,96N20020-11-2016 21:31//B6K21PGKGO755NPK',
  ':86:/TRTP/IDEAL BETALING/IBAN/NL59ABNA0626226163/BIC/ABNANL2AXXX', '/NAME/WORLDPAY CUSTOMER PAYMENTS/REMI/7510143342 VISTAPRINT',
  ':62F:C161122EUR36,06', '-}',
].join('\r\n');

describe('sniffMt940', () => {
  it('detects MT940 by :20: with :25:, :60F: or :61:, also inside a SWIFT envelope', () => {
    expect(sniffMt940(SAMPLE)).toEqual({ format: 'mt940', score: 0.9 });
    expect(sniffMt940('{4::20:X\n:25:1\n')).toEqual({ format: 'mt940', score: 0.9 });
  });

  it('detects MT942 by :34F: or :13D: without an opening balance', () => {
    expect(sniffMt940(':20:CGNG\n:25:GJB0291077111\n:28C:03917/00001\n:34F:EURD0,00\n:13D:1610301730+0000\n:61:1610301031D0,42MCI0NONREF'))
      .toEqual({ format: 'mt942', score: 0.9 });
  });

  it('gives statement lines without a header a lower score, and nothing to other text', () => {
    expect(sniffMt940(':61:1811261126CR\n30,00N062NONREF')).toEqual({ format: 'mt940', score: 0.6 });
    expect(sniffMt940('Date;Payee;Amount\n2024-01-01;:20:;1,00')).toBeNull();
    expect(sniffMt940('OFXHEADER:100\n<OFX>')).toBeNull();
    expect(mt940Parser.formats).toEqual(['mt940', 'mt942']);
  });
});

describe('parseMt940', () => {
  it('reads several statements of one file, in file order', () => {
    const { sections, errors } = parseMt940(enc(SAMPLE), null);
    expect(errors).toEqual([]);
    expect(sections.map((s) => [s.statement.accountId, s.statement.openingBalanceMinor, s.statement.closingBalanceMinor])).toEqual([
      ['NL95KNAB0011223344', 0, 10000], ['NL95KNAB0255499590', 9502, 3606],
    ]);
    expect(sections.flatMap((s) => s.transactions).map((t) => [t.date, t.amountMinor, t.payee, t.description, t.reference])).toEqual([
      ['2016-09-14', 10000, 'KNAB', 'EERSTE OVERBOEKING', 'B6I14PGAHT6R1BM1'],
      ['2016-11-21', -5896, 'WORLDPAY CUSTOMER PAYMENTS', '7510143342 VISTAPRINT', 'B6K21PGKGO755NPK'],
    ]);
  });

  it('drops references that repeat within the file', () => {
    const text = ':20:X\n:60F:C110101EUR0,00\n:61:110101D1,00NTRFEREF\n:61:110101D2,00NTRFEREF\n:61:110101D3,00NTRFOWN1\n';
    expect(parseMt940(enc(text), null).sections[0]!.transactions.map((t) => t.reference)).toEqual([null, null, 'OWN1']);
  });

  it('lists problems in line order', () => {
    const text = ':20:X\u0007\n:60F:C110101EUR0,00\n:61:bad\n:61:110101D1,00NTRFNONREF\n:62F:C1101xxEUR0,00\n';
    expect(parseMt940(enc(text), null).errors.map((e) => e.line)).toEqual([1, 3, 5]);
  });

  it('refuses a file without statement lines or balances', () => {
    expect(() => parseMt940(enc(':20:ONLY A HEADER\n:25:123\n'), null)).toThrow(StatementError);
    expect(() => parseMt940(enc('hello'), null)).toThrow(/no MT940 statement lines/);
  });

  it('throws nothing but StatementError for random or mutated input, and never hangs', () => {
    const mutated = fc.tuple(fc.nat({ max: SAMPLE.length }), fc.nat({ max: 30 }), fc.string({ maxLength: 10 }))
      .map(([at, cut, insert]) => SAMPLE.slice(0, at) + insert + SAMPLE.slice(at + cut));
    fc.assert(fc.property(fc.oneof(mutated, fc.string()), (text) => {
      const started = performance.now();
      try {
        const { sections } = parseMt940(enc(text), null);
        for (const t of sections.flatMap((s) => s.transactions)) expect(Number.isSafeInteger(t.amountMinor)).toBe(true);
      } catch (err) {
        expect(err).toBeInstanceOf(StatementError);
      }
      expect(performance.now() - started).toBeLessThan(2000);
    }), { numRuns: 1500 });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
      try {
        parseMt940(bytes, null);
      } catch (err) {
        expect(err).toBeInstanceOf(StatementError);
      }
    }), { numRuns: 500 });
  });
});
