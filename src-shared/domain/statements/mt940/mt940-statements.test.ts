import { describe, expect, it } from 'vitest';
import type { RowError } from '../types';
import { buildSections } from './mt940-statements';
import { splitFields } from './swift-fields';

function build(text: string, hintCurrency: string | null = null) {
  const errors: RowError[] = [];
  const sections = buildSections(splitFields(text).fields, hintCurrency, errors);
  return { sections, errors };
}

describe('buildSections', () => {
  it('makes one section per :20: with account, currency, balances and lines', () => {
    const { sections, errors } = build([
      ':20:ONE', ':25:NL18KNAB0200000000', ':28C:190/1', ':60F:C170227EUR27,31',
      ':61:1702270227D0,7N310NONREF//B7B27AG0MQ000001', ':86:first', ':62F:C170228EUR26,61', '-',
      ':20:TWO', ':25:NL95KNAB0255499590', ':60F:D161121EUR95,02', ':61:1611211121C1,N200NONREF', ':62M:D161122EUR94,02',
    ].join('\n'));
    expect(errors).toEqual([]);
    expect(sections.map((s) => s.statement)).toEqual([
      { accountId: 'NL18KNAB0200000000', currency: 'EUR', openingBalanceMinor: 2731, openingDate: '2017-02-27', closingBalanceMinor: 2661, closingDate: '2017-02-28' },
      { accountId: 'NL95KNAB0255499590', currency: 'EUR', openingBalanceMinor: -9502, openingDate: '2016-11-21', closingBalanceMinor: -9402, closingDate: '2016-11-22' },
    ]);
    expect(sections.map((s) => s.transactions.map((t) => [t.amountMinor, t.description, t.line]))).toEqual([[[-70, 'first', 5]], [[100, '', 12]]]);
  });

  it('drops the optional slash before an account', () => {
    expect(build(':20:1\n:25:/PL07160011980002002256301011\n:60F:C090506EUR1211771.46').sections[0]!.statement)
      .toMatchObject({ accountId: 'PL07160011980002002256301011', openingBalanceMinor: 121177146 });
  });

  it('dates a line by its booking (entry) date and keeps the value date', () => {
    const [t] = build(':20:X\n:60F:C020315DEM0,00\n:61:0203170320CM5000,00S05168790452\n').sections[0]!.transactions;
    expect(t).toMatchObject({ date: '2002-03-20', valueDate: '2002-03-17', amountMinor: 500000, currency: 'DEM', reference: '68790452' });
  });

  it('attaches :86: and :NS: only to the :61: they follow', () => {
    const { sections } = build([
      ':20:X', ':60F:C100722EUR0,00', ':86:statement-level note before any line',
      ':61:100722D25,03NTRFNONREF', ':86:Terugboeking', ':86:KOSTEN JUNI',
      ':61:100722D1,00NTRFNONREF', ':NS:01Verwendungszweck', '15Empfaenger',
      ':62F:C100723EUR3,47', ':86:D000004C000002D25,24C28,71',
    ].join('\n'));
    expect(sections[0]!.transactions.map((t) => [t.payee, t.description])).toEqual([
      ['', 'Terugboeking KOSTEN JUNI'],
      ['Empfaenger', 'Verwendungszweck'],
    ]);
  });

  it('takes a balance without currency in the statement currency, and a statement without any from the previous one or the hint', () => {
    const { sections } = build(':20:A\n:60M:C020315DEM105000,00\n:62F:C020315145000,00\n:20:B\n:61:020322CM20000,00NCHG\n');
    expect(sections.map((s) => [s.statement.currency, s.statement.closingBalanceMinor])).toEqual([['DEM', 14500000], ['DEM', null]]);
    expect(sections[1]!.transactions[0]!.currency).toBe('DEM');
    expect(build(':61:1409010902DR1,62NTRFNONREF', 'chf').sections[0]!.transactions[0]!.currency).toBe('CHF');
    expect(build(':61:1409010902DR1,62NTRFNONREF').sections[0]!.transactions[0]!.currency).toBe('');
    expect(build(':20:X\n:25:GJB0291077111\n:34F:EURD0,00\n:13D:1610301730+0000\n:61:1610301031D0,42MCI0NONREF').sections[0]!.statement.currency).toBe('EUR');
  });

  it('reports broken lines and balances by line and keeps the rest', () => {
    const { sections, errors } = build([
      ':20:X', ':25:123', ':60F:C110101EURabc', ':61:110101D10,00N000NONREF', ':61:11x101D10,00N000NONREF',
      ':25:166?00GUTSCHRIFT', ':61:110102C5,00N000NONREF', ':62F:C110201EUR90,00',
    ].join('\n'));
    expect(sections[0]!.statement).toMatchObject({ accountId: '123', openingBalanceMinor: null, closingBalanceMinor: 9000 });
    expect(sections[0]!.transactions.map((t) => t.amountMinor)).toEqual([-1000, 500]);
    expect(errors).toEqual([
      { line: 6, message: 'A second account field (:25:) after the statement lines was ignored; the file may be damaged here.' },
      { line: 3, message: 'Balance :60F: ignored: balance "C110101EURabc" is not C/D + YYMMDD + currency + amount.' },
      { line: 5, message: 'Statement line skipped: statement line "11x101D10,00N000NONREF" is not value date, D/C mark, amount and type.' },
    ]);
  });

  it('uses the name old Rabobank exports put on the :61: line, and keeps other references in memo', () => {
    const { sections } = build([
      ':20:X', ':60F:C110614EUR000000000473,17',
      ':61:110617D000000000044,95N0600733959555      T-MOBILE NETHERLANDS BV          ', ':86:FACTUURNUMMER 987654321',
      ':61:1611211121D58,96N20020-11-2016 21:31//B6K21PGKGO755NPK', 'NL70ABNA0987654321', ':86:/NAME/Shop/REMI/Order 1',
    ].join('\n'));
    expect(sections[0]!.transactions.map((t) => [t.payee, t.description, t.memo, t.reference])).toEqual([
      ['T-MOBILE NETHERLANDS BV', 'FACTUURNUMMER 987654321', '', '0733959555'],
      ['Shop', 'Order 1', 'NL70ABNA0987654321; Ref 20-11-2016 21:31', 'B6K21PGKGO755NPK'],
    ]);
  });
});
