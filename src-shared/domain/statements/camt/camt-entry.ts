/** One `<Ntry>` of a CAMT statement/report/notification → one or more transactions. */
import type { ParsedTransaction } from '../types';
import { child, childrenNamed, textAt, type XmlElement } from '../../text/xml';
import { CamtRowProblem, amountOf, clean, dateOf, directionOf, joinParts } from './camt-values';
import { readTxDetails, type TxDetails } from './camt-tx-details';

export type EntryOutcome =
  | { status: 'booked'; transactions: ParsedTransaction[] }
  /** Pending or informational entries are not (yet) on the account; they are not imported. */
  | { status: 'not-booked'; code: string };

const NOT_BOOKED = new Set(['PDNG', 'INFO', 'FUTR']);
// A batch that is not split still names its payments in the description, up to this many.
const MAX_BATCH_TEXTS = 10;

/** Throws CamtRowProblem when the entry cannot be read; the caller reports and skips it. */
export function readEntry(ntry: XmlElement, accountCurrency: string | null): EntryOutcome {
  // Sts is a bare code up to .001.07 and <Sts><Cd>…</Cd></Sts> from .001.08.
  const status = (textAt(ntry, 'Sts', 'Cd') ?? textAt(ntry, 'Sts') ?? 'BOOK').toUpperCase();
  if (NOT_BOOKED.has(status)) return { status: 'not-booked', code: status };

  const amount = amountOf(child(ntry, 'Amt'), accountCurrency);
  // The indicator is the direction of this booking; a reversal (RvslInd) is already booked in
  // the opposite direction of the original, so it never flips the sign again.
  const direction = directionOf(textAt(ntry, 'CdtDbtInd'));
  const bookingDate = dateOf(child(ntry, 'BookgDt'));
  const valueDate = dateOf(child(ntry, 'ValDt'));
  const date = bookingDate ?? valueDate;
  if (!date) throw new CamtRowProblem('it has no booking or value date');

  // The reference is the bank's id of the booking (the dedup key). EndToEndId is the payer's
  // id, often "NOTPROVIDED" or an invoice number reused every month, so it only goes to memo.
  const entryRef = refOf(textAt(ntry, 'AcctSvcrRef')) ?? refOf(textAt(ntry, 'NtryRef'));
  const entryInfo = clean(textAt(ntry, 'AddtlNtryInf'));
  const reversal = /^(true|1)$/i.test(textAt(ntry, 'RvslInd') ?? '');
  const ntryDtls = childrenNamed(ntry, 'NtryDtls');
  const details = ntryDtls.flatMap((d) => childrenNamed(d, 'TxDtls'))
    .map((tx) => readTxDetails(tx, direction, amount.currency));
  const base = { date, valueDate, currency: amount.currency, balanceMinor: null, category: null };
  const signed = direction * amount.minor;

  if (splits(details, signed)) {
    // Every payment of the batch has its own amount and they add up to the booking: one row
    // each keeps the balance identical and gives each payment its own payee and remittance.
    return {
      status: 'booked',
      transactions: details.map((d, i) => ({
        ...base, ...texts([d], entryInfo, reversal),
        amountMinor: d.amountMinor!,
        reference: d.acctSvcrRef || (entryRef ? `${entryRef}/${i + 1}` : null),
        line: d.line,
      })),
    };
  }
  // Otherwise the booking stays one row with the entry amount, as the bank's balance sees it.
  const single = details.length === 1 ? details[0]! : null;
  return {
    status: 'booked',
    transactions: [{
      ...base, ...texts(details, entryInfo, reversal, batchNote(ntryDtls, details.length)),
      amountMinor: signed,
      reference: entryRef ?? (single?.acctSvcrRef || null),
      line: ntry.line,
    }],
  };
}

function splits(details: readonly TxDetails[], signedTotal: number): boolean {
  if (details.length < 2) return false;
  let sum = 0;
  for (const d of details) {
    if (d.amountMinor === null) return false;
    sum += d.amountMinor;
  }
  return sum === signedTotal;
}

/**
 * payee = the counterparty (or its ultimate party, or the entry's additional info);
 * description = remittance information (or additional info): the bank's own words;
 * memo = everything else worth keeping (account, end-to-end id, mandate, return reason…).
 */
function texts(details: readonly TxDetails[], entryInfo: string, reversal: boolean, batch = ''): Pick<ParsedTransaction, 'payee' | 'description' | 'memo'> {
  const names = unique(details.map((d) => d.counterparty || d.ultimateParty));
  const payee = names.length === 1 ? names[0]! : entryInfo;
  const remittances = unique(details.map((d) => d.remittance || d.additionalInfo));
  const shown = remittances.slice(0, MAX_BATCH_TEXTS);
  const more = remittances.length - shown.length;
  const description = joinParts([...(payee === entryInfo ? [] : [entryInfo]), ...shown], '; ') + (more > 0 ? ` (+${more} more)` : '')
    || entryInfo;
  const one = details.length === 1 ? details[0]! : null;
  const memo = joinParts([
    one?.counterpartyAccount ? `${isIban(one.counterpartyAccount) ? 'IBAN' : 'Account'} ${one.counterpartyAccount}` : '',
    one?.ultimateParty && one.ultimateParty !== payee ? `Ultimate party ${one.ultimateParty}` : '',
    one?.additionalInfo && one.additionalInfo !== description ? one.additionalInfo : '',
    one?.endToEndId ? `End-to-end ${one.endToEndId}` : '',
    one?.mandateId ? `Mandate ${one.mandateId}` : '',
    one?.returnReason ? `Return reason ${one.returnReason}` : '',
    entryInfo && entryInfo !== payee && !description.includes(entryInfo) ? entryInfo : '',
    reversal ? 'Reversal' : '',
    batch,
  ], '; ');
  return { payee, description, memo };
}

function batchNote(ntryDtls: readonly XmlElement[], detailCount: number): string {
  const btch = ntryDtls.map((d) => child(d, 'Btch')).find((b) => b !== undefined);
  const count = Number(textAt(btch, 'NbOfTxs') ?? detailCount);
  if (!btch && detailCount < 2) return '';
  const id = textAt(btch, 'PmtInfId');
  return `Batch of ${Number.isFinite(count) ? count : detailCount} payments${id ? ` (${id})` : ''}`;
}

function refOf(text: string | null): string | null {
  const c = clean(text);
  return c && c.toUpperCase() !== 'NOTPROVIDED' && c.toUpperCase() !== 'NONREF' ? c : null;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))];
}

function isIban(text: string): boolean {
  return /^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/.test(text.replace(/\s+/g, ''));
}
