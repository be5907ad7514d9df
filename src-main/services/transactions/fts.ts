/**
 * Free text → an FTS5 query: every word must occur (in payee, description or memo), each as a
 * word prefix, so "star coff" finds "STARBUCKS COFFEE". The user's text never reaches FTS5 as
 * syntax: words are quoted, so quotes, operators (AND, NEAR, -, *) and column filters are plain
 * text. null when the text has no word at all (then there is nothing to search for).
 */
export function toFtsQuery(text: string): string | null {
  const words = text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  // Ten words are plenty for a search box; more only makes a slower query.
  return words.slice(0, 10).map((w) => `"${w.replaceAll('"', '""')}"*`).join(' ');
}

/** The filter condition for a search, on a table aliased `t`; the FTS query is its one parameter. */
export const FTS_CONDITION = 't.id IN (SELECT rowid FROM transactions_fts WHERE transactions_fts MATCH ?)';
