import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { currencyScale } from '../../../../src-shared/domain/money/currency';
import { formatMinor } from '../../../../src-shared/domain/money/decimal';
import { parseStatement } from '../../../../src-shared/domain/statements/parse-statement';
import { STATEMENT_FORMATS, StatementError, type ParseHints, type StatementFormat } from '../../../../src-shared/domain/statements/types';
import { AppError } from '../../../../src-shared/contract/errors';
import { UsageError, type Output } from '../cli-output';
import type { ParsedCommand } from '../cli-args';

/** fingood parse FILE: what FinGood reads from a statement, without a ledger. */
export async function parseCommand(cmd: ParsedCommand, out: Output): Promise<number> {
  const file = cmd.positionals[0];
  if (!file) throw new UsageError('Which file? Usage: fingood parse FILE [--format F] [--date-order dmy|mdy|ymd] [--decimal , or .] --json');
  const hints = hintsFrom(cmd.values);
  const bytes = await readFile(file).catch(() => {
    throw new AppError('NOT_FOUND', `${file} is not a file FinGood can read. Check the path.`);
  });
  let r;
  try {
    r = parseStatement(new Uint8Array(bytes), { fileName: basename(file), hints });
  } catch (err) {
    if (err instanceof StatementError) throw new AppError(err.code, `${basename(file)}: ${err.message}`);
    throw err;
  }
  const scaleOf = (c: string | null) => currencyScale(c);
  const money = (v: number | null, c: string | null) => (v === null ? null : formatMinor(v, scaleOf(c)));
  const s = r.statement;
  const value = {
    format: r.format,
    statement: {
      accountId: s.accountId, currency: s.currency,
      openingBalance: money(s.openingBalanceMinor, s.currency), closingBalance: money(s.closingBalanceMinor, s.currency),
      openingDate: s.openingDate, closingDate: s.closingDate,
    },
    transactions: r.transactions.map((t) => ({
      date: t.date, amount: formatMinor(t.amountMinor, scaleOf(t.currency)), currency: t.currency || null,
      payee: t.payee, description: t.description, memo: t.memo, reference: t.reference,
      balance: money(t.balanceMinor, t.currency),
    })),
    errors: r.errors,
  };
  out.result(value, () => [
    `${r.format.toUpperCase()}  account ${s.accountId ?? '(not stated)'}  ${s.currency ?? ''}`,
    ...value.transactions.map((t) => `${t.date}  ${t.amount.padStart(12)} ${t.currency}  ${t.payee || t.description}`),
    `${value.transactions.length} transactions${r.errors.length ? `, ${r.errors.length} rows could not be read:` : ''}`,
    ...r.errors.slice(0, 20).map((e) => `  line ${e.line ?? '?'}: ${e.message}`),
  ].join('\n'));
  return 0;
}

export function hintsFrom(values: Record<string, unknown>): ParseHints {
  const hints: ParseHints = {};
  const format = values.format;
  if (typeof format === 'string') {
    if (!(STATEMENT_FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`--format must be one of ${STATEMENT_FORMATS.join(', ')}.`);
    }
    hints.format = format as StatementFormat;
  }
  const order = values['date-order'];
  if (typeof order === 'string') {
    if (!['dmy', 'mdy', 'ymd'].includes(order)) throw new UsageError('--date-order must be dmy, mdy or ymd.');
    hints.dateOrder = order as ParseHints['dateOrder'];
  }
  const decimal = values.decimal;
  if (typeof decimal === 'string') {
    if (decimal !== ',' && decimal !== '.') throw new UsageError('--decimal must be , or .');
    hints.decimal = decimal;
  }
  return hints;
}
