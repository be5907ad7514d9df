import { currencyScale } from '../../money/currency';
import { decodeText } from '../../text/decode';
import {
  StatementError, emptyStatement,
  type FormatParser, type ParseHints, type RowError, type StatementSection,
} from '../types';
import { readQifAmount, inferQifDecimal } from './qif-amounts';
import { inferQifDateOrder, readQifDate, type QifDate } from './qif-dates';
import { readQifRecords, type QifRecord } from './qif-records';
import { readQifTransaction } from './qif-transactions';
import { qifSniff } from './qif-sniff';

/**
 * Quicken Interchange Format. QIF states no currency, no balances and no date format, so the
 * currency comes from hints (else '' — the importing account's currency applies), and the date
 * order and decimal mark are inferred from the whole file unless hints fix them. No `layout` is
 * returned: nothing in a QIF file identifies the bank that wrote it, so a remembered date order
 * would be applied to other banks' files with the same date shape and override inference.
 */
export const qifParser: FormatParser = {
  formats: ['qif'],

  sniff(_bytes, head) {
    return qifSniff(head);
  },

  parse(bytes, _format, opts) {
    const { text } = decodeText(bytes);
    const file = readQifRecords(text, opts.limits.maxLineLength);
    const cash = file.records.filter((r) => r.kind === 'transactions' || r.kind === 'investment');
    if (!file.hasHeader && !cash.some(looksLikeTransaction)) {
      throw new StatementError('PARSE_FAILED',
        'The file has no QIF records (no !Type: header and no D/T lines). Export the account from your bank or finance program again as QIF.');
    }

    const hints: ParseHints = opts.hints ?? {};
    const dates = cash.map((r) => readQifDate(field(r, 'D'))).filter((d): d is QifDate => d !== null);
    const dateOrder = hints.dateOrder ?? file.dateOrder ?? inferQifDateOrder(dates);
    const decimal = hints.decimal ?? inferQifDecimal(cash.flatMap((r) => r.fields.filter((f) => f.code === 'T' || f.code === 'U' || f.code === '$').map((f) => f.value)));
    const currency = hints.currency?.toUpperCase() ?? '';
    const ctx = { dateOrder, decimal, scale: currencyScale(currency), currency };

    const errors: RowError[] = [];
    const sections = new Map<string | null, StatementSection>();
    let rows = 0;
    for (const record of cash) {
      if (record.problem) { errors.push({ line: record.line, message: record.problem }); continue; }
      const row = readQifTransaction(record, ctx);
      if (row === null) continue;
      if ('message' in row) { errors.push(row); continue; }
      if (++rows > opts.limits.maxRows) {
        throw new StatementError('TOO_LARGE',
          `The file holds more than ${opts.limits.maxRows} transactions. Export a shorter date range and import the parts.`);
      }
      sectionFor(sections, record.account, currency).transactions.push(row);
    }
    return {
      sections: [...sections.values()],
      errors,
    };
  },
};

function sectionFor(sections: Map<string | null, StatementSection>, account: string | null, currency: string): StatementSection {
  let section = sections.get(account);
  if (!section) {
    section = { statement: { ...emptyStatement(), accountId: account, currency: currency || null }, transactions: [] };
    sections.set(account, section);
  }
  return section;
}

function field(record: QifRecord, code: string): string {
  return record.fields.find((f) => f.code === code)?.value ?? '';
}

/** A headerless file is only QIF if some record has a readable date and amount. */
function looksLikeTransaction(record: QifRecord): boolean {
  return readQifDate(field(record, 'D')) !== null && readQifAmount(field(record, 'T') || field(record, 'U'), '.', 2) !== null;
}
