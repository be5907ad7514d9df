import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { StatementError } from '../types';
import { camtParser, parseCamt, sniffCamt } from './camt.parser';

const enc = (text: string) => new TextEncoder().encode(text);

function entry(amount: string, indicator: string, ref: string, text = 'Payment'): string {
  return `<Ntry><Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>${indicator}</CdtDbtInd><Sts>BOOK</Sts>
    <BookgDt><Dt>2024-01-15</Dt></BookgDt><AcctSvcrRef>${ref}</AcctSvcrRef><AddtlNtryInf>${text}</AddtlNtryInf></Ntry>`;
}

function container(tag: string, iban: string, entries: string[], balances = ''): string {
  return `<${tag}><Id>${iban}-1</Id><Acct><Id><IBAN>${iban}</IBAN></Id><Ccy>EUR</Ccy></Acct>${balances}\n${entries.join('\n')}\n</${tag}>`;
}

function doc(message: string, version: string, body: string, prolog = '<?xml version="1.0" encoding="UTF-8"?>'): string {
  return `${prolog}\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:${version}"><${message}><GrpHdr><MsgId>M1</MsgId></GrpHdr>\n${body}\n</${message}></Document>`;
}

const balance = (code: string, amount: string, ind: string, date: string) =>
  `<Bal><Tp><CdOrPrtry><Cd>${code}</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>${ind}</CdtDbtInd><Dt><Dt>${date}</Dt></Dt></Bal>`;

describe('sniffCamt', () => {
  it('detects 052, 053 and 054 by message element or namespace', () => {
    expect(sniffCamt(doc('BkToCstmrStmt', 'camt.053.001.02', ''))).toEqual({ format: 'camt053', score: 0.98 });
    expect(sniffCamt(doc('BkToCstmrAcctRpt', 'camt.052.001.08', ''))).toEqual({ format: 'camt052', score: 0.98 });
    expect(sniffCamt(doc('BkToCstmrDbtCdtNtfctn', 'camt.054.001.04', ''))).toEqual({ format: 'camt054', score: 0.98 });
    expect(sniffCamt('<c:Document xmlns:c="x"><c:BkToCstmrStmtV01>')).toEqual({ format: 'camt053', score: 0.98 });
    expect(sniffCamt('<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02">')).toEqual({ format: 'camt054', score: 0.98 });
  });

  it('ignores other XML and non-XML text', () => {
    expect(sniffCamt('<?xml version="1.0"?><OFX><BANKMSGSRSV1/></OFX>')).toBeNull();
    expect(sniffCamt('<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"><CstmrCdtTrfInitn/>')).toBeNull();
    expect(sniffCamt('Date;Amount\n2024-01-01;BkToCstmrStmt')).toBeNull();
    expect(camtParser.formats).toEqual(['camt052', 'camt053', 'camt054']);
  });
});

describe('parseCamt', () => {
  it('makes one section per statement with account, currency and balances', () => {
    const balances = balance('PRCD', '100.00', 'CRDT', '2024-01-14') + balance('CLBD', '50.50', 'DBIT', '2024-01-15');
    const body = container('Stmt', 'DE14740618130000033626', [entry('150.50', 'DBIT', 'A1')], balances)
      + container('Stmt', 'NL26VAYB8060476890', [entry('1', 'CRDT', 'B1'), entry('2', 'CRDT', 'B2')]);
    const { sections, errors } = parseCamt(enc(doc('BkToCstmrStmt', 'camt.053.001.04', body)));
    expect(errors).toEqual([]);
    expect(sections.map((s) => s.statement)).toEqual([
      { accountId: 'DE14740618130000033626', currency: 'EUR', openingBalanceMinor: 10000, openingDate: '2024-01-14', closingBalanceMinor: -5050, closingDate: '2024-01-15' },
      { accountId: 'NL26VAYB8060476890', currency: 'EUR', openingBalanceMinor: null, openingDate: null, closingBalanceMinor: null, closingDate: null },
    ]);
    expect(sections.map((s) => s.transactions.map((t) => t.amountMinor))).toEqual([[-15050], [100, 200]]);
  });

  it('reads camt.052 reports and camt.054 notifications the same way', () => {
    const rpt = parseCamt(enc(doc('BkToCstmrAcctRpt', 'camt.052.001.02', container('Rpt', 'CH9300762011623852957', [entry('5', 'DBIT', 'R1')]))));
    const ntf = parseCamt(enc(doc('BkToCstmrDbtCdtNtfctn', 'camt.054.001.08', container('Ntfctn', 'CH9300762011623852957', [entry('7', 'CRDT', 'N1')]))));
    expect(rpt.sections[0]!.transactions[0]).toMatchObject({ amountMinor: -500, reference: 'R1' });
    expect(ntf.sections[0]!.transactions[0]).toMatchObject({ amountMinor: 700, reference: 'N1' });
  });

  it('reports a broken entry by line and keeps the others', () => {
    const body = container('Stmt', 'DE14740618130000033626', [entry('1.00', 'CRDT', 'A1'), entry('1,00', 'CRDT', 'A2'), entry('3.00', 'DBIT', 'A3')]);
    const text = doc('BkToCstmrStmt', 'camt.053.001.02', body);
    const { sections, errors } = parseCamt(enc(text));
    expect(sections[0]!.transactions.map((t) => t.reference)).toEqual(['A1', 'A3']);
    const brokenLine = text.split('\n').findIndex((l) => l.includes('1,00')) + 1;
    expect(errors).toEqual([{ line: brokenLine, message: 'Entry skipped: its amount "1,00" is not a number.' }]);
  });

  it('never expands entities from a DOCTYPE (billion laughs)', () => {
    const lol = ['<!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i++) lol.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
    const prolog = `<?xml version="1.0"?>\n<!DOCTYPE Document [\n${lol.join('\n')}\n<!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>`;
    const body = container('Stmt', 'DE14740618130000033626', [entry('1.00', 'CRDT', 'A1', '&lol9; &xxe;')]);
    const { sections } = parseCamt(enc(doc('BkToCstmrStmt', 'camt.053.001.02', body, prolog)));
    expect(sections[0]!.transactions[0]!.description).toBe('&lol9; &xxe;');
  });

  it('keeps the entries before the point where a file is cut off, and says so', () => {
    const full = doc('BkToCstmrStmt', 'camt.053.001.02',
      container('Stmt', 'DE14740618130000033626', [entry('1.00', 'CRDT', 'A1'), entry('2.00', 'CRDT', 'A2'), entry('3.00', 'CRDT', 'A3')]));
    const cut = full.slice(0, full.indexOf('<AcctSvcrRef>A3') - 10);
    const { sections, errors } = parseCamt(enc(cut));
    expect(sections[0]!.transactions.map((t) => t.reference)).toEqual(['A1', 'A2']);
    expect(errors).toEqual([{ line: expect.any(Number), message: expect.stringMatching(/damaged or cut off/) }]);
  });

  it('refuses text that is not XML and XML without a statement', () => {
    expect(() => parseCamt(enc('<Document><BkToCstmrStmt><Stmt>'))).toThrow(StatementError);
    expect(() => parseCamt(enc('not xml at all'))).toThrow(/not well-formed XML/);
    expect(() => parseCamt(enc(doc('BkToCstmrStmt', 'camt.053.001.02', '')))).toThrow(/holds no account statement/);
  });

  it('drops references that repeat within the file (they identify nothing)', () => {
    const body = container('Stmt', 'DE14740618130000033626', [entry('1', 'CRDT', 'SAME'), entry('2', 'CRDT', 'SAME'), entry('3', 'CRDT', 'OWN')]);
    const { sections } = parseCamt(enc(doc('BkToCstmrStmt', 'camt.053.001.02', body)));
    expect(sections[0]!.transactions.map((t) => t.reference)).toEqual([null, null, 'OWN']);
  });

  it('decodes an ISO-8859-1 file as its declaration says', () => {
    const text = doc('BkToCstmrStmt', 'camt.053.001.02', container('Stmt', 'DE14740618130000033626', [entry('1', 'CRDT', 'A1', 'Müller Straße')]),
      '<?xml version="1.0" encoding="ISO-8859-1"?>');
    const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    expect(parseCamt(bytes).sections[0]!.transactions[0]!.payee).toBe('Müller Straße');
  });

  it('throws nothing but StatementError for random or mutated input, and never hangs', () => {
    const sample = doc('BkToCstmrStmt', 'camt.053.001.02', container('Stmt', 'DE14740618130000033626',
      [entry('1.00', 'CRDT', 'A1'), entry('2.50', 'DBIT', 'A2')], balance('OPBD', '1.00', 'CRDT', '2024-01-01')));
    const mutated = fc.tuple(fc.nat({ max: sample.length }), fc.nat({ max: 40 }), fc.string({ maxLength: 8 }))
      .map(([at, cut, insert]) => sample.slice(0, at) + insert + sample.slice(at + cut));
    fc.assert(fc.property(fc.oneof(mutated, fc.string()), (text) => {
      const started = performance.now();
      try {
        const { sections } = parseCamt(enc(text));
        for (const t of sections.flatMap((s) => s.transactions)) expect(Number.isSafeInteger(t.amountMinor)).toBe(true);
      } catch (err) {
        expect(err).toBeInstanceOf(StatementError);
      }
      expect(performance.now() - started).toBeLessThan(2000);
    }), { numRuns: 1500 });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
      try {
        parseCamt(bytes);
      } catch (err) {
        expect(err).toBeInstanceOf(StatementError);
      }
    }), { numRuns: 500 });
  });
});
