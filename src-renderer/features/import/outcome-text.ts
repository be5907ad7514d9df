import { formatCount, plural } from '../../components/format';

/** A short title for a failed import; the message from the core says the rest. */
export function failureTitle(code: string): string {
  switch (code) {
    case 'ALREADY_IMPORTED': return 'Already imported';
    case 'UNSUPPORTED_FORMAT': return 'Not a statement FinGood can read';
    case 'PARSE_FAILED': return 'Could not read the file';
    case 'TOO_LARGE': return 'File too large';
    case 'VALIDATION': return 'Needs your input';
    case 'NOT_FOUND': return 'File not found';
    default: return 'Import failed';
  }
}

/** What came of one imported file, read from its finished job. */
export interface ImportOutcome {
  /** Rows written to the ledger. */
  rows: number;
  account: string | null;
  /** Exact duplicates of rows already in the ledger: not written. */
  skipped: number;
  /** Written, but flagged as a possible duplicate to review. */
  flagged: number;
  /** Rows of the file that could not be read. */
  unreadable: number;
}

/**
 * A finished import job's result crosses the contract as an untyped record: anything missing
 * or of the wrong type counts as zero rather than showing "undefined" to the user.
 */
export function readOutcome(result: Record<string, unknown>): ImportOutcome {
  const count = (k: string) => {
    const v = result[k];
    return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0;
  };
  const account = result.account;
  return {
    rows: count('rows'),
    account: typeof account === 'string' && account ? account : null,
    skipped: count('duplicatesSkipped'),
    flagged: count('possibleDuplicates'),
    unreadable: count('errors'),
  };
}

/**
 * "Imported 40 rows into Checking · 40 already in the ledger skipped · 1 possible duplicate";
 * counts that are zero are left out.
 */
export function outcomeText(o: ImportOutcome): string {
  const parts = [o.account ? `Imported ${plural(o.rows, 'row')} into ${o.account}` : `Imported ${plural(o.rows, 'row')}`];
  if (o.skipped > 0) parts.push(`${formatCount(o.skipped)} already in the ledger skipped`);
  if (o.flagged > 0) parts.push(plural(o.flagged, 'possible duplicate'));
  if (o.unreadable > 0) parts.push(`${plural(o.unreadable, 'row')} could not be read`);
  return parts.join(' · ');
}

/** The same counts for a row of Imported files, where rows and account have columns of their own. */
export function batchNotes(b: { skippedCount: number; flaggedCount: number; errorCount: number }): string {
  const parts: string[] = [];
  if (b.skippedCount > 0) parts.push(`${formatCount(b.skippedCount)} already in the ledger`);
  if (b.flaggedCount > 0) parts.push(plural(b.flaggedCount, 'possible duplicate'));
  if (b.errorCount > 0) parts.push(`${formatCount(b.errorCount)} unreadable`);
  return parts.join(' · ');
}

export const CANCELLED_TEXT = 'Cancelled. Nothing from this file was saved.';
