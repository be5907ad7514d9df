import { plural } from '../../components/format';

/** What a bulk call answered (transactions.bulkUpdate / bulkDelete). */
export interface BulkResult {
  matched: number;
  changed: number;
  label: string | null;
}

/**
 * The line after a bulk change: the history's own label ("Set category of 12,345 transactions
 * to Dining"), and how many of the selected rows already had that value.
 */
export function bulkResultText(res: BulkResult): string {
  if (res.label === null) {
    return res.matched === 0 ? 'No transactions match the selection any more; nothing was changed.'
      : `Nothing to change: ${res.matched === 1 ? 'the selected transaction already has' : `all ${plural(res.matched, 'selected transaction')} already have`} that.`;
  }
  const same = res.matched - res.changed;
  return same > 0 ? `${res.label} (${plural(same, 'other')} already so)` : res.label;
}

/** The question before deleting: how many, and that Undo brings them back. */
export function deleteQuestion(count: number): string {
  return `Delete ${plural(count, 'transaction')}? Undo brings ${count === 1 ? 'it' : 'them'} back.`;
}

/** Says what is selected: "3 selected", "All 12,345 matching selected" or, with rows left out, "12,343 of 12,345 matching selected". */
export function selectionText(count: number, all: boolean, total = count): string {
  if (all && count < total) return `${count.toLocaleString('en-US')} of ${plural(total, 'matching transaction')} selected`;
  return all ? `All ${plural(count, 'matching transaction')} selected` : `${plural(count, 'transaction')} selected`;
}
