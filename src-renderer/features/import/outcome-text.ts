import { plural } from '../../components/format';
import type { ImportEntry } from './import-jobs';

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

export function successText(e: Pick<ImportEntry, 'rows' | 'account'>): string {
  const rows = plural(e.rows ?? 0, 'row');
  return e.account ? `Imported ${rows} into ${e.account}.` : `Imported ${rows}.`;
}

export const CANCELLED_TEXT = 'Cancelled. Nothing from this file was saved.';
