import { normalizeLabel } from './label';
import { monthFromName } from './month-names';

/**
 * Rows that state a balance or a total instead of a transaction: "Saldo Anterior", "Opening
 * balance", "Beginning balance as of 01/01/2024", "Alter Kontostand", "Total", "Saldo do dia".
 * They are never imported as transactions; opening and closing rows fill the statement's
 * balances. A label must start the text and be followed only by dates, numbers or "as of",
 * so a merchant named "Total Wine & More" stays a transaction. A row with a date and an
 * amount is a total only by a specific phrase ("Saldo do dia") or a bare "Saldo"/"Balance":
 * "TOTAL 12345" with a date is a TotalEnergies station, totals rarely carry a date.
 */
export type SummaryKind = 'opening' | 'closing' | 'total';

const LABELS: readonly [SummaryKind, readonly string[]][] = [
  ['opening', [
    'opening balance', 'previous balance', 'beginning balance', 'starting balance', 'balance brought forward',
    'brought forward', 'balance b f', 'b f', 'balance forward', 'saldo anterior', 'saldo inicial', 'saldo iniziale',
    'saldo precedente', 'saldo vorher', 'anfangssaldo', 'alter kontostand', 'alter saldo', 'startsaldo', 'beginsaldo',
    'vorheriger kontostand', 'solde precedent', 'solde initial', 'ancien solde', 'solde anterieur', 'solde debut',
    'saldo de apertura', 'saldo apertura', 'ubertrag', 'uebertrag', 'vortrag', 'saldovortrag',
  ]],
  ['closing', [
    'closing balance', 'ending balance', 'final balance', 'balance carried forward', 'carried forward', 'balance c f',
    'c f', 'new balance', 'neuer kontostand', 'neuer saldo', 'endsaldo', 'schlusssaldo', 'eindsaldo', 'solde final',
    'nouveau solde', 'solde fin', 'saldo final', 'saldo finale', 'saldo atual', 'saldo actual', 'saldo de cierre',
  ]],
  ['total', [
    'total', 'totals', 'total debits', 'total credits', 'totals debits credits', 'summe', 'summen', 'gesamt',
    'totaal', 'totale', 'total general', 'sum', 'saldo do dia', 's a l d o', 'saldo', 'balance', 'kontostand',
    'solde', 'total des operations', 'total des mouvements', 'total movimientos',
  ]],
];

const TRAILING_OK = new Set(['as', 'of', 'at', 'on', 'per', 'am', 'vom', 'au', 'du', 'al', 'em', 'del', 'de', 'op', 'eur', 'usd', 'gbp']);

const BY_PHRASE = new Map<string, SummaryKind>();
/** First word of every phrase: most descriptions are ruled out before any normalization. */
const FIRST_WORDS = new Set<string>();
let maxPhraseWords = 1;
for (const [kind, phrases] of LABELS) {
  for (const p of phrases) {
    BY_PHRASE.set(p, kind);
    const words = p.split(' ');
    FIRST_WORDS.add(words[0]!);
    maxPhraseWords = Math.max(maxPhraseWords, words.length);
  }
}
const FIRST_WORDS_BY_LENGTH = new Map<number, string[]>();
for (const w of FIRST_WORDS) FIRST_WORDS_BY_LENGTH.set(w.length, [...(FIRST_WORDS_BY_LENGTH.get(w.length) ?? []), w]);

/**
 * What the row's text says it is, or null for an ordinary transaction. `dated`: the row has
 * a valid date and amount (see above). Runs for every row.
 */
export function summaryKind(text: string, dated = false): SummaryKind | null {
  if (text === '' || text.length > 80 || !startsWithFirstWord(text)) return null;
  const words = normalizeLabel(text).split(' ');
  for (let k = Math.min(words.length, maxPhraseWords); k >= 1; k--) {
    const kind = BY_PHRASE.get(words.slice(0, k).join(' '));
    if (kind === undefined || !restIsDateOrNumber(words.slice(k))) continue;
    if (dated && kind === 'total' && k === 1 && !(BALANCE_WORDS.has(words[0]!) && words.length === 1)) return null;
    return kind;
  }
  return null;
}

const BALANCE_WORDS = new Set(['saldo', 'balance', 'kontostand', 'solde']);

/**
 * Whether the text's first word (as normalizeLabel would give it) starts a phrase. Compared
 * in place, case-insensitively, because this runs for every row and must not allocate.
 */
function startsWithFirstWord(text: string): boolean {
  let start = 0;
  while (start < text.length && !isAlnum(text.charCodeAt(start))) {
    if (text.charCodeAt(start) >= 0x80) return FIRST_WORDS.has(slowFirstWord(text));
    start++;
  }
  let end = start;
  while (end < text.length && isAlnum(text.charCodeAt(end))) end++;
  if (end < text.length && text.charCodeAt(end) >= 0x80) return FIRST_WORDS.has(slowFirstWord(text));
  const candidates = FIRST_WORDS_BY_LENGTH.get(end - start);
  if (!candidates) return false;
  outer: for (const word of candidates) {
    for (let i = 0; i < word.length; i++) {
      let c = text.charCodeAt(start + i);
      if (c >= 65 && c <= 90) c += 32;
      if (c !== word.charCodeAt(i)) continue outer;
    }
    return true;
  }
  return false;
}

function slowFirstWord(text: string): string {
  // Only the start matters; normalizing a whole long description for it is waste.
  const label = normalizeLabel(text.slice(0, 24));
  const space = label.indexOf(' ');
  return space === -1 ? label : label.slice(0, space);
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function restIsDateOrNumber(rest: readonly string[]): boolean {
  for (const w of rest) {
    if (!/^\d+$/.test(w) && !TRAILING_OK.has(w) && monthFromName(w) === null) return false;
  }
  return true;
}
