/**
 * Bank description text as words: lowercase, accents and apostrophes gone, processor prefixes
 * ("SQ *", "TST*", "PAYPAL *") dropped, a few brand spellings unified, and every number,
 * date or reference code replaced by the marker NUM so that later steps can tell where a
 * merchant name ends (a store number usually follows the name). Shared by the merchant key,
 * the feature hashing and the keyword map so that all three see the same words. One pass over
 * the characters: this runs for every row a suggestion is made for.
 */

export const NUM = '#';

/** Payment processors whose code precedes the merchant name, as in "SQ *BLUE BOTTLE". */
const PROCESSOR_RE = /^\s*(?:sq|tst|sp|pp|py|ic|dd|ddbr|pwp|cke|fsp|gglpay|paypal|pypl|tm|par|wpy|clp|bps|lvl|spo|zet|szs|ezi|bb|pos|ckc|sqc|toast|clover)\s*\*\s*/;

/** Spellings of one brand, as raw tokens, that would otherwise lose their digits or split oddly. */
const ALIASES: readonly [string, string][] = [
  ['7 eleven', 'seveneleven'], ['7 11', 'seveneleven'], ['7eleven', 'seveneleven'], ['24 hour fitness', 'twentyfourhour fitness'],
  ['1 800 flowers', 'flowers'], ['99 cents only', 'ninetyninecents only'], ['super 8', 'supereight'], ['motel 6', 'motelsix'],
  ['phillips 66', 'phillipssixtysix'], ['forever 21', 'foreverone'], ['84 lumber', 'eightyfour lumber'],
  ['apple pay', ''], ['google pay', ''], ['samsung pay', ''], ['wal mart', 'walmart'], ['wm supercenter', 'walmart'],
  ['whole fds', 'whole foods'], ['wholefds', 'whole foods'], ['wholefoods', 'whole foods'], ['mc donalds', 'mcdonalds'],
  ['mcdonald', 'mcdonalds'], ['amzn', 'amazon'], ['amazon mktp', 'amazon'], ['amazon mktplace', 'amazon'],
  ['amazon marketplace', 'amazon'], ['amazon mkt', 'amazon'], ['facebk', 'facebook'], ['msft', 'microsoft'],
];
/** First raw token → [rest of the tokens, replacement words], longest first. */
const ALIAS_INDEX = new Map<string, [string[], string[]][]>();
for (const [from, to] of ALIASES) {
  const [first, ...rest] = from.split(' ');
  const list = ALIAS_INDEX.get(first!) ?? [];
  list.push([rest, to ? to.split(' ') : []]);
  list.sort((a, b) => b[0].length - a[0].length);
  ALIAS_INDEX.set(first!, list);
}

/** Words that say how a payment was made, never who was paid. */
const NOISE = new Set([
  'pos', 'purchase', 'purchased', 'debit', 'credit', 'card', 'checkcard', 'chkcard', 'crd', 'dbt', 'visa',
  'mastercard', 'maestro', 'ach', 'ppd', 'ccd', 'web', 'id', 'ref', 'refno', 'reference', 'trn', 'txn',
  'auth', 'authorized', 'recurring', 'contactless', 'nfc', 'www', 'com', 'http', 'https', 'sq', 'tst',
  'mktp', 'mktplace', 'pmts', 'xx', 'ecom', 'pmnt', 'inst', 'help',
]);

/** Month and clock words count as part of a date when a number stands next to them. */
const DATE_WORDS = new Set([
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'january', 'february',
  'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'am', 'pm',
]);

const SPELLING: Readonly<Record<string, string>> = {
  mkt: 'market', svc: 'service', svcs: 'services', intl: 'international', pmt: 'payment', pymt: 'payment',
  whse: 'warehouse', ctr: 'center', centre: 'center',
};

export function bankWords(text: string): string[] {
  // Most bank text is ASCII: decomposing accents is skipped when there are none.
  let s = /[^ -~]/.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase() : text.toLowerCase();
  if (s.includes('*')) s = s.replace(PROCESSOR_RE, ' ');
  return toWords(aliased(rawTokens(s)));
}

/** Words of the text without the number markers: what features and keywords look at. */
export function plainWords(words: readonly string[]): string[] {
  return words.filter((w) => w !== NUM);
}

/**
 * Runs of letters and digits. Apostrophes vanish ("wendy's" → "wendys"), "&" inside a word
 * joins it ("at&t" → "att"), and digits glued to a word are split from it when the word part
 * is long enough to mean something ("12/22slicehost" → "12", "22", "slicehost").
 */
function rawTokens(text: string): string[] {
  let s = text;
  if (/['’`´]/.test(s)) s = s.replace(/['’`´]/g, '');
  if (s.includes('&')) s = s.replace(/([a-z0-9])&(?=[a-z0-9])/g, '$1');
  if (/\d[a-z]{3}|[a-z]{3}\d/.test(s)) s = s.replace(/(\d)([a-z]{3,})/g, '$1 $2').replace(/([a-z]{3,})(\d)/g, '$1 $2');
  return s.match(/[a-z0-9]+/g) ?? [];
}

function aliased(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const options = ALIAS_INDEX.get(tokens[i]!);
    const hit = options?.find(([rest]) => rest.every((t, k) => tokens[i + 1 + k] === t));
    if (!hit) { out.push(tokens[i]!); continue; }
    out.push(...hit[1]);
    i += hit[0].length;
  }
  return out;
}

function toWords(tokens: readonly string[]): string[] {
  const out: string[] = [];
  const numeric = tokens.map((t) => /[0-9]/.test(t));
  for (let i = 0; i < tokens.length; i++) {
    const raw = tokens[i]!;
    let word: string;
    if (numeric[i] || (raw.startsWith('xxx') && /^x+$/.test(raw))) word = NUM;
    else if (DATE_WORDS.has(raw) && (numeric[i - 1] || numeric[i + 1])) word = NUM;
    else if (NOISE.has(raw)) continue;
    else word = SPELLING[raw] ?? raw;
    if (word === NUM && out[out.length - 1] === NUM) continue;
    out.push(word);
  }
  return out;
}
