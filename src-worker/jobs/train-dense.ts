import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { createRng, shuffleInPlace } from '../../src-shared/domain/categorize/rng';
import type { DenseWeights, SparseMatrix } from '../../src-shared/domain/categorize/types';

/**
 * Trains the categorizer's dense net with TensorFlow.js on the WebAssembly backend (tfjs-node
 * cannot be installed here): hashed features → one ReLU hidden layer → softmax. Inference runs
 * without TF.js (src-shared/domain/categorize/dense-net.ts), so only the weights come back.
 *
 * The wasm backend lacks the gradient kernel of gather (so no Embedding layer) and its
 * transposed matMul is slow, so the first layer's gradient is given explicitly: batches are
 * built twice from the sparse rows, as x and as xᵀ, and dW1 = xᵀ·dy is a plain matMul.
 */

export interface TrainDenseOptions {
  hidden?: number;
  epochs?: number;
  batchSize?: number;
  learningRate?: number;
  /** L2 penalty on the first layer's weights. */
  l2?: number;
  seed?: number;
  signal?: AbortSignal;
  onEpoch?: (epoch: number, epochs: number, loss: number) => void;
}

let backend: Promise<void> | null = null;

/** Selects the wasm backend once per process; its .wasm files live in the package's dist/. */
export function initWasmBackend(): Promise<void> {
  backend ??= (async () => {
    const require = createRequire(import.meta.url);
    setWasmPaths(`${dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'))}/`);
    if (!(await tf.setBackend('wasm'))) throw new Error('TensorFlow.js wasm backend could not start');
    await tf.ready();
  })();
  return backend;
}

/** Fewer passes over large histories: each pass already holds many examples per class. */
export function denseEpochs(rows: number): number {
  return Math.max(3, Math.min(40, Math.ceil(60_000 / Math.max(1, rows))));
}

export async function trainDense(x: SparseMatrix, y: Int32Array, classes: readonly string[], opts: TrainDenseOptions = {}): Promise<DenseWeights> {
  await initWasmBackend();
  const n = x.rows.length;
  const d = x.dim;
  const C = classes.length;
  const H = opts.hidden ?? 16;
  const epochs = opts.epochs ?? denseEpochs(n);
  const batch = opts.batchSize ?? (n < 5000 ? 64 : 512);
  const l2 = opts.l2 ?? 1e-5;
  const rng = createRng(opts.seed ?? 7);
  const w1 = tf.variable(tf.tensor2d(glorot(d, H, rng), [d, H]));
  const b1 = tf.variable(tf.zeros([H]));
  const w2 = tf.variable(tf.tensor2d(glorot(H, C, rng), [H, C]));
  const b2 = tf.variable(tf.zeros([C]));
  const optimizer = tf.train.adam(opts.learningRate ?? 0.005);
  const order = Array.from({ length: n }, (_, i) => i);
  try {
    for (let epoch = 0; epoch < epochs; epoch++) {
      shuffleInPlace(order, rng);
      let lossSum = 0;
      let batches = 0;
      for (let start = 0; start < n; start += batch) {
        if (opts.signal?.aborted) throw new Error('cancelled');
        const rows = order.slice(start, start + batch);
        const { xb, xbT, yb } = buildBatch(x, y, rows, C);
        const firstLayer = tf.customGrad((...inputs) => ({
          value: tf.matMul(xb, inputs[0] as tf.Tensor),
          gradFunc: (dy: tf.Tensor) => tf.matMul(xbT, dy),
        }));
        const cost = optimizer.minimize(() => {
          const h = tf.relu(tf.add(firstLayer(w1 as tf.Tensor), b1));
          const logits = tf.add(tf.matMul(h, w2), b2);
          const ce = tf.losses.softmaxCrossEntropy(yb, logits);
          return tf.add(ce, tf.mul(l2, tf.sum(tf.square(w1)))) as tf.Scalar;
        }, true, [w1, b1, w2, b2]);
        if (cost) { lossSum += (await cost.data())[0]!; cost.dispose(); }
        batches++;
        xb.dispose(); xbT.dispose(); yb.dispose();
        // Lets a cancel message or progress through between batches.
        if (batches % 16 === 0) await new Promise((r) => setImmediate(r));
      }
      opts.onEpoch?.(epoch + 1, epochs, lossSum / Math.max(1, batches));
    }
    return {
      inputDim: d, hidden: H, classes: C,
      w1: new Float32Array(await w1.data()), b1: new Float32Array(await b1.data()),
      w2: new Float32Array(await w2.data()), b2: new Float32Array(await b2.data()),
    };
  } finally {
    optimizer.dispose();
    for (const v of [w1, b1, w2, b2]) v.dispose();
  }
}

function buildBatch(x: SparseMatrix, y: Int32Array, rows: readonly number[], C: number): { xb: tf.Tensor2D; xbT: tf.Tensor2D; yb: tf.Tensor2D } {
  const m = rows.length;
  const d = x.dim;
  const xa = new Float32Array(m * d);
  const xt = new Float32Array(d * m);
  const ya = new Float32Array(m * C);
  rows.forEach((r, i) => {
    const v = x.rows[r]!;
    for (let k = 0; k < v.indices.length; k++) {
      const j = v.indices[k]!;
      xa[i * d + j]! += v.values[k]!;
      xt[j * m + i]! += v.values[k]!;
    }
    ya[i * C + y[r]!] = 1;
  });
  return { xb: tf.tensor2d(xa, [m, d]), xbT: tf.tensor2d(xt, [d, m]), yb: tf.tensor2d(ya, [m, C]) };
}

/** Glorot-uniform initial weights from the seeded generator (TF's own would not be reproducible). */
function glorot(fanIn: number, fanOut: number, rng: () => number): Float32Array {
  const limit = Math.sqrt(6 / (fanIn + fanOut));
  const out = new Float32Array(fanIn * fanOut);
  for (let i = 0; i < out.length; i++) out[i] = (rng() * 2 - 1) * limit;
  return out;
}
