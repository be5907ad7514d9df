import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { generateCategorizeData } from '../bench/categorize-data';
import { trainDense } from '../src-worker/jobs/train-dense';
import { evaluateMcc, evaluateReckon } from './corpus-eval';
import { evaluateScenario, type CurvePoint, type ScenarioResult, type Scores } from './generated-eval';

/**
 * `npm run eval:categorize`: the categorizer against smart_importer's model (a linear SVM on
 * word n-grams) on generated ledgers — a few hundred categorized rows of history, then
 * thousands of new rows, many from merchants the history never had — and on the shared
 * corpus. Prints a table, writes every figure to eval/results/categorize-<time>.json.
 * EVAL_SEEDS=1,2 and EVAL_NO_DENSE=1 shorten a run.
 */

const HISTORY = 400;
const FRESH = 4000;
const seeds = (process.env.EVAL_SEEDS ?? '1,2,3,4,5').split(',').map(Number);
const dense = process.env.EVAL_NO_DENSE ? undefined : (x: Parameters<typeof trainDense>[0], y: Int32Array, c: readonly string[]) => trainDense(x, y, c);
const schemes = ['default', 'ledger'] as const;

const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, cpus: cpus().length, history: HISTORY, fresh: FRESH, seeds };
const pct = (x: number | null) => (x === null ? '   –  ' : `${(100 * x).toFixed(1).padStart(5)}%`);

for (const scheme of schemes) {
  const runs: ScenarioResult[] = [];
  let newShare = 0;
  for (const seed of seeds) {
    const data = generateCategorizeData({ seed, historyRows: HISTORY, freshRows: FRESH, scheme });
    newShare += data.fresh.filter((r) => r.newMerchant).length / data.fresh.length / seeds.length;
    runs.push(await evaluateScenario(data.history, data.fresh, data.categories, seed, dense));
    process.stderr.write(`${scheme} seed ${seed} done\n`);
  }
  const summary = {
    ours: mean(runs.map((r) => r.ours)), oursNoDense: mean(runs.map((r) => r.oursNoDense)), baseline: mean(runs.map((r) => r.baseline)),
    memoryFixRate: runs.reduce((s, r) => s + r.memoryFix.fixed, 0) / Math.max(1, runs.reduce((s, r) => s + r.memoryFix.laterRows, 0)),
    learningCurve: meanCurve(runs.map((r) => r.learningCurve)),
    trainMsMedian: median(runs.map((r) => r.trainMs)),
    newMerchantShare: newShare,
  };
  results[scheme] = { summary, runs };
  console.log(`\nGenerated ledgers, ${scheme === 'default' ? "FinGood's default chart" : 'hledger-style accounts'}: ${HISTORY} rows of history, ${FRESH} new rows (${(100 * newShare).toFixed(0)} % from merchants not in the history); mean of ${seeds.length} seeds`);
  console.log('                       top-1   top-3  macro-F1    ECE  auto-prec auto-cov  top-1 seen  top-1 new');
  for (const [name, s] of [['ours (ensemble)', summary.ours], ['ours, no dense net', summary.oursNoDense], ['SVM baseline', summary.baseline]] as const) {
    console.log(`${name.padEnd(20)} ${pct(s.top1)}  ${pct(s.top3)}  ${pct(s.macroF1)}  ${s.ece.toFixed(3)}   ${pct(s.autoPrecision)}   ${pct(s.autoCoverage)}     ${pct(s.top1Seen)}     ${pct(s.top1New)}`);
  }
  console.log(`top-1 gain over the baseline: ${(100 * (summary.ours.top1 - summary.baseline.top1)).toFixed(1)} points; one correction fixes ${pct(summary.memoryFixRate)} of a merchant's later rows; training (with dense net) ${summary.trainMsMedian.toFixed(0)} ms`);
  console.log(`learning curve (corrections so far → accuracy of the next 250 rows; retrained every 1000): ${summary.learningCurve.filter((_, i) => i % 2 === 0).map((p) => `${p.corrections.toFixed(0)}→${pct(p.accuracyNext).trim()}`).join('  ')}`);
}

const reckon = evaluateReckon();
results.reckon = reckon;
console.log('\nCorpus: reckon-rules cases (cold start: keyword map onto the case\'s names; online: each row confirmed into memory after it is predicted)');
for (const r of reckon) {
  const missing = r.historyFiles.filter((f) => !f.present).map((f) => f.name);
  console.log(`  ${r.name.padEnd(44)} ${String(r.rows).padStart(2)} rows  cold ${pct(r.coldStart)}  online ${pct(r.online)}${missing.length ? `  (not in corpus: ${missing.join(', ')})` : ''}`);
}

const mcc = evaluateMcc();
results.mcc = mcc;
console.log(`\nCorpus: MCC table — descriptions of ${mcc.codes.n} well-known codes: keyword map matched ${mcc.codes.matched}, right concept ${mcc.codes.right}`);
for (const b of mcc.brands) console.log(`  brand range ${b.range}: ${b.n} brands, matched ${b.matched}, as ${b.concept} ${b.right}`);

const dir = join(import.meta.dirname, 'results');
mkdirSync(dir, { recursive: true });
const file = join(dir, `categorize-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote ${file}`);

function mean(xs: Scores[]): Scores {
  const keys = Object.keys(xs[0]!) as (keyof Scores)[];
  const out = {} as Record<keyof Scores, number | null>;
  for (const k of keys) {
    const vals = xs.map((x) => x[k]).filter((v): v is number => v !== null);
    out[k] = vals.length ? vals.reduce((a, b) => a + b, 0) / vals.length : null;
  }
  return out as unknown as Scores;
}

function meanCurve(curves: CurvePoint[][]): CurvePoint[] {
  return curves[0]!.map((p, i) => ({
    rowsSeen: p.rowsSeen,
    corrections: curves.reduce((s, c) => s + c[i]!.corrections, 0) / curves.length,
    accuracyNext: curves.reduce((s, c) => s + c[i]!.accuracyNext, 0) / curves.length,
  }));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
