/**
 * SWIFT MT940 (customer statement) and MT942 (interim transaction report), as banks export
 * them: with or without SWIFT envelopes, one or many statements per file, in any 8-bit code page.
 */
import {
  StatementError,
  type FormatParseResult, type FormatParser, type ParsedTransaction, type StatementFormat,
} from '../types';
import { decodeSwiftBytes } from './legacy-charset';
import { buildSections } from './mt940-statements';
import { splitFields } from './swift-fields';

export const mt940Parser: FormatParser = {
  formats: ['mt940', 'mt942'],
  sniff: (_bytes, head) => sniffMt940(head),
  parse: (bytes, _format, opts) => parseMt940(bytes, opts.hints?.currency ?? null),
};

// A tag at the start of a line, or right after the "{4:" that opens a SWIFT text block.
const hasTag = (head: string, tag: string) => new RegExp(`(?:^|[\\r\\n]|\\{4:)\\s*:${tag}:`).test(head);
const STATEMENT_LINE = /(?:^|[\r\n]):61:\d{6}(?:\d{4})?R?[CD]/;

export function sniffMt940(head: string): { format: StatementFormat; score: number } | null {
  const opening = hasTag(head, '60[FM]?');
  // MT942 reports carry a floor limit (:34F:) and a date-time (:13D:) instead of balances.
  const format: StatementFormat = (hasTag(head, '34F') || hasTag(head, '13D')) && !opening ? 'mt942' : 'mt940';
  if (hasTag(head, '20') && (hasTag(head, '25P?') || opening || hasTag(head, '61'))) return { format, score: 0.9 };
  // Statement lines without a header (an excerpt, or a bank that omits :20:): less certain.
  if (STATEMENT_LINE.test(head)) return { format, score: 0.6 };
  return null;
}

export function parseMt940(bytes: Uint8Array, hintCurrency: string | null): FormatParseResult {
  const { fields, errors } = splitFields(decodeSwiftBytes(bytes));
  if (!fields.some((f) => f.tag === '61' || f.tag.startsWith('60') || f.tag.startsWith('62'))) {
    throw new StatementError('PARSE_FAILED',
      'The file has no MT940 statement lines or balances (:61:, :60F:, :62F:). Check that it is a complete export from your bank.');
  }
  const sections = buildSections(fields, hintCurrency, errors);
  dropRepeatedReferences(sections.flatMap((s) => s.transactions));
  errors.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
  return { sections, errors };
}

/**
 * A reference identifies one booking for deduplication. Customer references repeat ("EREF",
 * "X", the same order number on two lines), and a repeated value identifies nothing: using it
 * would merge different bookings, so it is dropped.
 */
function dropRepeatedReferences(transactions: ParsedTransaction[]): void {
  const seen = new Map<string, number>();
  for (const t of transactions) if (t.reference) seen.set(t.reference, (seen.get(t.reference) ?? 0) + 1);
  for (const t of transactions) if (t.reference && seen.get(t.reference)! > 1) t.reference = null;
}
