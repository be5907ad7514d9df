import type { DateOrder, ParseHints, StatementFormat } from '../types';
import { toHintColumns } from './column-map';
import { normalizeLabel } from './label';
import type { TableLayout } from './table-layout';

/**
 * A stable name for a bank's export layout, so the app can save the mapping the user confirmed
 * and pass it back as hints next time. Built from the header words only (never the preamble,
 * which holds account numbers and dates), or for header-less files from the column count and
 * the roles found. Example: "csv/semicolon/header:3f2a9c01d4e5b6a7".
 */
export function layoutSignature(format: StatementFormat, delimiter: string | undefined, layout: TableLayout): string {
  const prefix = `${format}/${delimiterName(delimiter)}`;
  if (layout.header) {
    return `${prefix}/header:${hash64(layout.header.map((h) => normalizeLabel(h)).join('|'))}`;
  }
  const roles = new Array<string>(layout.width).fill('-');
  for (const [role, col] of Object.entries(toHintColumns(layout.roles.map))) {
    if (col !== undefined && col < roles.length) roles[col] = role;
  }
  return `${prefix}/columns:${layout.width}:${hash64(roles.join('|'))}`;
}

/** What a caller may save with the signature and pass back as ParseHints. */
export function layoutHints(format: StatementFormat, layout: TableLayout,
  found: { dateOrder: DateOrder; decimal: ',' | '.'; currency: string | null }): ParseHints {
  const hints: ParseHints = {
    format,
    dateOrder: found.dateOrder,
    decimal: found.decimal,
    columns: toHintColumns(layout.roles.map),
  };
  if (found.currency) hints.currency = found.currency;
  return hints;
}

function delimiterName(d: string | undefined): string {
  switch (d) {
    case ',': return 'comma';
    case ';': return 'semicolon';
    case '\t': return 'tab';
    case '|': return 'pipe';
    default: return 'sheet';
  }
}

/** Two 32-bit FNV-1a hashes with different seeds, as 16 hex digits: stable across runs and platforms. */
export function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193) >>> 0;
    b = (b ^ (b >>> 13)) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
