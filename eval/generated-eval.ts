import type { GeneratedRow } from '../bench/categorize-data';
import { expectedCalibrationError } from '../src-shared/domain/categorize/calibration';
import { loadCategorizer, trainCategorizer, type Categorizer } from '../src-shared/domain/categorize/categorizer';
import { merchantKey } from '../src-shared/domain/categorize/merchant-key';
import { macroF1, topKAccuracy, type Ranked } from '../src-shared/domain/categorize/metrics';
import type { MemoryEntry, TrainDense } from '../src-shared/domain/categorize/types';
import { trainBaseline } from './baseline-svm';

/**
 * One generated scenario, measured on its fresh period (after the history the models saw):
 * our categorizer (with and without the dense net) against the SVM baseline; then what merchant
 * memory adds: the share of a merchant's later rows one correction fixes, and accuracy as the
 * user keeps correcting (a learning curve, with retraining at checkpoints).
 */

export interface Scores {
  top1: number;
  top3: number;
  macroF1: number;
  ece: number;
  threshold: number;
  autoPrecision: number | null;
  autoCoverage: number;
  top1Seen: number;
  top1New: number;
}

export interface CurvePoint { rowsSeen: number; corrections: number; accuracyNext: number }

export interface ScenarioResult {
  ours: Scores;
  oursNoDense: Scores;
  baseline: Scores;
  trainMs: number;
  heldOut: { top1: number | null; ece: number | null; threshold: number; autoPrecision: number | null; autoCoverage: number | null };
  memoryFix: { merchantsCorrected: number; laterRows: number; fixed: number; rate: number };
  learningCurve: CurvePoint[];
}

interface Prediction { ranked: string[]; confidence: number }

export async function evaluateScenario(history: GeneratedRow[], fresh: GeneratedRow[], categories: string[], seed: number, trainDense: TrainDense | undefined): Promise<ScenarioResult> {
  const t0 = performance.now();
  const trained = await trainCategorizer(history, { seed, categories, trainDense });
  const trainMs = performance.now() - t0;
  const ours = loadCategorizer(trained.model);
  const noDense = loadCategorizer((await trainCategorizer(history, { seed, categories })).model);
  const baseline = trainBaseline(history, seed);
  const predictOurs = (c: Categorizer) => (r: GeneratedRow): Prediction => {
    const s = c.suggest(r, 3);
    return { ranked: s.map((x) => x.category), confidence: s[0]?.confidence ?? 0 };
  };
  // The baseline auto-applies by the same rule, on its own held-out confidences.
  return {
    ours: score(fresh, predictOurs(ours), ours.threshold),
    oursNoDense: score(fresh, predictOurs(noDense), noDense.threshold),
    baseline: score(fresh, (r) => baseline.predict(r), baselineThreshold(history, seed)),
    trainMs,
    heldOut: {
      top1: trained.metrics.top1, ece: trained.metrics.ece, threshold: trained.metrics.threshold,
      autoPrecision: trained.metrics.autoPrecision, autoCoverage: trained.metrics.autoCoverage,
    },
    memoryFix: memoryFix(ours, fresh),
    learningCurve: await learningCurve(history, fresh, categories, seed),
  };
}

function score(rows: readonly GeneratedRow[], predict: (r: GeneratedRow) => Prediction, threshold: number): Scores {
  const ranked: Ranked[] = [];
  const conf: number[] = [];
  const correct: boolean[] = [];
  let applied = 0;
  let appliedRight = 0;
  const seen = { n: 0, ok: 0 };
  const fresh = { n: 0, ok: 0 };
  for (const r of rows) {
    const p = predict(r);
    const ok = p.ranked[0] === r.category;
    ranked.push({ ranked: p.ranked, truth: r.category });
    conf.push(p.confidence);
    correct.push(ok);
    if (p.confidence >= threshold) { applied++; if (ok) appliedRight++; }
    const g = r.newMerchant ? fresh : seen;
    g.n++;
    if (ok) g.ok++;
  }
  return {
    top1: topKAccuracy(ranked, 1), top3: topKAccuracy(ranked, 3), macroF1: macroF1(ranked),
    ece: expectedCalibrationError(conf, correct), threshold,
    autoPrecision: applied ? appliedRight / applied : null, autoCoverage: applied / rows.length,
    top1Seen: seen.n ? seen.ok / seen.n : 0, top1New: fresh.n ? fresh.ok / fresh.n : 0,
  };
}

/** The baseline's threshold by our rule, from its held-out (last 20 %) history. */
function baselineThreshold(history: readonly GeneratedRow[], seed: number): number {
  const cut = Math.floor(history.length * 0.8);
  const early = trainBaseline(history.slice(0, cut), seed);
  const late = history.slice(cut);
  const conf = late.map((r) => early.predict(r));
  const sorted = conf.map((p, i) => ({ c: p.confidence, ok: p.ranked[0] === late[i]!.category })).sort((a, b) => b.c - a.c);
  let right = 0;
  let best = 1.01;
  sorted.forEach((x, k) => {
    if (x.ok) right++;
    const n = k + 1;
    if (n >= 20 && right / (n + 1) >= 0.99) best = x.c;
  });
  return best;
}

/**
 * The first time a merchant (the generator's identity, not our key) is mispredicted, the user
 * corrects that row: one memory entry under that row's merchant key. Measured: how many of the
 * merchant's later rows with that category the memory then gets right.
 */
function memoryFix(c: Categorizer, fresh: readonly GeneratedRow[]): ScenarioResult['memoryFix'] {
  // A new map object per correction, as the app passes a fresh snapshot (see Categorizer.suggest).
  let memory: Record<string, MemoryEntry> = {};
  const corrected = new Map<string, string>();
  const decided = new Set<string>();
  let laterRows = 0;
  let fixed = 0;
  for (const r of fresh) {
    const fix = corrected.get(r.merchantId);
    if (fix !== undefined) {
      if (r.category !== fix) continue;
      laterRows++;
      if (c.suggest(r, 1, memory)[0]?.category === fix) fixed++;
      continue;
    }
    if (decided.has(r.merchantId)) continue;
    decided.add(r.merchantId);
    if (c.suggest(r, 1)[0]?.category === r.category) continue;
    memory = { ...memory, [merchantKey(r.payee, r.description)]: { category: r.category, confirmations: 1 } };
    corrected.set(r.merchantId, r.category);
  }
  return { merchantsCorrected: corrected.size, laterRows, fixed, rate: laterRows ? fixed / laterRows : 1 };
}

/**
 * The user reviews the fresh rows in order and corrects every wrong top suggestion (each
 * correction goes to memory at once; confirmations of right ones too). Every CHECKPOINT rows
 * the model is retrained on history plus everything reviewed. Reported: corrections so far
 * and the accuracy of the next block.
 */
async function learningCurve(history: readonly GeneratedRow[], fresh: readonly GeneratedRow[], categories: string[], seed: number): Promise<CurvePoint[]> {
  const BLOCK = 250;
  const CHECKPOINT = 1000;
  const memory: Record<string, MemoryEntry> = {};
  let model = loadCategorizer((await trainCategorizer(history, { seed, categories })).model);
  const points: CurvePoint[] = [];
  let corrections = 0;
  for (let start = 0; start < fresh.length; start += BLOCK) {
    if (start > 0 && start % CHECKPOINT === 0) {
      model = loadCategorizer((await trainCategorizer([...history, ...fresh.slice(0, start)], { seed, categories })).model);
    }
    const block = fresh.slice(start, start + BLOCK);
    const before = corrections;
    let right = 0;
    // Memory is read as a snapshot per block (see Categorizer.suggest): corrections count from the next block.
    const snapshot = { ...memory };
    for (const r of block) {
      if (model.suggest(r, 1, snapshot)[0]?.category === r.category) right++;
      else corrections++;
      const key = merchantKey(r.payee, r.description);
      const prev = memory[key];
      memory[key] = { category: r.category, confirmations: prev && prev.category === r.category ? prev.confirmations + 1 : 1 };
    }
    points.push({ rowsSeen: start, corrections: before, accuracyNext: right / block.length });
  }
  return points;
}
