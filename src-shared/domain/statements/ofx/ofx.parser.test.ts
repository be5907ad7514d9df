import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, StatementError, type FormatParseResult, type ParseOptions } from '../types';
import { ofxParser } from './ofx.parser';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const parse = (s: string | Uint8Array, opts: ParseOptions = {}): FormatParseResult =>
  ofxParser.parse(typeof s === 'string' ? utf8(s) : s, 'ofx', { ...opts, limits: { ...DEFAULT_LIMITS, ...opts.limits } });
const sniff = (s: string) => ofxParser.sniff(utf8(s), s);

const V1_HEADER = 'OFXHEADER:100\r\nDATA:OFXSGML\r\nVERSION:102\r\nSECURITY:NONE\r\nENCODING:USASCII\r\nCHARSET:1252\r\nCOMPRESSION:NONE\r\nOLDFILEUID:NONE\r\nNEWFILEUID:NONE\r\n\r\n';

/** A bank account and a credit card in one SGML download, as Quicken's "one step update" returns. */
const TWO_ACCOUNTS = `${V1_HEADER}<OFX>
<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS><DTSERVER>20240205120000<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1>
<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>
<STMTRS><CURDEF>USD<BANKACCTFROM><BANKID>121000248<ACCTID>000123<ACCTTYPE>CHECKING</BANKACCTFROM>
<BANKTRANLIST><DTSTART>20240101<DTEND>20240131
<STMTTRN><TRNTYPE>CHECK<DTPOSTED>20240103120000[-8:PST]<DTUSER>20240102<TRNAMT>-150.00<FITID>A1<CHECKNUM>1042<NAME>Landlord LLC<MEMO>January rent</STMTTRN>
<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20240115<TRNAMT>2500<FITID>A2<PAYEE><NAME>ACME PAYROLL<ADDR1>1 Main St<CITY>Springfield<STATE>IL<POSTALCODE>62701</PAYEE><MEMO>Salary</STMTTRN>
<STMTTRN><TRNTYPE>FEE<DTPOSTED>20240131<TRNAMT>-5<FITID>A3<NAME><MEMO>Monthly service fee</STMTTRN>
</BANKTRANLIST>
<LEDGERBAL><BALAMT>4345.00<DTASOF>20240131235959</LEDGERBAL><AVAILBAL><BALAMT>4000.00<DTASOF>20240131</AVAILBAL>
</STMTRS></STMTTRNRS></BANKMSGSRSV1>
<CREDITCARDMSGSRSV1><CCSTMTTRNRS><TRNUID>2<STATUS><CODE>0<SEVERITY>INFO</STATUS>
<CCSTMTRS><CURDEF>USD<CCACCTFROM><ACCTID>4111111111111111</CCACCTFROM>
<BANKTRANLIST><DTSTART>20240101<DTEND>20240131
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240110<TRNAMT>-42.10<FITID>C1<NAME>BOOKSHOP</STMTTRN>
</BANKTRANLIST>
<LEDGERBAL><BALAMT>-42.10<DTASOF>20240131</LEDGERBAL>
</CCSTMTRS></CCSTMTTRNRS></CREDITCARDMSGSRSV1>
</OFX>
`;

describe('ofxParser.parse — statements', () => {
  it('returns one section per account with balances and period', () => {
    const r = parse(TWO_ACCOUNTS);
    expect(r.errors).toEqual([]);
    expect(r.sections.map((s) => s.statement)).toEqual([
      { accountId: '000123', currency: 'USD', openingBalanceMinor: null, closingBalanceMinor: 434500, openingDate: '2024-01-01', closingDate: '2024-01-31' },
      { accountId: '4111111111111111', currency: 'USD', openingBalanceMinor: null, closingBalanceMinor: -4210, openingDate: '2024-01-01', closingDate: '2024-01-31' },
    ]);
    expect(r.sections.map((s) => s.transactions.length)).toEqual([3, 1]);
  });

  it('maps the transaction fields', () => {
    const [rent, salary, fee] = parse(TWO_ACCOUNTS).sections[0]!.transactions;
    expect(rent).toEqual({
      date: '2024-01-03', valueDate: '2024-01-02', amountMinor: -15000, currency: 'USD',
      payee: 'Landlord LLC', description: 'Landlord LLC', memo: 'January rent; Check 1042',
      reference: 'A1', balanceMinor: null, category: null, line: 16,
    });
    expect(salary).toMatchObject({ date: '2024-01-15', valueDate: null, amountMinor: 250000, payee: 'ACME PAYROLL', memo: 'Salary' });
    // NAME empty: MEMO describes the line.
    expect(fee).toMatchObject({ amountMinor: -500, payee: '', description: 'Monthly service fee', memo: 'Monthly service fee' });
  });

  it('reads OFX 2 XML with processing instructions and closed tags', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<?OFX OFXHEADER="200" VERSION="220" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>
<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS>
  <CURDEF>EUR</CURDEF>
  <BANKACCTFROM><BANKID>DEUTDEFF</BANKID><ACCTID>DE89370400440532013000</ACCTID><ACCTTYPE>CHECKING</ACCTTYPE></BANKACCTFROM>
  <BANKTRANLIST>
    <STMTTRN><TRNTYPE>DEBIT</TRNTYPE><DTPOSTED>20240301</DTPOSTED><TRNAMT>-19.99</TRNAMT><FITID>x1</FITID><NAME>B&amp;Q &lt;Köln&gt;</NAME><MEMO/></STMTTRN>
  </BANKTRANLIST>
  <LEDGERBAL><BALAMT>100.01</BALAMT><DTASOF>20240301</DTASOF></LEDGERBAL>
</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>`;
    const r = parse(xml);
    expect(r.sections[0]!.statement).toMatchObject({ accountId: 'DE89370400440532013000', currency: 'EUR', closingBalanceMinor: 10001 });
    expect(r.sections[0]!.transactions[0]).toMatchObject({ amountMinor: -1999, payee: 'B&Q <Köln>', memo: '', line: 7 });
  });

  it('reads a file with no header and no newlines', () => {
    const r = parse('<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>GBP<BANKACCTFROM><ACCTID>12345678</BANKACCTFROM><BANKTRANLIST><STMTTRN><DTPOSTED>20240201<TRNAMT>-1.5<FITID>1<NAME>TEA</STMTTRN><STMTTRN><DTPOSTED>20240202<TRNAMT>3<FITID>2<NAME>REFUND</STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>');
    expect(r.sections[0]!.transactions.map((t) => [t.date, t.amountMinor, t.currency, t.line])).toEqual([
      ['2024-02-01', -150, 'GBP', 1], ['2024-02-02', 300, 'GBP', 1],
    ]);
  });

  it('reads comma decimals, as some banks write them', () => {
    const r = parse(`${V1_HEADER}<OFX><STMTRS><CURDEF>BRL<BANKACCTFROM><ACCTID>1</BANKACCTFROM><BANKTRANLIST><STMTTRN><DTPOSTED>20240105<TRNAMT>-1234,56<FITID>1<MEMO>PIX</STMTTRN></BANKTRANLIST><LEDGERBAL><BALAMT>9.876,5<DTASOF>20240105</LEDGERBAL></STMTRS></OFX>`);
    expect(r.sections[0]!.transactions[0]!.amountMinor).toBe(-123456);
    expect(r.sections[0]!.statement.closingBalanceMinor).toBe(987650);
  });

  it('takes a per-line CURRENCY but not ORIGCURRENCY (that amount is already converted)', () => {
    const r = parse('<OFX><STMTRS><CURDEF>USD<BANKACCTFROM><ACCTID>1</BANKACCTFROM><BANKTRANLIST>'
      + '<STMTTRN><DTPOSTED>20240105<TRNAMT>-1000<FITID>1<NAME>HOTEL<CURRENCY><CURRATE>0.0067<CURSYM>JPY</CURRENCY></STMTTRN>'
      + '<STMTTRN><DTPOSTED>20240106<TRNAMT>-10.80<FITID>2<NAME>CAFE<ORIGCURRENCY><CURRATE>1.08<CURSYM>EUR</ORIGCURRENCY></STMTTRN>'
      + '</BANKTRANLIST></STMTRS></OFX>');
    expect(r.sections[0]!.transactions.map((t) => [t.currency, t.amountMinor])).toEqual([['JPY', -1000], ['USD', -1080]]);
  });

  it('uses the currency hint when CURDEF is missing', () => {
    const body = '<OFX><STMTRS><BANKACCTFROM><ACCTID>1</BANKACCTFROM><BANKTRANLIST><STMTTRN><DTPOSTED>20240105<TRNAMT>-1<FITID>1<NAME>X</STMTTRN></BANKTRANLIST></STMTRS></OFX>';
    expect(parse(body, { hints: { currency: 'chf' } }).sections[0]!.transactions[0]!.currency).toBe('CHF');
    expect(parse(body).sections[0]!.statement.currency).toBeNull();
  });

  it('reads the VALUEDATE and ACCTBAL some banks add, and empty closed tags', () => {
    const r = parse('<OFX><STMTRS><CURDEF></CURDEF><BANKACCTFROM><ACCTID>12345678</ACCTID></BANKACCTFROM><BANKTRANLIST>'
      + '<STMTTRN><TRNTYPE>Credit</TRNTYPE><DTPOSTED>20180507</DTPOSTED><TRNAMT>12.34</TRNAMT><FITID></FITID><VALUEDATE>20180508</VALUEDATE>'
      + '<NAME></NAME><ACCTBAL>123.45</ACCTBAL><MEMO>CBA:Transfer</MEMO><CURRENCY><CURRATE>1.0000</CURRATE><CURSYM>AUD</CURSYM></CURRENCY></STMTTRN>'
      + '</BANKTRANLIST><LEDGERBAL><BALAMT></BALAMT><DTASOF></DTASOF></LEDGERBAL></STMTRS></OFX>');
    expect(r.errors).toEqual([]);
    expect(r.sections[0]!.statement).toMatchObject({ currency: null, closingBalanceMinor: null });
    expect(r.sections[0]!.transactions[0]).toMatchObject({
      date: '2018-05-07', valueDate: '2018-05-08', amountMinor: 1234, currency: 'AUD', balanceMinor: 12345,
      reference: null, description: 'CBA:Transfer',
    });
  });

  it('reads the cash lines of an investment statement', () => {
    const r = parse('<OFX><INVSTMTRS><CURDEF>USD<INVACCTFROM><BROKERID>b.com<ACCTID>INV-9</INVACCTFROM><INVTRANLIST><DTSTART>20240101<DTEND>20240131'
      + '<BUYSTOCK><INVBUY><INVTRAN><FITID>t1<DTTRADE>20240103</INVTRAN><TOTAL>-500</INVBUY></BUYSTOCK>'
      + '<INVBANKTRAN><STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20240110<TRNAMT>1000<FITID>c1<NAME>DEPOSIT</STMTTRN><SUBACCTFUND>CASH</INVBANKTRAN>'
      + '</INVTRANLIST></INVSTMTRS></OFX>');
    expect(r.sections[0]!.statement).toMatchObject({ accountId: 'INV-9', openingDate: '2024-01-01', closingDate: '2024-01-31' });
    expect(r.sections[0]!.transactions.map((t) => [t.reference, t.amountMinor])).toEqual([['c1', 100000]]);
  });
});

describe('ofxParser.parse — bad input', () => {
  it('reports broken lines with their line and keeps the rest', () => {
    const r = parse('<OFX>\n<STMTRS><CURDEF>USD<BANKACCTFROM><ACCTID>1</BANKACCTFROM><BANKTRANLIST>\n'
      + '<STMTTRN><DTPOSTED>2024XX01<TRNAMT>-1<FITID>1</STMTTRN>\n'
      + '<STMTTRN><DTPOSTED>20240102<TRNAMT>abc<FITID>2</STMTTRN>\n'
      + '<STMTTRN><DTPOSTED>20240103<FITID>3</STMTTRN>\n'
      + '<STMTTRN><TRNAMT>1<FITID>4</STMTTRN>\n'
      + '<STMTTRN><DTPOSTED>20240105<TRNAMT>7.25<FITID>5<NAME>OK</STMTTRN>\n'
      + '</BANKTRANLIST><LEDGERBAL><BALAMT>n/a<DTASOF>20240105</LEDGERBAL></STMTRS></OFX>');
    expect(r.sections[0]!.transactions.map((t) => t.reference)).toEqual(['5']);
    expect(r.errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 8]);
    expect(r.errors[0]!.message).toContain('2024XX01');
    expect(r.errors[1]!.message).toContain('abc');
    expect(r.sections[0]!.statement.closingBalanceMinor).toBeNull();
  });

  it("surfaces the bank's error message when the file holds no statement", () => {
    const r = parse('<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>15500<SEVERITY>ERROR<MESSAGE>Signon invalid</STATUS></SONRS></SIGNONMSGSRSV1></OFX>');
    expect(r.sections).toEqual([]);
    expect(r.errors[0]!.message).toContain('Signon invalid');
  });

  it('refuses a file with no OFX content', () => {
    expect(() => parse('Date,Amount\n2024-01-01,5\n')).toThrow(StatementError);
  });

  it('never expands DTD entities (no billion laughs, no external files)', () => {
    const evil = '<?xml version="1.0"?><!DOCTYPE OFX [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;"><!ENTITY x SYSTEM "file:///etc/passwd">]>'
      + '<OFX><STMTRS><CURDEF>USD<BANKTRANLIST><STMTTRN><DTPOSTED>20240101<TRNAMT>1<FITID>1<NAME>&b;&x;</STMTTRN></BANKTRANLIST></STMTRS></OFX>';
    expect(parse(evil).sections[0]!.transactions[0]!.payee).toBe('&b;&x;');
  });

  it('refuses more transactions than the row limit', () => {
    const line = '<STMTTRN><DTPOSTED>20240101<TRNAMT>1<FITID>1</STMTTRN>';
    const body = `<OFX><STMTRS><CURDEF>USD<BANKTRANLIST>${line.repeat(3)}</BANKTRANLIST></STMTRS></OFX>`;
    expect(() => parse(body, { limits: { maxRows: 2 } })).toThrow(expect.objectContaining({ code: 'TOO_LARGE' }));
    expect(parse(body, { limits: { maxRows: 3 } }).sections[0]!.transactions).toHaveLength(3);
  });
});

describe('ofxParser.parse — encodings', () => {
  it('decodes a CHARSET:1252 file', () => {
    const head = utf8(`${V1_HEADER}<OFX><STMTRS><CURDEF>EUR<BANKTRANLIST><STMTTRN><DTPOSTED>20240101<TRNAMT>-1<FITID>1<NAME>CAF`);
    const tail = utf8('</STMTTRN></BANKTRANLIST></STMTRS></OFX>');
    const bytes = new Uint8Array([...head, 0xc9, 0x20, 0x4d, 0xfc, 0x6e, 0x63, 0x68, 0x65, 0x6e, ...tail]);
    expect(parse(bytes).sections[0]!.transactions[0]!.payee).toBe('CAFÉ München');
  });

  it('keeps UTF-8 text even when the header declares a code page', () => {
    const r = parse(`${V1_HEADER.replace('1252', '8859-1')}<OFX><STMTRS><CURDEF>CAD<BANKTRANLIST><STMTTRN><DTPOSTED>20221019<TRNAMT>-20<FITID>1<NAME>Carte prépayée</STMTTRN></BANKTRANLIST></STMTRS></OFX>`);
    expect(r.sections[0]!.transactions[0]!.payee).toBe('Carte prépayée');
  });

  it('reads UTF-16 with a BOM', () => {
    const text = '<OFX><STMTRS><CURDEF>USD<BANKTRANLIST><STMTTRN><DTPOSTED>20240101<TRNAMT>2.5<FITID>1<NAME>Zoë</STMTTRN></BANKTRANLIST></STMTRS></OFX>';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes[0] = 0xff; bytes[1] = 0xfe;
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    expect(parse(bytes).sections[0]!.transactions[0]).toMatchObject({ payee: 'Zoë', amountMinor: 250 });
  });
});

describe('ofxParser.sniff', () => {
  it('recognises v1, v2 and headerless OFX', () => {
    expect(sniff(V1_HEADER + '<OFX>')).toEqual({ format: 'ofx', score: 0.95 });
    expect(sniff('<?xml version="1.0"?><?OFX OFXHEADER="200" VERSION="220"?><OFX>')).toEqual({ format: 'ofx', score: 0.95 });
    expect(sniff('\r\n<ofx>\r\n<SIGNONMSGSRSV1>')).toEqual({ format: 'ofx', score: 0.95 });
  });

  it('calls it QFX when Intuit sign-on fields are present', () => {
    expect(sniff(`${V1_HEADER}<OFX><SIGNONMSGSRSV1><SONRS><INTU.BID>3000<INTU.USERID>me`)).toEqual({ format: 'qfx', score: 0.95 });
  });

  it('accepts a body whose <OFX> root was cut off, with a lower score', () => {
    expect(sniff('<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240101<TRNAMT>-1')?.score).toBeLessThan(0.95);
  });

  it('ignores other formats', () => {
    expect(sniff('Date,Description,Amount\n2024-01-01,OFX fee,-1\n')).toBeNull();
    expect(sniff('<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">')).toBeNull();
    expect(sniff('!Type:Bank\nD01/02/2024\nT-1\n^')).toBeNull();
  });
});
