import { describe, expect, it } from 'vitest';
import type { RowError } from '../types';
import { readXml } from '../../text/xml';
import { chooseOpeningClosing, readBalances, type CamtBalance } from './camt-balances';

function bal(code: string, amount: string, indicator: string | null, date = '2024-01-31', ccy = 'EUR'): string {
  return `<Bal><Tp><CdOrPrtry><Cd>${code}</Cd></CdOrPrtry></Tp><Amt Ccy="${ccy}">${amount}</Amt>${indicator ? `<CdtDbtInd>${indicator}</CdtDbtInd>` : ''}<Dt><Dt>${date}</Dt></Dt></Bal>`;
}

function balances(...xml: string[]): { list: CamtBalance[]; errors: RowError[] } {
  const errors: RowError[] = [];
  return { list: readBalances(readXml(`<Stmt>\n${xml.join('\n')}\n</Stmt>`), 'EUR', errors), errors };
}

describe('readBalances', () => {
  it('reads type, signed amount (DBIT negative), currency and date', () => {
    const { list } = balances(bal('OPBD', '18.15', 'CRDT', '2014-12-30'), bal('CLBD', '27.00', 'DBIT', '2014-12-31', 'SEK'));
    expect(list.map(({ code, amountMinor, currency, date }) => ({ code, amountMinor, currency, date }))).toEqual([
      { code: 'OPBD', amountMinor: 1815, currency: 'EUR', date: '2014-12-30' },
      { code: 'CLBD', amountMinor: -2700, currency: 'SEK', date: '2014-12-31' },
    ]);
  });

  it('reads the date from DtTm and a proprietary type code', () => {
    const { list } = balances('<Bal><Tp><CdOrPrtry><Prtry>CLBD</Prtry></CdOrPrtry></Tp><Amt Ccy="RON">5442.09000</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><DtTm>2025-07-23T00:00:00</DtTm></Dt></Bal>');
    expect(list[0]).toMatchObject({ code: 'CLBD', amountMinor: 544209, date: '2025-07-23' });
  });

  it('accepts a zero balance without indicator but reports other balances without one', () => {
    const { list, errors } = balances(bal('OPBD', '0.00', null), bal('CLBD', '5.00', null));
    expect(list.map((b) => b.amountMinor)).toEqual([0]);
    expect(errors).toEqual([{ line: 3, message: 'Balance CLBD skipped: it has no credit/debit indicator (CdtDbtInd "").' }]);
  });
});

describe('chooseOpeningClosing', () => {
  const b = (code: string, amountMinor: number): CamtBalance => ({ code, amountMinor, currency: 'EUR', date: '2024-01-01', line: 1 });
  const pick = (...list: CamtBalance[]) => {
    const { opening, closing } = chooseOpeningClosing(list);
    return [opening?.code ?? null, closing?.code ?? null, opening?.amountMinor ?? null, closing?.amountMinor ?? null];
  };

  it('prefers booked balances: OPBD before PRCD, CLBD before available ones', () => {
    expect(pick(b('CLAV', 5), b('PRCD', 2), b('OPBD', 1), b('OPAV', 3), b('CLBD', 4), b('FWAV', 6), b('ITBD', 9))).toEqual(['OPBD', 'CLBD', 1, 4]);
  });

  it('takes PRCD (previously closed) as opening when there is no OPBD', () => {
    expect(pick(b('PRCD', 2416), b('CLBD', 2761))).toEqual(['PRCD', 'CLBD', 2416, 2761]);
  });

  it('uses an interim booked balance as the opening of a continued page and as the closing of an intraday report', () => {
    expect(pick(b('ITBD', 10), b('CLBD', 20))).toEqual(['ITBD', 'CLBD', 10, 20]);
    expect(pick(b('OPBD', 10), b('ITBD', 15))).toEqual(['OPBD', 'ITBD', 10, 15]);
    expect(pick(b('ITBD', 15))).toEqual([null, 'ITBD', null, 15]);
    expect(pick(b('ITBD', 10), b('ITBD', 15))).toEqual(['ITBD', 'ITBD', 10, 15]);
  });

  it('falls back to available balances only when no booked balance exists', () => {
    expect(pick(b('CLAV', -2700))).toEqual([null, 'CLAV', null, -2700]);
    expect(pick(b('OPAV', 1), b('CLAV', 2))).toEqual(['OPAV', 'CLAV', 1, 2]);
    expect(pick(b('INFO', 7), b('XPCD', 8))).toEqual([null, null, null, null]);
  });
});
