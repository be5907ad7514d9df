import type { TransactionView } from '../../../src-shared/contract/views';

/** The cells edited in place with a text box (the category has its own picker). */
export type TextField = 'payee' | 'memo' | 'tags';

/** "travel, client a,, Travel " → ['travel', 'client a']: trimmed, empty ones and repeats dropped (case-insensitively). */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  return out;
}

export function tagsText(tags: readonly string[]): string {
  return tags.join(', ');
}

/** What the box starts with. */
export function fieldText(tx: TransactionView, field: TextField): string {
  switch (field) {
    case 'payee': return tx.payee;
    case 'memo': return tx.memo;
    case 'tags': return tagsText(tx.tags);
    default: { const never: never = field; return never; }
  }
}

/** The `set` of transactions.bulkUpdate for what was typed; null when nothing changed. */
export function fieldSet(tx: TransactionView, field: TextField, text: string): { payee: string } | { memo: string } | { tags: string[] } | null {
  switch (field) {
    case 'payee': { const v = text.trim(); return v === tx.payee ? null : { payee: v }; }
    case 'memo': { const v = text.trim(); return v === tx.memo ? null : { memo: v }; }
    case 'tags': { const v = parseTags(text); return tagsText(v) === tagsText(tx.tags) ? null : { tags: v }; }
    default: { const never: never = field; return never; }
  }
}

export const FIELD_LABELS: Record<TextField, string> = { payee: 'Payee', memo: 'Memo', tags: 'Tags' };
