import type { MerchantMemory, Suggestion, TxInput } from '../categorize/types';
import { firstMatchingRule } from '../rules/match-rule';
import type { RegexTest, Rule } from '../rules/rule';

/** The categorizer as the layers see it: memory, model and keyword suggestions, best first. */
export interface SuggestionSourceFn {
  suggest(tx: TxInput, k: number, memory?: MerchantMemory): Suggestion[];
}

export interface LayerContext {
  /** Ordered user rules (layer 1). */
  rules: readonly Rule[];
  regex: RegexTest;
  /** Memory (layer 2), model and keyword map (layer 3). */
  categorizer: SuggestionSourceFn;
  memory: MerchantMemory;
  /** Confidence at or above which a suggestion is applied without review. */
  threshold: number;
}

export interface LayeredSuggestion {
  category: string;
  confidence: number;
  source: 'rule' | Suggestion['source'];
  reason: string;
}

export interface RowCategorization {
  /** The category applied, or null: the row waits for review. */
  category: string | null;
  source: LayeredSuggestion['source'] | null;
  confidence: number | null;
  /** Top-3 with reasons, best first (shown in the review queue). */
  suggestions: LayeredSuggestion[];
  needsReview: boolean;
  /** What a rule sets besides the category. */
  payee?: string;
  tags?: string[];
}

/**
 * Categorizes one row: the first matching user rule wins; otherwise the best suggestion is
 * applied when its confidence reaches the threshold, and the row goes to review when not.
 */
export function categorizeRow(ctx: LayerContext, tx: TxInput): RowCategorization {
  const hit = ctx.rules.length ? firstMatchingRule(ctx.rules, { ...tx, memo: '' }, ctx.regex) : null;
  const others = ctx.categorizer.suggest(tx, 3, ctx.memory);
  if (hit) {
    const category = hit.rule.actions.category ?? null;
    const ruleSuggestion: LayeredSuggestion[] = category ? [{ category, confidence: 1, source: 'rule', reason: hit.reason }] : [];
    const suggestions = [...ruleSuggestion, ...others.filter((s) => s.category !== category)].slice(0, 3);
    const fromRest = category ? null : pickAboveThreshold(others, ctx.threshold);
    return {
      category: category ?? fromRest?.category ?? null,
      source: category ? 'rule' : fromRest?.source ?? null,
      confidence: category ? 1 : fromRest?.confidence ?? null,
      suggestions,
      needsReview: !category && !fromRest && suggestions.length > 0,
      ...(hit.rule.actions.payee ? { payee: hit.rule.actions.payee } : {}),
      ...(hit.rule.actions.tags ? { tags: hit.rule.actions.tags } : {}),
    };
  }
  const top = pickAboveThreshold(others, ctx.threshold);
  return {
    category: top?.category ?? null,
    source: top?.source ?? null,
    confidence: top?.confidence ?? null,
    suggestions: others.slice(0, 3),
    needsReview: !top && others.length > 0,
  };
}

function pickAboveThreshold(suggestions: readonly Suggestion[], threshold: number): Suggestion | null {
  const top = suggestions[0];
  // Keyword guesses are cold-start hints: always reviewed, never applied on their own.
  if (!top || top.source === 'keyword') return null;
  // The user's own confirmation of this merchant applies at once, whatever the model's threshold.
  if (top.source === 'memory') return top;
  return top.confidence >= threshold ? top : null;
}
