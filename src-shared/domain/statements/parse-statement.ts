import { decodeText } from '../text/decode';
import { FORMAT_PARSERS } from './registry';
import {
  DEFAULT_LIMITS, StatementError, emptyStatement,
  type FormatParser, type FormatParseResult, type ParseHints, type ParseLimits, type ParseOptions, type ParseResult, type StatementFormat,
  type StatementInfo, type StatementSection,
} from './types';

const SNIFF_BYTES = 64 * 1024;

/**
 * The one entry for every statement format. Detects the format from the content (never the
 * extension), parses, and summarizes. Throws only StatementError, for whole-file refusals
 * (UNSUPPORTED_FORMAT, TOO_LARGE, PARSE_FAILED); bad rows are reported in `errors`.
 */
export function parseStatement(bytes: Uint8Array, opts: ParseOptions = {}): ParseResult {
  const { parser, format, limits } = pickFor(bytes, opts);
  const { result, layoutSource } = withSavedLayout(opts, (hints) => guarded(format, () => parser.parse(bytes, format, { ...opts, hints, limits })));
  return toParseResult(format, result, layoutSource, limits);
}

/**
 * Reads with the caller's hints; without them, a layout the user confirmed for this bank
 * (by the layout's signature) wins over inference, and the file is read again with it.
 */
export function withSavedLayout<T extends { layout?: { signature: string } }>(opts: ParseOptions, read: (hints: ParseHints | undefined) => T):
  { result: T; layoutSource: ParseResult['layoutSource'] } {
  const result = read(opts.hints);
  const saved = !opts.hints && result.layout ? opts.savedLayouts?.[result.layout.signature] : undefined;
  if (saved) return { result: read(saved), layoutSource: 'saved' };
  return { result, layoutSource: opts.hints ? 'hints' : 'inferred' };
}

/** The checks every file passes first (size, emptiness), and the parser its content asks for. */
export function pickFor(bytes: Uint8Array, opts: ParseOptions): { parser: FormatParser; format: StatementFormat; limits: ParseLimits } {
  const limits: ParseLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  if (bytes.length > limits.maxBytes) {
    throw new StatementError('TOO_LARGE',
      `The file is ${mb(bytes.length)} MB; FinGood reads statements up to ${mb(limits.maxBytes)} MB. Split it by date range and import the parts.`);
  }
  if (bytes.length === 0) {
    throw new StatementError('UNSUPPORTED_FORMAT', 'The file is empty. Export the statement from your bank again.');
  }
  return { ...pickParser(bytes, opts.hints?.format), limits };
}

/** Runs a parser's step; anything but a StatementError becomes PARSE_FAILED with its reason. */
export function guarded<T>(format: StatementFormat, step: () => T): T {
  try {
    return step();
  } catch (err) {
    if (err instanceof StatementError) throw err;
    throw new StatementError('PARSE_FAILED',
      `The file looks like ${format.toUpperCase()} but could not be read (${(err as Error).message}). Check that it is a complete export from your bank.`);
  }
}

export function toParseResult(format: StatementFormat, result: FormatParseResult, layoutSource: ParseResult['layoutSource'], limits: ParseLimits): ParseResult {
  const transactions = result.sections.flatMap((s) => s.transactions);
  if (transactions.length > limits.maxRows) throw tooManyRows(transactions.length, limits);
  return { format, ...result, layoutSource, statement: summarize(result.sections), transactions };
}

export function tooManyRows(rows: number, limits: ParseLimits): StatementError {
  return new StatementError('TOO_LARGE',
    `The file holds ${rows} rows; the limit is ${limits.maxRows}. Split it by date range and import the parts.`);
}

function pickParser(bytes: Uint8Array, forced?: StatementFormat): { parser: FormatParser; format: StatementFormat } {
  if (forced) {
    const parser = FORMAT_PARSERS.find((p) => p.formats.includes(forced));
    if (!parser) throw new StatementError('UNSUPPORTED_FORMAT', `Unknown format "${forced}".`);
    return { parser, format: forced };
  }
  const head = decodeText(bytes.subarray(0, SNIFF_BYTES)).text;
  let best: { parser: FormatParser; format: StatementFormat; score: number } | null = null;
  for (const parser of FORMAT_PARSERS) {
    const hit = parser.sniff(bytes, head);
    if (hit && hit.score > 0 && (!best || hit.score > best.score)) best = { parser, ...hit };
  }
  if (!best) {
    const tried = FORMAT_PARSERS.flatMap((p) => p.formats).map((f) => f.toUpperCase()).join(', ');
    throw new StatementError('UNSUPPORTED_FORMAT',
      `This file is not a bank statement FinGood can read (tried ${tried}). Export the statement from your bank as CSV, OFX, QIF, CAMT.053 or MT940 and drop that file.`);
  }
  return { parser: best.parser, format: best.format };
}

/** First account of the file; opening balance of its first section and closing of its last. */
export function summarize(sections: StatementSection[]): StatementInfo {
  if (sections.length === 0) return emptyStatement();
  const first = sections[0]!.statement;
  const same = sections.filter((s) => s.statement.accountId === first.accountId);
  const last = same[same.length - 1]!.statement;
  return {
    accountId: first.accountId,
    currency: first.currency || sections.find((s) => s.transactions.length)?.transactions[0]?.currency || null,
    openingBalanceMinor: first.openingBalanceMinor,
    openingDate: first.openingDate,
    closingBalanceMinor: last.closingBalanceMinor,
    closingDate: last.closingDate,
  };
}

function mb(n: number): string {
  return (n / 1024 / 1024).toFixed(1);
}
