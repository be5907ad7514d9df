/**
 * Shapes of the categorization layer (DESIGN.md §6): what it learns from, what it is asked,
 * what it answers. Categories are the user's own names; the caller maps them to ids.
 */

/** A row the user has categorized. Money is integer minor units, dates are YYYY-MM-DD. */
export interface LabeledExample {
  payee: string;
  description: string;
  amountMinor: number;
  date: string;
  account: string;
  category: string;
}

export type TxInput = Omit<LabeledExample, 'category'>;

export type SuggestionSource = 'memory' | 'model' | 'keyword';

export interface Suggestion {
  category: string;
  /** Calibrated probability that this category is the right one (0..1). */
  confidence: number;
  source: SuggestionSource;
  /** Plain words for the user: why this category. */
  reason: string;
}

/** The user's confirmations per normalized merchant (see merchantKey); wins over the model. */
export interface MemoryEntry {
  category: string;
  confirmations: number;
}
export type MerchantMemory = Readonly<Record<string, MemoryEntry>>;

/** Hashed sparse feature vector; indices may repeat (values then add up). */
export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

/** Rows for the dense net, already projected into its input dimension. */
export interface SparseMatrix {
  dim: number;
  rows: SparseVector[];
}

/** One hidden layer (ReLU) and a softmax output, as exported from TF.js. Row-major weights. */
export interface DenseWeights {
  inputDim: number;
  hidden: number;
  classes: number;
  /** inputDim × hidden */
  w1: Float32Array;
  b1: Float32Array;
  /** hidden × classes */
  w2: Float32Array;
  b2: Float32Array;
}

export type TrainDense = (x: SparseMatrix, y: Int32Array, classes: readonly string[]) => Promise<DenseWeights> | null;

export interface TrainProgress {
  phase: 'features' | 'linear' | 'dense' | 'calibration' | 'refit' | 'done';
  fraction: number;
}

export interface CategorizerMetrics {
  examples: number;
  heldOut: number;
  classes: number;
  top1: number | null;
  top3: number | null;
  macroF1: number | null;
  ece: number | null;
  /** Confidence at or above which a suggestion is applied without review; 1.01 = never. */
  threshold: number;
  autoPrecision: number | null;
  autoCoverage: number | null;
  denseUsed: boolean;
  trainMs: number;
}
