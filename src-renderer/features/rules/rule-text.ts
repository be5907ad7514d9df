import type { RuleView } from '../../../src-shared/contract/views';
import type { RuleInput } from '../../../src-shared/domain/rules/rule';
import { formatCount, plural } from '../../components/format';
import { foldText } from '../categories/category-filter';
import { merchantLabel } from '../categories/filed-text';

/** What a rule sets, in words: 'Dining · payee "Starbucks" · tags coffee, team'. */
export function actionText(a: RuleView['actions']): string {
  const parts: string[] = [];
  if (a.category) parts.push(a.category);
  if (a.payee) parts.push(`payee “${a.payee}”`);
  if (a.tags?.length) parts.push(`${a.tags.length === 1 ? 'tag' : 'tags'} ${a.tags.join(', ')}`);
  return parts.join(' · ');
}

/** Rows the user filed, and categories that came with a file, are never a rule's to change. */
const NO_CHANGE = 'It would change no existing row (a rule never changes rows you filed, or categories that came with an imported file).';

/** What a preview found: "Would change 12 of the 14 matching rows." */
export function previewText(p: { matches: number; changes: number }): string {
  if (p.matches === 0) return NO_CHANGE;
  if (p.changes === 0) return `${plural(p.matches, 'row')} ${p.matches === 1 ? 'matches' : 'match'}, but ${p.matches === 1 ? 'it is' : 'they are'} filed so already.`;
  if (p.changes === p.matches) return `Would change ${p.matches === 1 ? 'the 1 matching row' : `all ${formatCount(p.matches)} matching rows`}.`;
  return `Would change ${formatCount(p.changes)} of the ${plural(p.matches, 'matching row')}.`;
}

export function appliedText(changed: number): string {
  return changed === 0 ? 'No row needed changing.' : `Changed ${plural(changed, 'row')}.`;
}

/** The rule FinGood offers for a merchant the user keeps filing under one category. */
export function ruleFromOffer(offer: { merchant: string; category: string }): RuleInput {
  return {
    name: `${merchantLabel(offer.merchant)} → ${offer.category}`,
    conditions: [{ kind: 'contains', field: 'text', value: offer.merchant }],
    actions: { category: offer.category },
  };
}

/**
 * Offers not yet taken: a rule already files any text containing this merchant under that
 * category. (The core keeps offering a merchant after its rule exists.)
 */
export function openOffers<T extends { merchant: string; category: string }>(offers: readonly T[], rules: readonly RuleView[]): T[] {
  return offers.filter((o) => !rules.some((r) => r.actions.category === o.category && r.conditions.some((c) => {
    const x = c as { kind?: unknown; field?: unknown; value?: unknown };
    return x.kind === 'contains' && x.field === 'text' && typeof x.value === 'string' && foldText(x.value) === foldText(o.merchant);
  })));
}
