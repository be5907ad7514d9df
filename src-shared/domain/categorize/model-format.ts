import type { ConceptMapping } from './category-mapping';
import { decodeFloat32, decodeInt32, encodeFloat32, encodeInt32 } from './codec';
import type { EnsembleWeights } from './ensemble';
import type { LinearModel } from './linear-model';
import type { MemoryRates, MerchantTable } from './merchant-memory';
import type { CategorizerMetrics, DenseWeights } from './types';

/**
 * A trained categorizer as plain JSON: what the `models` table stores and what crosses between
 * processes. Weight arrays are base64; the linear model keeps only the feature rows it learned.
 */

export const MODEL_VERSION = 1;

export interface SerializedLinear {
  dim: number;
  classes: number;
  /** Feature indices with any non-zero weight (Int32, base64). */
  rows: string;
  /** rows × classes (Float32, base64). */
  weights: string;
  bias: number[];
}

export interface SerializedDense {
  inputDim: number;
  hidden: number;
  classes: number;
  w1: string;
  b1: string;
  w2: string;
  b2: string;
}

export interface SerializedCategorizer {
  version: number;
  classes: string[];
  linear: SerializedLinear | null;
  dense: SerializedDense | null;
  merchants: MerchantTable;
  concepts: ConceptMapping;
  ensemble: EnsembleWeights;
  threshold: number;
  memoryRates: MemoryRates;
  metrics: CategorizerMetrics;
}

export function packLinear(m: LinearModel): SerializedLinear {
  const rows: number[] = [];
  for (let f = 0; f < m.dim; f++) {
    for (let c = 0; c < m.classes; c++) {
      if (m.weights[f * m.classes + c] !== 0) { rows.push(f); break; }
    }
  }
  const weights = new Float32Array(rows.length * m.classes);
  rows.forEach((f, r) => weights.set(m.weights.subarray(f * m.classes, (f + 1) * m.classes), r * m.classes));
  return { dim: m.dim, classes: m.classes, rows: encodeInt32(Int32Array.from(rows)), weights: encodeFloat32(weights), bias: Array.from(m.bias) };
}

export function unpackLinear(s: SerializedLinear): LinearModel {
  const rows = decodeInt32(s.rows);
  const packed = decodeFloat32(s.weights);
  const weights = new Float32Array(s.dim * s.classes);
  rows.forEach((f, r) => weights.set(packed.subarray(r * s.classes, (r + 1) * s.classes), f * s.classes));
  return { dim: s.dim, classes: s.classes, weights, bias: Float32Array.from(s.bias) };
}

export function packDense(d: DenseWeights): SerializedDense {
  return {
    inputDim: d.inputDim, hidden: d.hidden, classes: d.classes,
    w1: encodeFloat32(d.w1), b1: encodeFloat32(d.b1), w2: encodeFloat32(d.w2), b2: encodeFloat32(d.b2),
  };
}

export function unpackDense(s: SerializedDense): DenseWeights {
  return {
    inputDim: s.inputDim, hidden: s.hidden, classes: s.classes,
    w1: decodeFloat32(s.w1), b1: decodeFloat32(s.b1), w2: decodeFloat32(s.w2), b2: decodeFloat32(s.b2),
  };
}
