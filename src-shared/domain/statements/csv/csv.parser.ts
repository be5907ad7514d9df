import { decodeText } from '../../text/decode';
import { StatementError, type FormatParser, type ParseHints, type ParseLimits, type StatementFormat } from '../types';
import { detectDelimiter, type Delimiter } from './delimiter';
import { detectTableLayout } from './table-layout';
import { openTable, parseTable, type TableSource } from './table.parser';
import { checkLineLengths, tokenizeCsv } from './tokenize';

/**
 * CSV and TSV bank statements. Detection is by content: tabular text with a date column and
 * an amount column. The score stays low (0.3) so that structured formats that also look like
 * text (QIF, MT940, OFX) win whenever they match.
 */
const SNIFF_SCORE = 0.3;
const SAMPLE_CHARS = 64 * 1024;

export const csvParser: FormatParser = {
  formats: ['csv', 'tsv'],

  sniff(bytes, head) {
    if (looksBinary(head)) return null;
    // parse-statement.ts decodes the first 64 KiB as `head`; beyond that its last line is cut.
    const sample = completeLines(head, bytes.length > SAMPLE_CHARS);
    const guess = detectDelimiter(sample);
    if (!guess) return null;
    const { rows } = tokenizeCsv(sample, guess.delimiter);
    if (!detectTableLayout(rows)) return null;
    return { format: guess.delimiter === '\t' ? 'tsv' : 'csv', score: SNIFF_SCORE };
  },

  parse(bytes, format, opts) {
    return parseTable(tableOf(bytes, format, opts));
  },

  open(bytes, format, opts) {
    return openTable(tableOf(bytes, format, opts));
  },
};

function tableOf(bytes: Uint8Array, format: StatementFormat, opts: { hints?: ParseHints; limits: ParseLimits }): TableSource {
  const { text } = decodeText(bytes);
  checkLineLengths(text, opts.limits.maxLineLength);
  const delimiter = pickDelimiter(text, format);
  const { rows, lines } = tokenizeCsv(text, delimiter);
  if (rows.length > opts.limits.maxRows + 1000) {
    throw new StatementError('TOO_LARGE',
      `The file holds ${rows.length} lines; the limit is ${opts.limits.maxRows} transactions. Split it by date range and import the parts.`);
  }
  return { rows, lines, delimiter, format: delimiter === '\t' ? 'tsv' : 'csv', hints: opts.hints };
}

function pickDelimiter(text: string, format: StatementFormat): Delimiter {
  // Excel's "sep=;" first line names the delimiter outright.
  const declared = /^sep=([,;\t|])\r?\n/i.exec(text);
  if (declared) return declared[1] as Delimiter;
  const guess = detectDelimiter(completeLines(text.slice(0, SAMPLE_CHARS), text.length > SAMPLE_CHARS), format === 'tsv' ? '\t' : undefined);
  if (guess) return guess.delimiter;
  if (format === 'tsv') return '\t';
  throw new StatementError('UNSUPPORTED_FORMAT',
    'FinGood found no columns in this file (no commas, semicolons, tabs or pipes between values). Export the statement again as CSV.');
}

/** Drops a last line cut off by the sample size. */
function completeLines(text: string, truncated: boolean): string {
  if (!truncated) return text;
  const end = text.lastIndexOf('\n');
  return end > 0 ? text.slice(0, end) : text;
}

/** Control characters other than tab and line breaks mean a binary file, not text. */
function looksBinary(head: string): boolean {
  const n = Math.min(head.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = head.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  return control > n * 0.01;
}
