/** Leaf values of ISO 20022 cash-management messages: amounts, indicators, dates, text. */
import { isIsoDate } from '../../dates/iso-date';
import { currencyScale, isCurrencyCode } from '../../money/currency';
import { parseDecimalToMinor } from '../../money/decimal';
import { attr, child, type XmlElement } from '../../text/xml';

/** A problem with one entry or balance: the caller reports it by line and skips that element. */
export class CamtRowProblem extends Error {}

export interface CamtAmount {
  /** Unsigned minor units, rounded to the currency's minor unit. */
  minor: number;
  currency: string;
}

// ISO 20022 ActiveOrHistoricCurrencyAndAmount: unsigned, '.' decimal, up to 5 fraction digits.
// A leading minus is not allowed by the schema but is tolerated (and kept) if a bank writes one.
const AMOUNT = /^-?\d{1,18}(\.\d{0,5})?$/;

/** `<Amt Ccy="EUR">8.850</Amt>`; the currency falls back to the account's when the attribute is missing. */
export function amountOf(el: XmlElement | undefined, fallbackCurrency: string | null): CamtAmount {
  if (!el) throw new CamtRowProblem('it has no amount');
  const text = el.text.trim();
  const currency = (attr(el, 'Ccy') ?? fallbackCurrency ?? '').trim().toUpperCase();
  if (!isCurrencyCode(currency)) throw new CamtRowProblem(`it has no valid currency (Ccy="${currency}")`);
  if (!AMOUNT.test(text)) throw new CamtRowProblem(`its amount "${text.slice(0, 40)}" is not a number`);
  // Rounds half away from zero to the currency's minor unit (JPY 0, EUR 2, BHD 3 digits).
  const minor = parseDecimalToMinor(text, { decimal: '.', scale: currencyScale(currency) });
  if (minor === null) throw new CamtRowProblem(`its amount "${text.slice(0, 40)}" is out of range`);
  return { minor, currency };
}

/** CRDT → +1, DBIT → -1. */
export function directionOf(indicator: string | null): 1 | -1 {
  switch (indicator?.trim().toUpperCase()) {
    case 'CRDT': return 1;
    case 'DBIT': return -1;
    default: throw new CamtRowProblem(`it has no credit/debit indicator (CdtDbtInd "${indicator ?? ''}")`);
  }
}

/**
 * `<X><Dt>2014-12-31</Dt></X>` or `<X><DtTm>2014-12-31T13:15:00+01:00</DtTm></X>` → 2014-12-31.
 * The date is taken as the bank wrote it, never shifted to UTC: a booking at 00:30 local time
 * belongs to that local day on the user's statement.
 */
export function dateOf(el: XmlElement | undefined): string | null {
  const text = (child(el, 'Dt') ?? child(el, 'DtTm'))?.text.trim() ?? '';
  const day = text.slice(0, 10);
  return isIsoDate(day) ? day : null;
}

/** Collapses whitespace (pretty-printed XML wraps text across indented lines). */
export function clean(text: string | null | undefined): string {
  return text ? text.replace(/\s+/g, ' ').trim() : '';
}

/** Joins the non-empty parts, skipping parts already contained in an earlier one. */
export function joinParts(parts: readonly (string | null | undefined)[], sep: string): string {
  const out: string[] = [];
  for (const p of parts) {
    const c = clean(p);
    if (c && !out.some((o) => o.includes(c))) out.push(c);
  }
  return out.join(sep);
}
