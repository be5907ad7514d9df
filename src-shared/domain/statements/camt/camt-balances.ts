/** `<Bal>` elements of a CAMT statement/report and the choice of opening and closing balance. */
import type { RowError } from '../types';
import { childrenNamed, textAt, type XmlElement } from '../../text/xml';
import { CamtRowProblem, amountOf, dateOf, directionOf } from './camt-values';

export interface CamtBalance {
  /** ISO balance type: OPBD, PRCD, ITBD, CLBD, OPAV, CLAV, FWAV, ITAV, INFO, XPCD, … */
  code: string;
  /** Signed minor units (DBIT is negative). */
  amountMinor: number;
  currency: string;
  date: string | null;
  line: number;
}

/** Every readable `<Bal>` of a statement; unreadable ones are reported and skipped. */
export function readBalances(container: XmlElement, accountCurrency: string | null, errors: RowError[]): CamtBalance[] {
  const out: CamtBalance[] = [];
  for (const bal of childrenNamed(container, 'Bal')) {
    try {
      out.push(readBalance(bal, accountCurrency));
    } catch (err) {
      if (!(err instanceof CamtRowProblem)) throw err;
      const code = textAt(bal, 'Tp', 'CdOrPrtry', 'Cd') ?? textAt(bal, 'Tp', 'CdOrPrtry', 'Prtry') ?? '';
      errors.push({ line: bal.line, message: `Balance ${code ? `${code} ` : ''}skipped: ${err.message}.` });
    }
  }
  return out;
}

function readBalance(bal: XmlElement, accountCurrency: string | null): CamtBalance {
  const code = (textAt(bal, 'Tp', 'CdOrPrtry', 'Cd') ?? textAt(bal, 'Tp', 'CdOrPrtry', 'Prtry') ?? '').toUpperCase();
  const amt = bal.children.find((c) => c.name === 'Amt');
  const { minor, currency } = amountOf(amt, accountCurrency);
  // A zero balance is sometimes sent without an indicator; any other amount needs one.
  const indicator = textAt(bal, 'CdtDbtInd');
  const sign = indicator === null && minor === 0 ? 1 : directionOf(indicator);
  return { code, amountMinor: sign * minor, currency, date: dateOf(bal.children.find((c) => c.name === 'Dt')), line: bal.line };
}

/**
 * Opening and closing balance for reconciliation: booked balances first, because available
 * balances include value-dated and credit-line effects that booked entries do not explain.
 * - opening: OPBD, else PRCD (previously closed = this opening), else an interim booked
 *   balance (ITBD) when it starts a page that a later booked balance closes, else OPAV;
 * - closing: CLBD, else the last ITBD not used as opening (an intraday report's "booked so far"),
 *   else CLAV.
 */
export function chooseOpeningClosing(balances: readonly CamtBalance[]): { opening: CamtBalance | null; closing: CamtBalance | null } {
  const first = (code: string) => balances.find((b) => b.code === code) ?? null;
  const interim = balances.filter((b) => b.code === 'ITBD');
  const clbd = first('CLBD');
  let opening = first('OPBD') ?? first('PRCD');
  if (!opening && interim.length > 0 && (clbd || interim.length > 1)) opening = interim[0]!;
  opening ??= first('OPAV');
  const laterInterim = interim.filter((b) => b !== opening);
  const closing = clbd ?? laterInterim[laterInterim.length - 1] ?? first('CLAV');
  return { opening, closing };
}
