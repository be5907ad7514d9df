import { describe, expect, it } from 'vitest';
import type { RowError } from '../types';
import { readXml } from '../../text/xml';
import { SectionBuilder, readAccount } from './camt-statement';

describe('readAccount', () => {
  it('reads the IBAN, else the other identification, and the account currency', () => {
    expect(readAccount(readXml('<Stmt><Acct><Id><IBAN>DE14 7406 1813 0000 0336 26</IBAN></Id><Ccy>eur</Ccy></Acct></Stmt>')))
      .toEqual({ accountId: 'DE14740618130000033626', currency: 'EUR' });
    expect(readAccount(readXml('<Stmt><Acct><Id><Othr><Id>CH2801234000123456789</Id></Othr></Id></Acct></Stmt>')))
      .toEqual({ accountId: 'CH2801234000123456789', currency: null });
    expect(readAccount(readXml('<Stmt/>'))).toEqual({ accountId: null, currency: null });
  });
});

describe('SectionBuilder', () => {
  const stmt = readXml(`<Stmt>
  <Acct><Id><IBAN>NL26VAYB8060476890</IBAN></Id></Acct>
  <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">18.15</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2014-12-30</Dt></Dt></Bal>
  <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">27.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Dt><Dt>2014-12-31</Dt></Dt></Bal>
</Stmt>`);
  const ntry = (body: string) => readXml(`<Ntry>${body}</Ntry>`);

  it('collects entries, reports unreadable ones by line, and notes pending ones', () => {
    const errors: RowError[] = [];
    const b = new SectionBuilder(stmt, errors);
    b.addEntry(ntry('<Amt>8.85</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2014-12-31</Dt></BookgDt>'));
    b.addEntry(readXml('<Ntry>\n<Amt>oops</Amt></Ntry>'));
    b.addEntry(ntry('<Amt>1</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>PDNG</Sts>'));
    const section = b.finish();
    expect(section.statement).toEqual({
      accountId: 'NL26VAYB8060476890', currency: 'EUR',
      openingBalanceMinor: 1815, openingDate: '2014-12-30', closingBalanceMinor: -2700, closingDate: '2014-12-31',
    });
    // The entry without Ccy takes the account currency, which here comes from the balances.
    expect(section.transactions.map((t) => [t.amountMinor, t.currency])).toEqual([[885, 'EUR']]);
    expect(errors).toEqual([
      { line: 1, message: 'Entry skipped: its amount "oops" is not a number.' },
      { line: 1, message: '1 pending or informational entry was not imported; they appear once the bank books them.' },
    ]);
  });
});
