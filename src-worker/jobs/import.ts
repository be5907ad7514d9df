import { createHash } from 'node:crypto';
import { readFileSync, readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { AppError } from '../../src-shared/contract/errors';
import type { ImportJobInput, ImportPayload, ImportPlan } from '../../src-shared/contract/import-protocol';
import { addExisting, classifyDuplicates, createDuplicateIndex } from '../../src-shared/domain/matching/classify-duplicates';
import { createFingerprinter, createRowTexts, storedFingerprint } from '../../src-shared/domain/matching/fingerprint';
import { openStatement } from '../../src-shared/domain/statements/open-statement';
import type { WorkerJob, WorkerJobContext } from '../runtime/job-context';
import { createRowCategorizer } from './import-categorize';
import { ROW_COLUMNS, startRowWriter, type RowValue, type RowWriter } from './row-writer';
import { toAppError } from './statement-errors';

const CHUNK_ROWS = 2000;
/** Share of the progress bar before writing starts (hashing and parsing). */
const PARSE_SHARE = 0.3;

/**
 * Reads, hashes and parses one statement file; main refuses a known hash before anything is
 * written, and answers the statement with the batch to write into. Main is asked about the
 * hash once the file's layout is read, and the row writer opens the ledger meanwhile (it is let
 * go if main refuses the file). The rows are then
 * fingerprinted, checked for duplicates, categorized and handed chunk by chunk to a writer
 * thread, which writes them into the still pending batch while this thread prepares the next.
 * Main commits the batch when the job succeeds and purges it when it does not.
 */
export const importJob: WorkerJob = async (ctx) => {
  const input = ctx.input as ImportJobInput;
  const ledger = input.ledger;
  if (!ledger) throw new AppError('INTERNAL', 'An import job was started without its ledger.');
  ctx.progress({ phase: 'hashing', done: 0, total: null, fraction: 0, etaMs: null });
  // Read at once (this thread has nothing else to do meanwhile): half the time of reading in pieces.
  const bytes = new Uint8Array(readFileSync(input.path));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const writer = startRowWriter(ledger);
  yieldToWriter();
  try {
    return await importRows(ctx, input, bytes, sha256, writer);
  } catch (err) {
    await writer.abort();
    throw err;
  }
};

/** Parses, asks main about the hash, plans with main, and hands the rows to the writer. */
async function importRows(ctx: WorkerJobContext, input: ImportJobInput, bytes: Uint8Array, sha256: string,
  writer: RowWriter): Promise<Record<string, unknown>> {
  ctx.progress({ phase: 'parsing', done: 0, total: null, fraction: 0.05, etaMs: null });
  // A CSV file is read in chunks (its layout, date order and decimal mark decided first, from
  // every row): the first rows are written while the next are read. Rows are let go chunk by
  // chunk once written, so the garbage collector marks no ever larger heap.
  const reading = explained(input, () => openStatement(bytes, { fileName: input.fileName, hints: input.hints, savedLayouts: input.savedLayouts }));
  await ctx.send({ kind: 'hash', sha256, bytes: bytes.length } satisfies ImportPayload);
  await ctx.flush(); // main decides here whether this file was imported before
  const { format, layout, layoutSource } = reading;
  const total = reading.expectedRows;
  ctx.progress({ phase: 'deduplicating', done: 0, total, fraction: 0.25, etaMs: null });
  const planned = ctx.request({
    kind: 'statement', format, statement: reading.statement, total, dateRange: reading.dateRange,
    layout: layout ?? null, layoutSource,
  } satisfies ImportPayload) as Promise<ImportPlan>;
  // Built while main answers.
  const categorize = createRowCategorizer(input.categorization, input.account ?? input.fallbackAccount ?? reading.statement.accountId ?? '');
  const plan = await planned;

  const index = createDuplicateIndex();
  addExisting(index, plan.existing);
  const fingerprint = createFingerprinter({ datesInOrder: reading.datesInOrder });
  const rowText = createRowTexts();
  const categories = categoryResolver(ctx);
  // From here rows are categorized and written chunk by chunk, the two at once; progress
  // counts rows written.
  ctx.progress({ phase: 'categorizing', done: 0, total, fraction: 0.28, etaMs: null });
  writer.begin({ batchSeq: plan.batchSeq, accountId: plan.accountId, createdAt: plan.createdAt, expectedRows: total });
  ctx.yieldWith(writer);
  // A cancel stops the writer at once, also while it holds still for main (the window would never free).
  ctx.signal.addEventListener('abort', () => void writer.abort(), { once: true });
  const counts = { rows: 0, skipped: 0, flagged: 0 };
  const json = jsonOnce();
  const lists = listNumbers();
  const startedAt = Date.now();
  for (;;) {
    if (ctx.signal.aborted) break;
    const chunk = explained(input, () => reading.next(CHUNK_ROWS));
    if (chunk === null) break;
    const texts = chunk.map(rowText);
    const fps = chunk.map((t, k) => fingerprint(t, texts[k]));
    // Against an empty account every row is new: no need to build what the check reads.
    const verdicts = index.size === 0 ? null : classifyDuplicates(chunk.map((t, k) => ({
      date: t.date, amountMinor: t.amountMinor, text: `${t.payee} ${t.description}`, reference: t.reference, fingerprint: fps[k]!,
    })), index);
    const values: RowValue[] = [];
    for (let k = 0; k < chunk.length; k++) {
      const v = verdicts?.[k];
      if (v?.kind === 'exact') { counts.skipped++; continue; }
      const dup = v?.kind === 'possible' ? v : null;
      if (dup) counts.flagged++;
      const t = chunk[k]!;
      const c = categorize(t, texts[k]);
      const createFor = c.categorySource === 'imported' ? t.amountMinor : null;
      let category = c.category ? categories.known(c.category, createFor) : null;
      if (category === undefined) category = await categories.ask(c.category!, createFor);
      values.push(
        t.date, t.valueDate, t.amountMinor, t.currency || plan.currency, c.payee ?? t.payee, t.description, t.memo, t.reference,
        t.balanceMinor, t.line, storedFingerprint(fps[k]!), dup?.existingId ?? null, dup?.score ?? null,
        dup ? JSON.stringify(dup.reasons) : null, c.merchantKey, category, category === null ? null : c.categorySource,
        category === null ? null : c.confidence, ...lists.place(json(c.suggestions)), c.needsReview ? 1 : 0, c.tags ? json(c.tags) : null,
      );
      counts.rows++;
    }
    await writer.write(values, values.length / ROW_COLUMNS.length, lists.fresh());
    reportWriting(ctx, writer.written() + counts.skipped, total, startedAt, counts.skipped);
  }
  const end = ctx.signal.aborted ? null : explained(input, () => reading.finish());
  if (!end) await writer.abort();
  else {
    await writer.end();
    reportWriting(ctx, end.rowsRead, end.rowsRead, startedAt, counts.skipped);
  }
  return {
    format, rowsRead: end?.rowsRead ?? 0, errors: end?.errors.length ?? 0, statement: end?.statement ?? reading.statement,
    rows: counts.rows, duplicatesSkipped: counts.skipped, possibleDuplicates: counts.flagged,
  };
}

/**
 * The row writer is an import's bottleneck: where the cores are busy, it goes before this
 * thread, which only has to stay ahead of it (Linux keeps a nice value per thread; the writer,
 * started before, keeps its own). Elsewhere this is skipped.
 */
function yieldToWriter(): void {
  try {
    setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), 5);
  } catch { /* not Linux: the thread keeps its priority */ }
}

/** A step of reading the statement; a file it cannot read fails the job with a sentence that says why. */
function explained<T>(input: ImportJobInput, step: () => T): T {
  try {
    return step();
  } catch (err) {
    throw toAppError(err, input.fileName);
  }
}

/**
 * JSON of a row's suggestions or tags, made once per list: rows alike share the categorizer's
 * answer (import-categorize.ts caches it), so most rows reuse a string made before.
 */
function jsonOnce(): (list: readonly unknown[]) => string | null {
  const made = new WeakMap<readonly unknown[], string>();
  return (list) => {
    if (list.length === 0) return null;
    let s = made.get(list);
    if (s === undefined) made.set(list, s = JSON.stringify(list, roundConfidence));
    return s;
  };
}

/** Distinct suggestion lists shared by number; past this many, a new list stays the row's own. */
const SHARED_LISTS = 50_000;

/**
 * Where a row's suggestion list goes: [suggestion_set, suggestions]. Rows alike share numbered
 * lists (the writer stores each once); with a trained model most lists differ, and those past
 * SHARED_LISTS are written on their row.
 */
function listNumbers() {
  const numbers = new Map<string, number>();
  let fresh: [number, string][] = [];
  return {
    place(json: string | null): [number | null, string | null] {
      if (json === null) return [null, null];
      let n = numbers.get(json);
      if (n === undefined) {
        if (numbers.size >= SHARED_LISTS) return [null, json];
        numbers.set(json, n = numbers.size);
        fresh.push([n, json]);
      }
      return [n, null];
    },
    fresh(): [number, string][] {
      const out = fresh;
      fresh = [];
      return out;
    },
  };
}

/** Confidences are shown as whole percents: three decimals say all of it in a fifth of the bytes. */
function roundConfidence(key: string, value: unknown): unknown {
  return key === 'confidence' && typeof value === 'number' ? Math.round(value * 1000) / 1000 : value;
}

function reportWriting(ctx: WorkerJobContext, done: number, total: number, startedAt: number, skipped: number): void {
  const rate = done / Math.max(Date.now() - startedAt, 1);
  ctx.progress({
    phase: 'writing', done, total,
    fraction: PARSE_SHARE + (1 - PARSE_SHARE) * (done / Math.max(total, 1)),
    etaMs: rate > 0 ? Math.round((total - done) / rate) : null,
    message: skipped ? `${skipped.toLocaleString('en-US')} already in the ledger` : undefined,
  });
}

/**
 * Category names → ids of the ledger's chart, asked of main once per name. A history file's own
 * category (`createFor`: the row's amount) is created when the chart lacks it, income for money
 * in and expense for money out; a name from the layers the chart no longer has leaves the row
 * uncategorized.
 */
function categoryResolver(ctx: WorkerJobContext) {
  const cache = new Map<string, number | null>();
  return {
    /** The id, null for none, or undefined when main must be asked. */
    known(name: string, createFor: number | null): number | null | undefined {
      const id = cache.get(name.toLowerCase());
      return id === null && createFor !== null ? undefined : id;
    },
    async ask(name: string, createFor: number | null): Promise<number | null> {
      const create = createFor === null ? null : createFor > 0 ? 'income' : 'expense';
      const id = await ctx.request({ kind: 'category', name, create } satisfies ImportPayload) as number | null;
      cache.set(name.toLowerCase(), id);
      return id;
    },
  };
}
