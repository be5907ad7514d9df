import { bankWords } from './bank-text';
import type { ConceptMapping } from './category-mapping';
import { denseFromHidden, denseLogProba, densePartial } from './dense-net';
import { floorLogs, probLogs, stackGroup } from './ensemble';
import { accountFeaturesInto, amountFeaturesInto, analyzeWords, CONTEXT_MAX, dateFeaturesInto, LINEAR_DIM, signOf, sizeBucket, squaredNorm, textFeatures, type RowText } from './features';
import { matchPhrase, withSign, type KeywordHit } from './keyword-map';
import { linearLogProba, linearPartial, logSoftmaxInto, type LinearModel } from './linear-model';
import type { MerchantTable } from './merchant-memory';
import type { DenseWeights, SparseVector, TxInput } from './types';

/**
 * Each ensemble component's say on one row, the same way at training (held-out rows) and at
 * suggestion time: what the text says, the group the row falls in, the log-distributions.
 * A scorer owns its buffers: unless asked for copies, the logs it returns are overwritten by
 * its next call. Suggesting caches, per distinct normalized text, everything the words alone
 * decide (the text's share of the linear scores and of the net's hidden layer); each row then
 * adds only its amount, dates and account. The sums equal those of the whole feature vector.
 */

export interface ComponentModels {
  classes: number;
  linear: LinearModel | null;
  dense: DenseWeights | null;
  merchants: MerchantTable;
  concepts: ConceptMapping;
}

export interface RowComponents {
  text: RowText;
  group: number;
  /** In the order of ensemble COMPONENTS: linear, dense, history, brand, word. */
  logs: (Float32Array | null)[];
  /** The merchant's own history ([category, count, ...]) when it has one. */
  history: readonly number[] | null;
  /** The keyword map's distribution over the user's categories, when it knows the merchant. */
  keyword: readonly number[] | null;
  /** The concept that distribution belongs to. */
  keywordConcept: string | null;
}

export type Scorer = (tx: TxInput, known?: { text: RowText; features: SparseVector }, copy?: boolean) => RowComponents;

interface CachedText {
  words: string[];
  key: string;
  phrase: KeywordHit | null;
  /** The phrase hit for money out, in, and zero (the sign picks the concept). */
  signed: (KeywordHit | null)[];
  sumsq: number;
  linear: Float64Array | null;
  hidden: Float64Array | null;
}

/** Smoothing mass of a merchant's own history, in rows (spread evenly over all categories). */
const HISTORY_SMOOTHING = 1;
/** Distinct texts kept; the cache starts over when full (memory stays bounded). */
const CACHE_SIZE = 50_000;

export function createScorer(m: ComponentModels): Scorer {
  const C = m.classes;
  const dim = m.linear?.dim ?? LINEAR_DIM;
  const buffers = Array.from({ length: 5 }, () => new Float32Array(C));
  const scratch = new Float64Array(C);
  const denseScratch = { h: new Float64Array(m.dense?.hidden ?? 0), z: new Float64Array(C) };
  const conceptLogs = new Map<string, Float32Array>();
  const cache = new Map<string, CachedText>();

  const cached = (tx: TxInput): CachedText => {
    const payee = bankWords(tx.payee);
    const description = bankWords(tx.description);
    const id = `${payee.join(' ')}\u0001${description.join(' ')}`;
    let hit = cache.get(id);
    if (hit) return hit;
    const text = analyzeWords(payee, description, 0);
    const f = textFeatures(text, dim);
    const phrase = matchPhrase(text.words);
    hit = {
      words: text.words, key: text.key, phrase, sumsq: squaredNorm(f),
      signed: [-1, 1, 0].map((sign) => (phrase ? withSign(phrase, sign) : null)),
      linear: m.linear ? partial(C, (o) => linearPartial(m.linear!, f.idx, f.val, o)) : null,
      hidden: m.dense ? partial(m.dense.hidden, (o) => densePartial(m.dense!, f.idx, f.val, o)) : null,
    };
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(id, hit);
    return hit;
  };

  /**
   * The context features come in three parts (amount, date, account) with few distinct values
   * each; their share of the linear scores and of the hidden layer is cached per part.
   */
  interface Part { linear: Float64Array | null; hidden: Float64Array | null; sq: number }
  const parts = new Map<string | number, Part>();
  const idxBuf = new Int32Array(CONTEXT_MAX);
  const valBuf = new Float32Array(CONTEXT_MAX);
  const part = (id: string | number, write: (idx: Int32Array, val: Float32Array) => number): Part => {
    let p = parts.get(id);
    if (p) return p;
    const n = write(idxBuf, valBuf);
    let sq = 0;
    for (let k = 0; k < n; k++) sq += valBuf[k]! * valBuf[k]!;
    p = {
      sq,
      linear: m.linear ? partial(C, (o) => linearPartial(m.linear!, idxBuf, valBuf, o, n)) : null,
      hidden: m.dense ? partial(m.dense.hidden, (o) => densePartial(m.dense!, idxBuf, valBuf, o, n)) : null,
    };
    if (parts.size >= CACHE_SIZE) parts.clear();
    parts.set(id, p);
    return p;
  };

  /** Linear and dense logs of a row from its cached text part plus its cached context parts. */
  const fromCache = (tx: TxInput, t: CachedText, logs: (Float32Array | null)[], out: (j: number) => Float32Array) => {
    const abs = Math.abs(tx.amountMinor);
    const sign = signOf(tx.amountMinor);
    const a = part(sign * 1024 + sizeBucket(abs) * 4 + (abs > 0 && abs % 100 === 0 ? (abs % 10_000 === 0 ? 2 : 1) : 0),
      (idx, val) => amountFeaturesInto(tx.amountMinor, dim, idx, val, 0));
    const d = part(tx.date, (idx, val) => dateFeaturesInto(tx.date, dim, idx, val, 0));
    const acc = part(`${sign}\u0001${tx.account}`, (idx, val) => accountFeaturesInto(tx.account, tx.amountMinor, dim, idx, val, 0));
    const scale = 1 / Math.sqrt(t.sumsq + a.sq + d.sq + acc.sq);
    if (m.linear && t.linear) {
      const z = scratch;
      const b = m.linear.bias;
      for (let c = 0; c < C; c++) z[c] = b[c]! + scale * (t.linear[c]! + a.linear![c]! + d.linear![c]! + acc.linear![c]!);
      logs[0] = floorLogs(logSoftmaxInto(z, C, out(0)));
    }
    if (m.dense && t.hidden) {
      const h = denseScratch.h;
      const b = m.dense.b1;
      for (let j = 0; j < m.dense.hidden; j++) h[j] = b[j]! + scale * (t.hidden[j]! + a.hidden![j]! + d.hidden![j]! + acc.hidden![j]!);
      logs[1] = floorLogs(denseFromHidden(m.dense, h, out(1), denseScratch.z));
    }
  };

  /** A merchant's history logs, computed once per merchant. */
  const historyCache = new Map<string, Float32Array>();

  return (tx, known, copy = false) => {
    const logs: (Float32Array | null)[] = [null, null, null, null, null];
    const out = (j: number) => (copy ? new Float32Array(C) : buffers[j]!);
    let text: RowText;
    if (known) {
      text = known.text;
      if (m.linear) logs[0] = floorLogs(linearLogProba(m.linear, known.features, out(0), scratch));
      if (m.dense) logs[1] = floorLogs(denseLogProba(m.dense, known.features, out(1), denseScratch));
    } else {
      const t = cached(tx);
      text = { words: t.words, key: t.key, keyword: t.signed[tx.amountMinor < 0 ? 0 : tx.amountMinor > 0 ? 1 : 2]! };
      fromCache(tx, t, logs, out);
    }
    const history = text.key ? m.merchants[text.key] ?? null : null;
    if (history) {
      let l = historyCache.get(text.key);
      if (!l) {
        l = historyLogs(history, new Float32Array(C));
        if (historyCache.size >= CACHE_SIZE) historyCache.clear();
        historyCache.set(text.key, l);
      }
      logs[2] = copy ? l.slice() : l;
    }
    // A refund from a shop the user has no refund category for goes where the shop's rows go.
    const kw = text.keyword;
    const keywordConcept = kw ? (m.concepts[kw.concept] ? kw.concept : m.concepts[kw.base] ? kw.base : null) : null;
    const keyword = keywordConcept ? m.concepts[keywordConcept]! : null;
    if (kw && keywordConcept && keyword) {
      let l = conceptLogs.get(keywordConcept);
      if (!l) { l = probLogs(keyword, new Float32Array(C)); conceptLogs.set(keywordConcept, l); }
      logs[kw.strength === 'merchant' ? 3 : 4] = copy ? l.slice() : l;
    }
    const group = stackGroup(history, keyword && kw ? kw.strength : null);
    return { text, group, logs, history, keyword, keywordConcept };
  };
}

function partial(n: number, fill: (out: Float64Array) => void): Float64Array {
  const out = new Float64Array(n);
  fill(out);
  return out;
}

/** The merchant's own history ([category, count, ...]) as smoothed, floored log-probabilities. */
function historyLogs(entry: readonly number[], out: Float32Array): Float32Array {
  let total = 0;
  for (let i = 1; i < entry.length; i += 2) total += entry[i]!;
  const base = HISTORY_SMOOTHING / out.length / (total + HISTORY_SMOOTHING);
  out.fill(Math.log(base));
  for (let i = 0; i < entry.length; i += 2) out[entry[i]!] = Math.log(base + entry[i + 1]! / (total + HISTORY_SMOOTHING));
  return floorLogs(out);
}
