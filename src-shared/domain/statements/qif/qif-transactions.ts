import { formatMinor } from '../../money/decimal';
import type { DateOrder, ParsedTransaction, RowError } from '../types';
import { readQifAmount } from './qif-amounts';
import { qifDateToIso, readQifDate } from './qif-dates';
import type { QifField, QifRecord } from './qif-records';

/**
 * One QIF transaction record → ParsedTransaction. Fields (Quicken's QIF spec):
 * D date, T/U amount, C cleared, N check number (investment: action), P payee, M memo,
 * A address lines, L category or [transfer account], S/E/$/% split category/memo/amount/percent;
 * investment records add Y security, I price, Q quantity, O commission.
 * The amount is always the transaction total; splits are summarized in the memo.
 */

export interface QifReadContext {
  dateOrder: DateOrder;
  decimal: ',' | '.';
  scale: number;
  currency: string;
}

export function readQifTransaction(record: QifRecord, ctx: QifReadContext): ParsedTransaction | RowError | null {
  const first = (code: string): string => record.fields.find((f) => f.code === code)?.value ?? '';
  const investment = record.kind === 'investment';

  const dateText = first('D');
  if (dateText === '') return { line: record.line, message: 'Transaction without a date (no D line); skipped.' };
  const parsedDate = readQifDate(dateText);
  const date = parsedDate && qifDateToIso(parsedDate, ctx.dateOrder);
  if (!date) {
    return { line: lineOf(record, 'D'), message: `"${dateText}" is not a date this file's format (${orderLabel(ctx.dateOrder)}) can read; transaction skipped.` };
  }

  const splits = readSplits(record.fields, ctx);
  const amountText = first('T') || first('U');
  let amountMinor: number | null;
  if (amountText !== '') {
    amountMinor = readQifAmount(amountText, ctx.decimal, ctx.scale);
    if (amountMinor === null) {
      return { line: lineOf(record, first('T') ? 'T' : 'U'), message: `Amount "${amountText}" is not a number; transaction skipped.` };
    }
  } else if (splits.length > 0 && splits.every((s) => s.amountMinor !== null)) {
    // Some exporters give only the split lines; their sum is the total.
    amountMinor = splits.reduce((sum, s) => sum + s.amountMinor!, 0);
  } else if (investment) {
    return null; // Share-only actions (StkSplit, ShrsIn…) move no cash.
  } else {
    return { line: record.line, message: 'Transaction without an amount (no T line); skipped.' };
  }

  const action = investment ? first('N') : '';
  if (investment && CASH_OUT_ACTIONS.has(action.toLowerCase())) amountMinor = -Math.abs(amountMinor);

  const payee = first('P');
  const number = investment ? '' : first('N');
  const trade = investment ? [action, first('Y'), quantity(first('Q'), first('I'))].filter(Boolean).join(' ') : '';
  const memo = [first('M'), trade, splitSummary(splits, ctx.scale)].filter(Boolean).join('; ');
  const category = first('L');
  const description = payee || first('M') || trade || category || (number ? `Check ${number}` : '') || memo;

  return {
    date,
    valueDate: null,
    amountMinor,
    currency: ctx.currency,
    payee,
    description,
    memo,
    // Check numbers identify a line; Quicken's codes ("ATM", "EFT", "DEP") repeat on many.
    reference: /\d/.test(number) ? number : null,
    balanceMinor: null,
    category: category || null,
    line: record.line,
  };
}

/**
 * Investment actions that take cash out of the account. Quicken writes every investment
 * amount unsigned and lets the action carry the direction.
 */
const CASH_OUT_ACTIONS = new Set(['buy', 'buyx', 'miscexp', 'miscexpx', 'margint', 'margintx', 'xout', 'withdrwx', 'cvrshrt', 'cvrshrtx']);

interface Split {
  category: string;
  memo: string;
  amountText: string;
  amountMinor: number | null;
}

/** S starts a split; E and $ (and %) that follow belong to it. */
function readSplits(fields: readonly QifField[], ctx: QifReadContext): Split[] {
  const splits: Split[] = [];
  let current: Split | null = null;
  for (const f of fields) {
    if (f.code === 'S') {
      current = { category: f.value, memo: '', amountText: '', amountMinor: null };
      splits.push(current);
    } else if (f.code === 'E' || f.code === '$') {
      // An E or $ before any S still describes a split (seen in hand-made files).
      if (!current || (f.code === 'E' ? current.memo : current.amountText)) {
        current = { category: '', memo: '', amountText: '', amountMinor: null };
        splits.push(current);
      }
      if (f.code === 'E') current.memo = f.value;
      else {
        current.amountText = f.value;
        current.amountMinor = readQifAmount(f.value, ctx.decimal, ctx.scale);
      }
    }
  }
  return splits;
}

function splitSummary(splits: readonly Split[], scale: number): string {
  if (splits.length === 0) return '';
  const parts = splits.map((s) => [
    s.category,
    s.amountMinor !== null ? formatMinor(s.amountMinor, scale) : s.amountText,
    s.memo ? `(${s.memo})` : '',
  ].filter(Boolean).join(' '));
  return `Splits: ${parts.join(', ')}`;
}

function quantity(q: string, price: string): string {
  if (!q) return '';
  return price ? `${q} @ ${price}` : q;
}

function lineOf(record: QifRecord, code: string): number {
  return record.fields.find((f) => f.code === code)?.line ?? record.line;
}

function orderLabel(order: DateOrder): string {
  return order === 'dmy' ? 'day/month/year' : order === 'mdy' ? 'month/day/year' : 'year-month-day';
}
