import { describe, expect, it } from 'vitest';
import { readXml } from '../../text/xml';
import { CamtRowProblem } from './camt-values';
import { readEntry } from './camt-entry';

interface EntryParts {
  amount?: string;
  indicator?: string;
  status?: string;
  booking?: string;
  value?: string;
  refs?: string;
  details?: string;
  info?: string;
}

function entry(p: EntryParts = {}): string {
  return `<Ntry>
  <Amt Ccy="EUR">${p.amount ?? '10.00'}</Amt>
  <CdtDbtInd>${p.indicator ?? 'DBIT'}</CdtDbtInd>
  ${p.status ?? '<Sts>BOOK</Sts>'}
  ${p.booking ?? '<BookgDt><Dt>2024-03-12</Dt></BookgDt>'}
  ${p.value ?? '<ValDt><Dt>2024-03-11</Dt></ValDt>'}
  ${p.refs ?? '<AcctSvcrRef>REF-1</AcctSvcrRef>'}
  ${p.details ?? ''}
  ${p.info ? `<AddtlNtryInf>${p.info}</AddtlNtryInf>` : ''}
</Ntry>`;
}

function read(p: EntryParts = {}, accountCurrency: string | null = 'EUR') {
  const outcome = readEntry(readXml(entry(p)), accountCurrency);
  if (outcome.status !== 'booked') throw new Error(`not booked: ${outcome.code}`);
  return outcome.transactions;
}

const tx = (amount: string, name: string, text: string, refs = `<EndToEndId>E2E-${name}</EndToEndId>`) =>
  `<TxDtls><Refs>${refs}</Refs>${amount ? `<Amt Ccy="EUR">${amount}</Amt>` : ''}
   <RltdPties><Cdtr><Nm>${name}</Nm></Cdtr><CdtrAcct><Id><IBAN>NL56AGDH9619008421</IBAN></Id></CdtrAcct></RltdPties>
   <RmtInf><Ustrd>${text}</Ustrd></RmtInf></TxDtls>`;

describe('readEntry', () => {
  it('signs the amount by CdtDbtInd and dates it by booking date, keeping the value date', () => {
    const [t] = read({ amount: '89.85', indicator: 'DBIT' });
    expect(t).toMatchObject({ amountMinor: -8985, currency: 'EUR', date: '2024-03-12', valueDate: '2024-03-11', reference: 'REF-1', balanceMinor: null, category: null, line: 1 });
    expect(read({ amount: '0.60', indicator: 'CRDT' })[0]!.amountMinor).toBe(60);
  });

  it('reads a booking DtTm as its local date and falls back to the value date', () => {
    expect(read({ booking: '<BookgDt><DtTm>2014-12-31T13:15:00+01:00</DtTm></BookgDt>' })[0]!.date).toBe('2014-12-31');
    expect(read({ booking: '' })[0]!.date).toBe('2024-03-11');
    expect(() => read({ booking: '', value: '' })).toThrow(CamtRowProblem);
  });

  it('never flips the sign of a reversal: the indicator already gives its direction', () => {
    const [t] = read({ indicator: 'CRDT', details: '<RvslInd>true</RvslInd>' });
    expect(t!.amountMinor).toBe(1000);
    const reversal = readEntry(readXml(entry({ indicator: 'CRDT' }).replace('<Sts>', '<RvslInd>true</RvslInd><Sts>')), 'EUR');
    expect(reversal.status === 'booked' && reversal.transactions[0]!.memo).toBe('Reversal');
  });

  it('takes the reference from AcctSvcrRef, else NtryRef, else the details AcctSvcrRef, never the payer EndToEndId', () => {
    expect(read({ refs: '<NtryRef>NR-9</NtryRef>' })[0]!.reference).toBe('NR-9');
    expect(read({ refs: '<AcctSvcrRef>NOTPROVIDED</AcctSvcrRef>' })[0]!.reference).toBeNull();
    expect(read({ refs: '', details: `<NtryDtls>${tx('', 'Rega', 'x', '<EndToEndId>E2E</EndToEndId><AcctSvcrRef>TX-REF</AcctSvcrRef>')}</NtryDtls>` })[0]!.reference).toBe('TX-REF');
    expect(read({ refs: '', details: `<NtryDtls>${tx('', 'Rega', 'x')}</NtryDtls>` })[0]!.reference).toBeNull();
  });

  it('puts counterparty in payee, remittance in description and the rest in memo', () => {
    const [t] = read({ details: `<NtryDtls>${tx('10.00', 'Rega', 'Invoice 002462')}</NtryDtls>`, info: 'Rega' });
    expect(t).toMatchObject({ payee: 'Rega', description: 'Invoice 002462', memo: 'IBAN NL56AGDH9619008421; End-to-end E2E-Rega' });
  });

  it('uses AddtlNtryInf as payee and description when the entry has no details', () => {
    const [t] = read({ info: 'Supermarkt A' });
    expect(t).toMatchObject({ payee: 'Supermarkt A', description: 'Supermarkt A', memo: '' });
  });

  it('splits a batch whose details carry amounts that add up to the entry', () => {
    const details = `<NtryDtls><Btch><NbOfTxs>2</NbOfTxs></Btch>${tx('2.25', 'Alpha', 'First')}${tx('1.20', 'Beta', 'Second')}</NtryDtls>`;
    const ts = read({ amount: '3.45', details });
    expect(ts.map((t) => [t.amountMinor, t.payee, t.description, t.reference])).toEqual([
      [-225, 'Alpha', 'First', 'REF-1/1'],
      [-120, 'Beta', 'Second', 'REF-1/2'],
    ]);
    expect(ts[1]!.line).toBeGreaterThan(ts[0]!.line!);
  });

  it('keeps a batch as one booking when its details do not add up or lack amounts', () => {
    const details = `<NtryDtls><Btch><PmtInfId>PMT-7</PmtInfId><NbOfTxs>2</NbOfTxs></Btch>${tx('2.25', 'Alpha', 'First')}${tx('', 'Beta', 'Second')}</NtryDtls>`;
    const ts = read({ amount: '3.45', details, info: 'SEPA collective transfer' });
    expect(ts).toHaveLength(1);
    expect(ts[0]).toMatchObject({
      amountMinor: -345, payee: 'SEPA collective transfer', description: 'First; Second',
      memo: 'Batch of 2 payments (PMT-7)', reference: 'REF-1',
    });
    const wrongSum = read({ amount: '3.46', details: `<NtryDtls>${tx('2.25', 'Alpha', 'First')}${tx('1.20', 'Alpha', 'Second')}</NtryDtls>` });
    expect(wrongSum.map((t) => [t.amountMinor, t.payee])).toEqual([[-346, 'Alpha']]);
  });

  it('does not import pending or informational entries', () => {
    expect(readEntry(readXml(entry({ status: '<Sts>PDNG</Sts>' })), 'EUR')).toEqual({ status: 'not-booked', code: 'PDNG' });
    expect(readEntry(readXml(entry({ status: '<Sts><Cd>INFO</Cd></Sts>' })), 'EUR')).toEqual({ status: 'not-booked', code: 'INFO' });
    expect(read({ status: '<Sts><Cd>BOOK</Cd></Sts>' })).toHaveLength(1);
    expect(read({ status: '' })).toHaveLength(1);
  });

  it('refuses entries without a readable amount or indicator', () => {
    expect(() => read({ amount: 'abc' })).toThrow(CamtRowProblem);
    expect(() => read({ indicator: 'XX' })).toThrow(CamtRowProblem);
    expect(() => readEntry(readXml(entry().replace(' Ccy="EUR"', '')), null)).toThrow(/currency/);
  });
});
