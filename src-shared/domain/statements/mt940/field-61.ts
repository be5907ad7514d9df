/**
 * :61: statement line — 6!n[4!n]2a[1!a]15d1!a3!c[16x][//16x] and [34x] on the next line:
 * value date YYMMDD, optional entry (booking) date MMDD, mark C/D/RC/RD, optional funds code,
 * amount with decimal comma, transaction type (N/F/S + 3), customer reference, bank reference,
 * supplementary details.
 */
import { daysBetween } from '../../dates/iso-date';
import { SwiftRowProblem, monthDay, swiftAmount, swiftDate, squash } from './swift-values';

export interface StatementLine {
  valueDate: string;
  /** The booking date, its year inferred from the value date; null when the line gives none. */
  entryDate: string | null;
  /** Signed minor units. */
  amountMinor: number;
  mark: 'C' | 'D' | 'RC' | 'RD';
  typeCode: string;
  /** Null for placeholders (NONREF). */
  customerRef: string | null;
  bankRef: string | null;
  /** Text after the references on the first line (old Rabobank exports put the counterparty name there). */
  trailing: string;
  /** Supplementary details (the second line). */
  supplementary: string;
}

const LINE = /^(\d{6})(\d{4})?(RC|RD|C|D)([A-Z])?(\d[\d,.]*|[,.]\d+)([A-Z][A-Z0-9 ]{3})?(.*)$/;
const PLACEHOLDER_REFS = new Set(['NONREF', 'NOTPROVIDED', 'NONE']);

export function parseStatementLine(lines: readonly string[], currency: string | null): StatementLine {
  const first = (lines[0] ?? '').trimStart();
  let m = LINE.exec(first);
  let after = lines.slice(1);
  // Some exports wrap the line before the amount ("…CR" / "30,00N062NONREF"): rejoin once.
  if (!m && lines.length > 1) {
    m = LINE.exec(first.trimEnd() + lines[1]!.trim());
    after = lines.slice(2);
  }
  if (!m) throw new SwiftRowProblem(`statement line "${first.slice(0, 40)}" is not value date, D/C mark, amount and type`);
  const valueDate = swiftDate(m[1]!);
  if (!valueDate) throw new SwiftRowProblem(`value date "${m[1]}" is not a date`);
  const minor = swiftAmount(m[5]!, currency);
  if (minor === null) throw new SwiftRowProblem(`amount "${m[5]}" is not a number`);
  const mark = m[3] as StatementLine['mark'];
  // RC is the reversal of a credit (money leaves), RD the reversal of a debit (money returns).
  const sign = mark === 'C' || mark === 'RD' ? 1 : -1;
  const refs = splitReferences(m[7] ?? '');
  return {
    valueDate,
    entryDate: m[2] ? inferEntryDate(valueDate, m[2]) : null,
    amountMinor: minor === 0 ? 0 : sign * minor,
    mark,
    typeCode: (m[6] ?? '').trim(),
    ...refs,
    supplementary: squash(after.join(' ')),
  };
}

/**
 * The entry date has no year: pick the year that puts it nearest the value date, so a booking
 * on 0102 for a value date of 2011-12-31 lands in 2012, and 1230 for 2012-01-02 in 2011.
 * An impossible MMDD falls back to null (the value date then serves as booking date).
 */
export function inferEntryDate(valueDate: string, mmdd: string): string | null {
  const month = Number(mmdd.slice(0, 2));
  const day = Number(mmdd.slice(2, 4));
  const year = Number(valueDate.slice(0, 4));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const y of [year - 1, year, year + 1]) {
    const candidate = monthDay(y, month, day);
    if (!candidate) continue;
    const distance = Math.abs(daysBetween(valueDate, candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** "CUSTREF//BANKREF", or a 16-character customer reference followed by free text. */
function splitReferences(rest: string): Pick<StatementLine, 'customerRef' | 'bankRef' | 'trailing'> {
  const slash = rest.indexOf('//');
  if (slash !== -1) {
    const bankPart = rest.slice(slash + 2);
    // The bank reference ends where the padding (two or more spaces) starts.
    const gap = /\s{2,}/.exec(bankPart);
    const bank = gap ? bankPart.slice(0, gap.index) : bankPart;
    return {
      customerRef: reference(rest.slice(0, slash)),
      bankRef: reference(bank),
      trailing: gap ? squash(bankPart.slice(gap.index)) : '',
    };
  }
  return { customerRef: reference(rest.slice(0, 16)), bankRef: null, trailing: squash(rest.slice(16)) };
}

function reference(text: string): string | null {
  const t = text.trim();
  return t && !PLACEHOLDER_REFS.has(t.toUpperCase()) ? t : null;
}
