import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { ImportJobInput, ImportPayload, ImportRow } from '../../src-shared/contract/import-protocol';
import { fingerprints, rowText } from '../../src-shared/domain/matching/fingerprint';
import { parseStatement } from '../../src-shared/domain/statements/parse-statement';
import type { WorkerJob } from '../runtime/job-context';
import { createRowCategorizer } from './import-categorize';
import { toAppError } from './statement-errors';

const CHUNK_ROWS = 500;

/**
 * Reads, hashes and parses one statement file, then streams its rows to main in chunks.
 * Main refuses a known hash before any row is sent, and writes the rows.
 */
export const importJob: WorkerJob = async (ctx) => {
  const input = ctx.input as ImportJobInput;
  const send = (p: ImportPayload) => ctx.send(p);
  ctx.progress({ phase: 'hashing', done: 0, total: null, fraction: 0, etaMs: null });
  const bytes = new Uint8Array(await readFile(input.path));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await send({ kind: 'hash', sha256, bytes: bytes.length });
  await ctx.flush(); // main decides here whether this file was imported before

  ctx.progress({ phase: 'parsing', done: 0, total: null, fraction: 0.05, etaMs: null });
  let parsed;
  try {
    parsed = parseStatement(bytes, { fileName: input.fileName, hints: input.hints, savedLayouts: input.savedLayouts });
  } catch (err) {
    throw toAppError(err, input.fileName);
  }
  const total = parsed.transactions.length;
  ctx.progress({ phase: 'deduplicating', done: 0, total, fraction: 0.25, etaMs: null });
  // Each row's normalized text is computed again where it is needed rather than kept for the
  // whole file (about 100 MB at a million rows).
  const fps = fingerprints(parsed.transactions);
  await send({
    kind: 'statement', format: parsed.format, statement: parsed.statement, total,
    errors: parsed.errors.slice(0, 1000), dateRange: dateRange(parsed.transactions),
    layout: parsed.layout ?? null, layoutSource: parsed.layoutSource,
  });
  await ctx.flush();

  ctx.progress({ phase: 'categorizing', done: 0, total, fraction: 0.28, etaMs: null });
  const categorize = createRowCategorizer(input.categorization, input.account ?? input.fallbackAccount ?? parsed.statement.accountId ?? '');
  for (let i = 0; i < total; i += CHUNK_ROWS) {
    if (ctx.signal.aborted) break;
    const rows: ImportRow[] = parsed.transactions.slice(i, i + CHUNK_ROWS).map((t, k) => {
      const c = categorize(t, rowText(t));
      return {
        date: t.date, valueDate: t.valueDate, amountMinor: t.amountMinor, currency: t.currency,
        description: t.description, memo: t.memo, reference: t.reference,
        balanceMinor: t.balanceMinor, line: t.line, fingerprint: fps[i + k]!, ...c, payee: c.payee ?? t.payee,
      };
    });
    await send({ kind: 'rows', rows });
  }
  await ctx.flush();
  return { format: parsed.format, rowsRead: total, errors: parsed.errors.length };
};

function dateRange(rows: readonly { date: string }[]): { min: string; max: string } | null {
  if (rows.length === 0) return null;
  let min = rows[0]!.date;
  let max = min;
  for (const r of rows) {
    if (r.date < min) min = r.date;
    if (r.date > max) max = r.date;
  }
  return { min, max };
}
