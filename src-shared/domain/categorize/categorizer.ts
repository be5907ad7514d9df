import { expectedCalibrationError } from './calibration';
import { buildConceptMapping, inferKinds, type ConceptEvidence, type ConceptMapping } from './category-mapping';
import { createScorer, type ComponentModels } from './components';
import { validDenseWeights } from './dense-net';
import { COLD_START_WEIGHTS, combine, fitEnsemble, type StackRow } from './ensemble';
import { analyzeText, extractFeatures, foldFeatures, LINEAR_DIM, NET_DIM, type RowText } from './features';
import { trainLinear, type LinearModel } from './linear-model';
import { macroF1, topKAccuracy, type Ranked } from './metrics';
import { buildMerchantTable, measureMemoryRates } from './merchant-memory';
import { MODEL_VERSION, packDense, packLinear, type SerializedCategorizer } from './model-format';
import { autoApplyStats, autoApplyThreshold, NEVER } from './threshold';
import type { CategorizerMetrics, DenseWeights, LabeledExample, SparseVector, TrainDense, TrainProgress } from './types';

export { loadCategorizer, type Categorizer } from './suggester';
export type { SerializedCategorizer } from './model-format';

/**
 * Training (DESIGN.md §6): history in time order; the most recent part is held out (rolling
 * folds for small ledgers: train on the first 40 %, predict the next 20 %, and so on) to fit
 * the ensemble weights — which calibrates them — and to choose the auto-apply threshold; then
 * every model is refitted on all of the history.
 */

export interface TrainOptions {
  seed?: number;
  /** The user's categories, including ones the history never used (cold start needs them). */
  categories?: readonly string[];
  /** Trains the dense net (in a worker, with TF.js); without it the ensemble has no net. */
  trainDense?: TrainDense;
  onProgress?: (p: TrainProgress) => void;
  /** Checked between phases: an aborted training throws Error('cancelled'). */
  signal?: AbortSignal;
}

/** Below this, no model is trained: the keyword map and merchant memory do the work. */
const MIN_TRAINING_ROWS = 20;
/** Three rolling folds (60 % of the history held out, fold by fold) while refitting is cheap; one fold beyond. */
const ROLLING_FOLDS_BELOW = 5000;
/** The dense net is refitted on all rows only below this size (time budget; DESIGN.md §6). */
const DENSE_REFIT_MAX = 20_000;
const MAX_STACK_ROWS = 8000;

interface Prepared {
  examples: LabeledExample[];
  classes: string[];
  labels: Int32Array;
  texts: RowText[];
  features: SparseVector[];
}

export async function trainCategorizer(
  input: readonly LabeledExample[],
  opts: TrainOptions = {},
): Promise<{ model: SerializedCategorizer; metrics: CategorizerMetrics }> {
  const started = Date.now();
  const progress = (phase: TrainProgress['phase'], fraction: number) => {
    if (opts.signal?.aborted) throw new Error('cancelled');
    opts.onProgress?.({ phase, fraction });
  };
  progress('features', 0);
  const data = prepare(input, opts.categories ?? []);
  const n = data.examples.length;
  const C = data.classes.length;
  const seed = opts.seed ?? 1;
  const trained = n >= MIN_TRAINING_ROWS && C >= 2;

  let stack: StackRow[] = [];
  let lastDense: DenseWeights | null = null;
  if (trained) {
    const cuts = n < ROLLING_FOLDS_BELOW ? [0.4, 0.6, 0.8] : [0.8];
    for (let f = 0; f < cuts.length; f++) {
      const from = Math.floor(n * cuts[f]!);
      const to = f + 1 < cuts.length ? Math.floor(n * cuts[f + 1]!) : n;
      progress('linear', f / cuts.length);
      const models = await fitModels(data, from, seed + f, opts.trainDense, () => progress('dense', f / cuts.length));
      lastDense = models.dense;
      const score = createScorer(models);
      const perMerchant = new Map<string, number>();
      for (let i = from; i < to; i++) perMerchant.set(data.texts[i]!.key, (perMerchant.get(data.texts[i]!.key) ?? 0) + 1);
      for (let i = from; i < to; i++) {
        const r = score(data.examples[i]!, { text: data.texts[i]!, features: data.features[i]! }, true);
        stack.push({ group: r.group, logs: r.logs, label: data.labels[i]!, weight: 1 / perMerchant.get(r.text.key)! });
      }
    }
    stack = evenSample(stack, MAX_STACK_ROWS);
  }

  progress('calibration', 0.7);
  const honest = crossFitted(stack, C);
  const ranked: Ranked[] = honest.map((p, i) => ({ ranked: topCategories(p, data.classes, 3), truth: data.classes[stack[i]!.label]! }));
  const conf = honest.map((p) => Math.max(...p));
  const correct = ranked.map((r) => r.ranked[0] === r.truth);
  const threshold = stack.length ? autoApplyThreshold(conf, correct) : NEVER;
  const auto = autoApplyStats(conf, correct, threshold);
  const ensemble = stack.length ? fitEnsemble(stack, C) : COLD_START_WEIGHTS;

  progress('refit', 0.8);
  const final = trained
    ? await fitModels(data, n, seed, n <= DENSE_REFIT_MAX ? opts.trainDense : undefined, () => progress('dense', 0.9))
    : { ...historyModels(data, n), linear: null, dense: null };
  const dense = final.dense ?? (trained ? lastDense : null);
  const metrics: CategorizerMetrics = {
    examples: n, heldOut: stack.length, classes: C,
    top1: stack.length ? topKAccuracy(ranked, 1) : null,
    top3: stack.length ? topKAccuracy(ranked, 3) : null,
    macroF1: stack.length ? macroF1(ranked) : null,
    ece: stack.length ? expectedCalibrationError(conf, correct) : null,
    threshold, autoPrecision: auto.precision, autoCoverage: stack.length ? auto.coverage : null,
    denseUsed: dense !== null, trainMs: Date.now() - started,
  };
  const model: SerializedCategorizer = {
    version: MODEL_VERSION, classes: data.classes,
    linear: final.linear ? packLinear(final.linear) : null,
    dense: dense ? packDense(dense) : null,
    merchants: final.merchants, concepts: final.concepts, ensemble, threshold,
    memoryRates: measureMemoryRates(data.texts.map((t) => t.key), data.labels),
    metrics,
  };
  progress('done', 1);
  return { model, metrics };
}

function prepare(input: readonly LabeledExample[], extra: readonly string[]): Prepared {
  // Stable sort by date: "held out" means the most recent rows.
  const examples = input.map((e, i) => ({ e, i })).sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i)).map((x) => x.e);
  const classes = [...new Set([...extra, ...examples.map((e) => e.category)])].sort();
  const index = new Map(classes.map((c, i) => [c, i]));
  const labels = Int32Array.from(examples, (e) => index.get(e.category)!);
  const texts = examples.map((e) => analyzeText(e));
  const features = examples.map((e, i) => extractFeatures(e, texts[i]!, LINEAR_DIM));
  return { examples, classes, labels, texts, features };
}

/** Every component trained on the first `upTo` rows. */
async function fitModels(data: Prepared, upTo: number, seed: number, trainDense: TrainDense | undefined, onDense: () => void): Promise<ComponentModels> {
  const C = data.classes.length;
  const x = data.features.slice(0, upTo);
  const y = data.labels.slice(0, upTo);
  const linear: LinearModel = trainLinear(x, y, C, LINEAR_DIM, { seed });
  let dense: DenseWeights | null = null;
  const pending = trainDense?.({ dim: NET_DIM, rows: x.map((v) => foldFeatures(v, NET_DIM)) }, y, data.classes);
  if (pending) {
    onDense();
    dense = await pending;
    if (!validDenseWeights(dense) || dense.classes !== C || dense.inputDim !== NET_DIM) throw new Error('Dense net weights do not match the categorizer');
  }
  return { ...historyModels(data, upTo), linear, dense };
}

function historyModels(data: Prepared, upTo: number): { classes: number; merchants: ComponentModels['merchants']; concepts: ConceptMapping } {
  const C = data.classes.length;
  const signs = data.classes.map(() => ({ positive: 0, total: 0 }));
  const evidence: ConceptEvidence[] = [];
  for (let i = 0; i < upTo; i++) {
    const s = signs[data.labels[i]!]!;
    s.total++;
    if (data.examples[i]!.amountMinor > 0) s.positive++;
    const kw = data.texts[i]!.keyword;
    if (kw) evidence.push({ concept: kw.concept, category: data.labels[i]!, merchant: data.texts[i]!.key });
  }
  return {
    classes: C,
    merchants: buildMerchantTable(data.texts.slice(0, upTo).map((t) => t.key), data.labels.subarray(0, upTo)),
    concepts: buildConceptMapping(data.classes, inferKinds(data.classes, signs), evidence),
  };
}

/** Out-of-sample ensemble probabilities: fitted on one half of the held-out rows, applied to the other. */
function crossFitted(stack: readonly StackRow[], C: number): Float64Array[] {
  const halves = [stack.filter((_, i) => i % 2 === 0), stack.filter((_, i) => i % 2 === 1)];
  const weights = halves.map((h) => fitEnsemble(h, C));
  return stack.map((row, i) => combine(weights[1 - (i % 2)]!, row.group, row.logs, C));
}

export function topCategories(p: ArrayLike<number>, classes: readonly string[], k: number): string[] {
  return Array.from({ length: p.length }, (_, c) => c).sort((a, b) => p[b]! - p[a]! || a - b).slice(0, k).map((c) => classes[c]!);
}

function evenSample<T>(rows: T[], max: number): T[] {
  if (rows.length <= max) return rows;
  const step = rows.length / max;
  return Array.from({ length: max }, (_, i) => rows[Math.floor(i * step)]!);
}
