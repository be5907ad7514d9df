import type { TransactionView } from '../../../src-shared/contract/views';
import { percentText } from '../../components/format';

export type CategorySource = NonNullable<TransactionView['categorySource']>;

const BADGES: Record<CategorySource, string> = {
  rule: 'rule', memory: 'memory', model: 'model', keyword: 'keyword', imported: 'imported', user: 'you',
};

const HOW: Record<CategorySource, string> = {
  rule: 'filed by one of your rules',
  memory: 'filed because you filed this merchant so before',
  model: 'filed by FinGood’s model',
  keyword: 'filed from FinGood’s list of common merchants',
  imported: 'as the imported file says',
  user: 'filed by you',
};

/** The small badge beside a category: who filed the row. */
export function sourceBadge(source: TransactionView['categorySource']): string | null {
  return source ? BADGES[source] : null;
}

/**
 * The tooltip of a row's category: who filed it and how sure FinGood was, or for a row
 * waiting for review its best suggestion.
 */
export function categoryTitle(tx: Pick<TransactionView, 'category' | 'categorySource' | 'confidence' | 'suggestions' | 'flags'>): string {
  if (tx.category) {
    const how = tx.categorySource ? ` — ${HOW[tx.categorySource]}` : '';
    const sure = tx.confidence !== null && tx.categorySource !== 'user' && tx.categorySource !== 'imported'
      ? `, ${percentText(tx.confidence)} confident` : '';
    return `${tx.category}${how}${sure}. Click or press Enter to change.`;
  }
  const top = tx.suggestions[0];
  const waiting = tx.flags.includes('needs-review') ? 'Waiting for review' : 'Not categorized';
  return top ? `${waiting} — best suggestion: ${top.category} (${percentText(top.confidence)}). Click or press Enter to file it.`
    : `${waiting}. Click or press Enter to file it.`;
}
