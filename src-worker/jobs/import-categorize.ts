import type { CategorizationSnapshot, ImportRow } from '../../src-shared/contract/import-protocol';
import { loadCategorizer } from '../../src-shared/domain/categorize/categorizer';
import { merchantKey } from '../../src-shared/domain/categorize/merchant-key';
import { categorizeRow, type LayerContext } from '../../src-shared/domain/layers/categorize-row';
import type { ParsedTransaction } from '../../src-shared/domain/statements/types';
import { createRegexSandbox } from '../../src-main/services/rules/regex-sandbox';

type Categorized = Pick<ImportRow, 'merchantKey' | 'category' | 'categorySource' | 'confidence' | 'suggestions' | 'needsReview' | 'tags'> & { payee?: string };

/**
 * The import's categorizing step: a category the file itself carries (a history export's
 * Category column, QIF's L field) is the user's own label; every other row goes through the
 * layers (rules, merchant memory, model or keyword map).
 */
export function createRowCategorizer(snapshot: CategorizationSnapshot | undefined, account: string): (t: ParsedTransaction) => Categorized {
  const layers: LayerContext | null = snapshot ? {
    rules: snapshot.rules,
    regex: createRegexSandbox(),
    categorizer: loadCategorizer(snapshot.model as never, { categories: snapshot.categories }),
    memory: snapshot.memory,
    threshold: snapshot.threshold,
  } : null;
  return (t) => {
    const key = merchantKey(t.payee, t.description);
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
}
