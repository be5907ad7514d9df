import { memoByMaskedText } from '../text/masked-memo';
import { normalizeText } from './normalize-text';

export interface FingerprintInput {
  date: string;
  amountMinor: number;
  description: string;
  payee: string;
}

/**
 * Fingerprints of a file's rows: date, amount, normalized text, and the row's rank among
 * identical rows of that day, so two real identical coffees on one day stay two. Returned in
 * input order.
 */
export function fingerprints(rows: readonly FingerprintInput[], normalized?: readonly string[]): string[] {
  const next = createFingerprinter();
  return rows.map((r, i) => next(r, normalized?.[i]));
}

/**
 * The same, one row at a time in file order (an import fingerprints each chunk as it goes).
 * The text is kept as a 64-bit hash marked '#' ("2024-03-01|-350|#1x2y3z…|1"): a fingerprint
 * is stored on every row, and two rows compare equal only with equal date and amount too.
 * `datesInOrder`: the file's dates never go back and forth (bank files are sorted, one way or the
 * other), so identical rows of one day are next to each other and only the current day's rows
 * need counting: the same ranks, from a map of one day instead of one entry a row (five times
 * faster at a million rows).
 */
export function createFingerprinter(opts: { datesInOrder?: boolean } = {}): (row: FingerprintInput, normalized?: string) => string {
  let seen = new Map<string, number>();
  let day = '';
  return (r, normalized) => {
    if (opts.datesInOrder && r.date !== day) {
      seen = new Map();
      day = r.date;
    }
    const base = `${r.date}|${r.amountMinor}|${textHash(normalized ?? rowText(r))}`;
    const rank = (seen.get(base) ?? 0) + 1;
    seen.set(base, rank);
    return `${base}|${rank}`;
  };
}

/** Whether the dates only rise or only fall (equal neighbours allowed): see createFingerprinter. */
export function datesInOrder(rows: readonly { date: string }[]): boolean {
  let up = true;
  let down = true;
  for (let i = 1; i < rows.length && (up || down); i++) {
    const a = rows[i - 1]!.date;
    const b = rows[i]!.date;
    if (b < a) up = false;
    if (b > a) down = false;
  }
  return up || down;
}

/** What a row stores: the hash and rank ("#1x2y3z…|1"); its date and amount are columns of their own. */
export function storedFingerprint(fingerprint: string): string {
  return fingerprint.slice(fingerprint.indexOf('|#') + 1);
}

/**
 * A stored fingerprint as a whole fingerprint again, with the row's date and amount. Rows
 * imported before the text was hashed hold it whole, with the normalized text itself
 * ("2024-03-01|-350|coffee shop|1").
 */
export function currentFingerprint(row: { date: string; amountMinor: number }, stored: string): string {
  if (stored.startsWith('#')) return `${row.date}|${row.amountMinor}|${stored}`;
  const parts = stored.split('|');
  if (parts.length !== 4 || parts[2]!.startsWith('#')) return stored;
  return `${parts[0]}|${parts[1]}|${textHash(parts[2]!)}|${parts[3]}`;
}

/** Two 32-bit FNV-1a hashes with different offsets, in base 36, marked '#'. */
function textHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return `#${(a >>> 0).toString(36)}${(b >>> 0).toString(36).padStart(7, '0')}`;
}

/**
 * rowText for many rows, remembered by the row's text with every digit run written 0. Exact:
 * normalizing removes digits whatever they are (a run stays a run, so word boundaries do not
 * move).
 */
export function createRowTexts(): (r: { payee: string; description: string }) => string {
  const text = memoByMaskedText(/[0-9]+/g, '0', (payee, description) => rowText({ payee, description }));
  return (r) => text(r.payee, r.description);
}

/** The normalized text a fingerprint is built from; callers that need it too compute it once. */
export function rowText(r: { payee: string; description: string }): string {
  if (r.payee !== r.description) return normalizeText(`${r.payee} ${r.description}`);
  // One text column read as both: normalizing works word by word, so the text once, twice.
  const once = normalizeText(r.payee);
  return once && `${once} ${once}`;
}
