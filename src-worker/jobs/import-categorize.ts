import type { CategorizationSnapshot } from '../../src-shared/contract/import-protocol';
import type { LayeredSuggestion } from '../../src-shared/domain/layers/categorize-row';
import { loadCategorizer } from '../../src-shared/domain/categorize/categorizer';
import { createMerchantKeys } from '../../src-shared/domain/categorize/merchant-key';
import { rowText } from '../../src-shared/domain/matching/fingerprint';
import { categorizeRow, type LayerContext } from '../../src-shared/domain/layers/categorize-row';
import type { ParsedTransaction } from '../../src-shared/domain/statements/types';
import { createRegexSandbox } from '../../src-main/services/rules/regex-sandbox';

const TEXT_ONLY_CONDITIONS = new Set(['contains', 'startsWith', 'equals', 'regex', 'sign', 'account']);

/** A row's categorization as the import writes it. */
interface Categorized {
  merchantKey: string;
  /** The category the layers applied (a name of the user's chart), or null. */
  category: string | null;
  categorySource: 'rule' | 'memory' | 'model' | 'keyword' | 'imported' | null;
  confidence: number | null;
  suggestions: LayeredSuggestion[];
  needsReview: boolean;
  tags: string[] | null;
  /** A rule may rename the payee. */
  payee?: string;
}

/**
 * The import's categorizing step: a category the file itself carries (a history export's
 * Category column, QIF's L field) is the user's own label; every other row goes through the
 * layers (rules, merchant memory, model or keyword map).
 */
export function createRowCategorizer(
  snapshot: CategorizationSnapshot | undefined, account: string, opts: { cache?: boolean } = {},
): (t: ParsedTransaction, text?: string) => Categorized {
  const layers: LayerContext | null = snapshot ? {
    rules: snapshot.rules,
    regex: createRegexSandbox(),
    categorizer: loadCategorizer(snapshot.model as never, { categories: snapshot.categories }),
    memory: snapshot.memory,
    threshold: snapshot.threshold,
  } : null;
  // Before any training, and with rules that test only text and sign, the layers look at the
  // merchant, the words and the sign alone: rows alike in those get the same answer, so it is
  // computed once (a million-row import has far fewer distinct merchants than rows).
  const textOnly = (opts.cache ?? true) && !!snapshot && snapshot.model === null &&
    snapshot.rules.every((r) => r.conditions.every((c) => TEXT_ONLY_CONDITIONS.has(c.kind)));
  const cache = new Map<string, Categorized>();
  const merchantKey = createMerchantKeys();
  const categorizeOne = (t: ParsedTransaction, text?: string): Categorized => {
    if (!textOnly || t.category) return compute(t);
    const mk = merchantKey(t.payee, t.description);
    const k = `${t.amountMinor < 0 ? '-' : '+'}${mk}\u0001${text ?? rowText(t)}`;
    let hit = cache.get(k);
    if (!hit) {
      hit = compute(t, mk);
      if (cache.size < 200_000) cache.set(k, hit);
    }
    return hit;
  };
  const compute = (t: ParsedTransaction, known?: string): Categorized => {
    const key = known ?? merchantKey(t.payee, t.description);
    const own = t.category?.trim();
    // QIF writes transfers as [Account]: that is not a category.
    if (own && !/^\[.*\]$/.test(own)) {
      return { merchantKey: key, category: own, categorySource: 'imported', confidence: 1, suggestions: [], needsReview: false, tags: null };
    }
    if (!layers) return { merchantKey: key, category: null, categorySource: null, confidence: null, suggestions: [], needsReview: false, tags: null };
    const r = categorizeRow(layers, { payee: t.payee, description: t.description, amountMinor: t.amountMinor, date: t.date, account });
    return {
      merchantKey: key, category: r.category, categorySource: r.source, confidence: r.confidence,
      suggestions: r.suggestions, needsReview: r.needsReview, tags: r.tags ?? null,
      ...(r.payee ? { payee: r.payee } : {}),
    };
  };
  return categorizeOne;
}
