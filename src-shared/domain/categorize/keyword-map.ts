import { bankWords, NUM } from './bank-text';
import data from './resources/merchant-keywords.json' with { type: 'json' };

/**
 * The shipped map of common merchants and category words onto generic concepts ("fuel",
 * "coffee", "software"...). It knows nothing of the user's categories: category-mapping.ts
 * maps concepts onto them. Used for cold start and for merchants the history never saw.
 */

export type Strength = 'merchant' | 'keyword';

export interface ConceptInfo {
  label: string;
  /** Concepts of one family are interchangeable enough to share what the history teaches. */
  family: string;
  sign: 'debit' | 'credit' | 'any';
  /** Category names this concept goes to, best first (matched against the user's names). */
  targets: readonly string[];
  /** The concept to use instead when money comes in (a shop paying back is a refund). */
  credit?: string;
  /** The concept to use instead when money goes out. */
  debit?: string;
  /**
   * Users file these many ways (a general store, a payment app, a transfer): a brand of such a
   * concept is weak evidence, like a generic word.
   */
  ambiguous?: boolean;
}

export interface KeywordHit {
  /** The concept after the amount's sign is taken into account. */
  concept: string;
  /** The concept the phrase names, whatever the sign. */
  base: string;
  /** The words as they matched, e.g. "whole foods". */
  phrase: string;
  strength: Strength;
}

interface Entry { concept: string; strength: Strength; words: number }

interface Index {
  phrases: Map<string, Entry>;
  /** Brand names written without spaces ("traderjoes"), for banks that glue words. */
  compact: Map<string, Entry>;
  firstWords: Set<string>;
  maxWords: number;
}

const CONCEPTS = data.concepts as Readonly<Record<string, ConceptInfo>>;
const MIN_COMPACT = 6;
let index: Index | null = null;

export function conceptInfo(concept: string): ConceptInfo {
  const info = CONCEPTS[concept];
  if (!info) throw new Error(`Unknown concept: ${concept}`);
  return info;
}

export function allConcepts(): string[] {
  return Object.keys(CONCEPTS);
}

/**
 * The strongest phrase in the words: a brand beats a generic word, a longer phrase beats a
 * shorter one, an earlier one beats a later one. The amount's sign picks the concept variant.
 */
export function matchKeywords(words: readonly string[], amountMinor: number): KeywordHit | null {
  const hit = matchPhrase(words);
  return hit ? withSign(hit, amountMinor) : null;
}

/** The phrase hit before the amount's sign is known (concept = base). */
export function matchPhrase(text: readonly string[]): KeywordHit | null {
  const idx = getIndex();
  const words = text.map(singular);
  let best: Entry | null = null;
  let bestAt = 0;
  let bestLength = 0;
  let bestRank = -1;
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!;
    if (idx.firstWords.has(first)) {
      let phrase = first;
      for (let n = 1; n <= idx.maxWords && i + n <= words.length; n++) {
        if (n > 1) phrase += ` ${words[i + n - 1]}`;
        const e = idx.phrases.get(phrase);
        if (e) {
          const rank = (e.strength === 'merchant' ? 100 : 0) + n;
          if (rank > bestRank) { best = e; bestRank = rank; bestAt = i; bestLength = n; }
        }
      }
    }
    if (first.length >= MIN_COMPACT && bestRank < 100) {
      const e = idx.compact.get(first);
      if (e) { best = e; bestRank = 100; bestAt = i; bestLength = 1; }
    }
  }
  if (!best) return null;
  return { concept: best.concept, base: best.concept, phrase: text.slice(bestAt, bestAt + bestLength).join(' '), strength: best.strength };
}

/** Plurals match their singular: "pharmacies", "service stations", "dentists". */
function singular(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/** The hit for an amount: its sign picks the concept variant; ambiguous concepts count as words. */
export function withSign(hit: KeywordHit, amountMinor: number): KeywordHit {
  const concept = resolveSign(hit.base, amountMinor);
  const weak = conceptInfo(concept).ambiguous || conceptInfo(hit.base).ambiguous;
  return { concept, base: hit.base, phrase: hit.phrase, strength: weak ? 'keyword' : hit.strength };
}

/** A refund from a shop, a fee taken by a payment processor: the sign picks the variant. */
export function resolveSign(concept: string, amountMinor: number): string {
  const info = conceptInfo(concept);
  if (amountMinor > 0 && info.credit) return info.credit;
  if (amountMinor < 0 && info.debit) return info.debit;
  return concept;
}

function getIndex(): Index {
  if (index) return index;
  const built: Index = { phrases: new Map(), compact: new Map(), firstWords: new Set(), maxWords: 1 };
  const add = (section: Readonly<Record<string, readonly string[]>>, strength: Strength) => {
    for (const [concept, phrases] of Object.entries(section)) {
      conceptInfo(concept);
      for (const phrase of phrases) {
        const words = bankWords(phrase).map(singular);
        // A phrase that is only a number or keeps one cannot be matched after normalization.
        if (words.length === 0 || words.includes(NUM)) continue;
        const key = words.join(' ');
        if (built.phrases.has(key)) continue;
        const entry: Entry = { concept, strength, words: words.length };
        built.phrases.set(key, entry);
        built.firstWords.add(words[0]!);
        built.maxWords = Math.max(built.maxWords, words.length);
        const glued = words.join('');
        if (strength === 'merchant' && words.length > 1 && glued.length >= MIN_COMPACT) built.compact.set(glued, entry);
      }
    }
  };
  add(data.merchants, 'merchant');
  add(data.keywords, 'keyword');
  index = built;
  return built;
}
