import { memoByMaskedText } from '../text/masked-memo';
import { bankWords, NUM } from './bank-text';
import places from './resources/places.json' with { type: 'json' };

/**
 * The normalized identity of a merchant: what merchant memory is keyed by, so one correction
 * reaches every later row of that merchant. "STARBUCKS STORE 07604 SEATTLE WA" and
 * "Starbucks #123 Portland" both become "starbucks". Store numbers, references and dates end
 * the name; trailing state/country codes, cities and legal suffixes are dropped.
 */
export function merchantKey(payee: string, description: string): string {
  const payeeWords = bankWords(payee);
  // Many files have one text column, read as both payee and description.
  return merchantKeyFromWords(payeeWords, description === payee ? payeeWords : bankWords(description));
}

/**
 * merchantKey for many rows, remembered by the row's text with every run of four or more
 * digits written 0000. Exact: bankWords turns any token holding a digit into NUM whatever its
 * digits are, and its brand spellings ("7 eleven", "1 800 flowers", "super 8") hold no number
 * longer than three digits, so such runs never change a key.
 */
export function createMerchantKeys(): (payee: string, description: string) => string {
  return memoByMaskedText(/[0-9]{4,}/g, '0000', merchantKey);
}

/** The same from texts already split by bankWords (the features have them at hand). */
export function merchantKeyFromWords(payeeWords: readonly string[], descriptionWords: readonly string[]): string {
  const fromPayee = keyFromWords(payeeWords);
  if (fromPayee && !GENERIC_PAYEES.has(fromPayee)) return fromPayee;
  return keyFromWords(descriptionWords) || fromPayee;
}

/** The first word of a key, or its first two when the first says little ("the pizza ..."). */
export function keyHead(key: string): string {
  const words = key.split(' ');
  const first = words[0] ?? '';
  if (words.length > 1 && (first.length <= 3 || WEAK_HEADS.has(first))) return `${first} ${words[1]}`;
  return first;
}

const MAX_WORDS = 4;
const REGIONS = new Set(places.regions);
const CITIES = new Set(places.cities);
const MAX_CITY_WORDS = 3;

/** Payee fields that name a kind of payment, not a counterparty: the description says more. */
const GENERIC_PAYEES = new Set([
  'check', 'cheque', 'chq', 'transfer', 'deposit', 'withdrawal', 'payment', 'direct', 'direct debit',
  'standing order', 'bill payment', 'online payment', 'online transfer', 'card payment', 'fee', 'charge',
]);
const LEADING = new Set([
  'to', 'at', 'from', 'for', 'by', 'the', 'payment', 'paid', 'bill', 'direct', 'card', 'ach', 'deposit', 'refund',
  'return', 'returned', 'reversal', 'online', 'electronic', 'preauthorized', 'recurring',
]);
/** Words after which a bank writes about the payment, not the payee ("DES:", "AUTOPAY", "BILL PAY"). */
const ENDS_NAME = new Set(['des', 'indn', 'autopay', 'billpay', 'epay', 'webpay']);
const TRAILING = new Set([
  'store', 'stores', 'str', 'inc', 'llc', 'ltd', 'limited', 'co', 'corp', 'corporation', 'company', 'plc',
  'gmbh', 'ag', 'sa', 'sas', 'sarl', 'bv', 'nv', 'pty', 'lp', 'llp', 'pllc', 'on', 'via', 'at', 'in', 'the', 'payment', 'bill',
]);
/** Words that start many unrelated merchant names. */
const WEAK_HEADS = new Set([
  'the', 'city', 'county', 'state', 'cafe', 'pizza', 'coffee', 'first', 'new', 'san', 'los', 'las', 'saint',
  'st', 'big', 'little', 'great', 'royal', 'golden', 'american', 'united', 'national', 'central', 'north',
  'south', 'east', 'west', 'best', 'smart', 'green', 'blue', 'red', 'online', 'bank', 'global',
]);

function keyFromWords(input: readonly string[]): string {
  let words = [...input];
  while (words.length > 1 && (words[0] === NUM || LEADING.has(words[0]!))) words.shift();
  if (words[0] === NUM) words.shift();
  // A number after the name (store number, reference, date) ends the name, as do payment words.
  const cut = words.findIndex((w, i) => i >= 1 && (w === NUM || ENDS_NAME.has(w) || (w === 'bill' && words[i + 1] === 'pay')));
  if (cut >= 1) words = words.slice(0, cut);
  words = words.filter((w) => w !== NUM);
  let changed = true;
  while (changed && words.length > 1) {
    changed = false;
    const last = words[words.length - 1]!;
    if (REGIONS.has(last) || TRAILING.has(last)) {
      words.pop();
      changed = true;
      continue;
    }
    const city = trailingCityLength(words);
    if (city > 0) {
      words = words.slice(0, words.length - city);
      changed = true;
    }
  }
  return words.slice(0, MAX_WORDS).join(' ');
}

/** How many trailing words form a known city, leaving at least one word of name before it. */
function trailingCityLength(words: readonly string[]): number {
  for (let n = Math.min(MAX_CITY_WORDS, words.length - 1); n >= 1; n--) {
    const before = words[words.length - n - 1];
    if (before === 'of' || before === 'de') continue; // "university of phoenix" keeps its city
    if (CITIES.has(words.slice(words.length - n).join(' '))) return n;
  }
  return 0;
}
