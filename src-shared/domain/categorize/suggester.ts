import { createScorer, type ComponentModels, type RowComponents } from './components';
import { coldStartModel } from './cold-start';
import { combine } from './ensemble';
import { conceptInfo } from './keyword-map';
import { historyTotal, lookupMemory, type MemoryMatch } from './merchant-memory';
import { MODEL_VERSION, unpackDense, unpackLinear, type SerializedCategorizer } from './model-format';
import type { MerchantMemory, Suggestion, SuggestionSource, TxInput } from './types';

/**
 * Suggesting: merchant memory first (the user's own confirmations win at once), then the
 * calibrated ensemble. Every suggestion says where it came from and why, in plain words.
 */

export interface Categorizer {
  classes: readonly string[];
  /** Apply the top suggestion without review when its confidence is at least this (1.01 = never). */
  threshold: number;
  /**
   * Up to k suggestions, best first. `memory` (merchantKey → confirmed category) wins over the
   * model. It is indexed once per map object for near-matches: after a correction, pass a new
   * object ({ ...memory, [key]: entry }); exact keys are always read live.
   */
  suggest(tx: TxInput, k?: number, memory?: MerchantMemory): Suggestion[];
}

export interface LoadOptions {
  /** The ledger's categories: without a trained model, the keyword map is mapped onto these. */
  categories?: readonly string[];
}

export function loadCategorizer(serialized: SerializedCategorizer | null, opts: LoadOptions = {}): Categorizer {
  const s = serialized ?? coldStartModel(opts.categories ?? []);
  if (s.version !== MODEL_VERSION) throw new Error(`Categorizer model version ${s.version} is not supported (expected ${MODEL_VERSION}); retrain it.`);
  const C = s.classes.length;
  const models: ComponentModels = {
    classes: C, merchants: s.merchants, concepts: s.concepts,
    linear: s.linear ? unpackLinear(s.linear) : null,
    dense: s.dense ? unpackDense(s.dense) : null,
  };
  const score = createScorer(models);
  const similar = similarKeys(s);
  const trained = models.linear !== null || models.dense !== null;
  const probs = new Float64Array(C);
  const index = new Map(s.classes.map((c, i) => [c, i]));
  return {
    classes: s.classes,
    threshold: s.threshold,
    suggest(tx, k = 3, memory) {
      const row = score(tx);
      const match = memory ? lookupMemory(memory, row.text.key, s.memoryRates) : null;
      const informed = C > 0 && row.logs.some((l) => l !== null);
      if (informed) combine(s.ensemble, row.group, row.logs, C, probs);
      const top = informed ? topIndices(probs, match ? k + 1 : k) : [];
      const model = top.map((c) => explain(s, row, c, probs[c]!, similar, trained)).filter((x): x is Suggestion => x !== null);
      if (!match) return model;
      const m = index.get(match.entry.category);
      return withMemory(match, row.text.key, m !== undefined && informed ? probs[m]! : 0, top[0] === m, model, k);
    },
  };
}

/** The k best categories, best first (ties: earlier category first), by insertion into a short list. */
function topIndices(p: Float64Array, k: number): number[] {
  const out: number[] = [];
  for (let c = 0; c < p.length; c++) {
    const v = p[c]!;
    if (out.length === k && v <= p[out[k - 1]!]!) continue;
    let at = out.length;
    while (at > 0 && v > p[out[at - 1]!]!) at--;
    out.splice(at, 0, c);
    if (out.length > k) out.pop();
  }
  return out;
}

function withMemory(match: MemoryMatch, key: string, modelP: number, modelAgrees: boolean, model: Suggestion[], k: number): Suggestion[] {
  const category = match.entry.category;
  const confidence = Math.max(match.confidence, modelAgrees ? modelP : 0);
  const times = match.entry.confirmations === 1 ? 'once' : `${match.entry.confirmations} times`;
  const reason = match.exact
    ? `You filed ${shout(key)} under ${category} ${times}`
    : `You filed ${shout(match.key)} under ${category} ${times}; ${shout(key)} looks like the same merchant`;
  // The rest of the model's belief, rescaled to share what memory leaves over.
  const others = Math.max(1e-9, 1 - modelP);
  const rest = model.filter((m) => m.category !== category);
  return [
    { category, confidence, source: 'memory' as const, reason },
    ...rest.map((m) => ({ ...m, confidence: (m.confidence / others) * (1 - confidence) })),
  ].slice(0, k);
}

/** The suggestion with its source and reason; null when, without a trained model, nothing backs it. */
function explain(s: SerializedCategorizer, row: RowComponents, c: number, p: number, similar: Similar, trained: boolean): Suggestion | null {
  const category = s.classes[c]!;
  const pct = `${Math.round(p * 100)} %`;
  const filed = row.history ? countFor(row.history, c) : 0;
  const kw = row.text.keyword;
  const byKeyword = !row.history && kw && row.keyword && topIndex(row.keyword) === c;
  // 'keyword' marks a cold-start guess (no trained model): callers never auto-apply those.
  // 'memory' is only the caller's memory layer (see withMemory): callers apply it at once.
  const source: SuggestionSource = byKeyword && !trained ? 'keyword' : 'model';
  const tail = trained ? ` (model, ${pct})` : '';
  let reason: string;
  if (filed > 0 && row.history && filed * 2 >= historyTotal(row.history)) {
    reason = `You filed ${shout(row.text.key)} under ${category} ${filed === 1 ? 'once' : `${filed} times`}${tail}`;
  } else if (byKeyword && kw) {
    const info = conceptInfo(row.keywordConcept ?? kw.concept);
    reason = kw.strength === 'merchant'
      ? `Common merchant: ${title(kw.phrase)} (${info.label}) → ${category}${tail}`
      : `The word "${kw.phrase}" suggests ${info.label} → ${category}${tail}`;
  } else {
    if (!trained) return null;
    const near = nearestKey(similar, row.text.key, c);
    reason = near ? `Similar to '${near}' (model, ${pct})` : `Amount, date and words resemble your ${category} rows (model, ${pct})`;
  }
  return { category, confidence: p, source, reason };
}

/** History merchants by each word of their key, with their usual category (for reasons). */
function similarKeys(s: SerializedCategorizer): Similar {
  const byWord = new Map<string, [string, number][]>();
  for (const [key, entry] of Object.entries(s.merchants)) {
    for (const w of new Set(key.split(' '))) {
      if (w.length < 3) continue;
      const list = byWord.get(w) ?? [];
      if (list.length < 50) list.push([key, entry[0]!]);
      byWord.set(w, list);
    }
  }
  return { byWord, found: new Map() };
}

interface Similar {
  byWord: Map<string, [string, number][]>;
  /** key + category → the nearest history merchant filed there (reasons repeat across rows). */
  found: Map<string, string | null>;
}

function nearestKey(similar: Similar, key: string, c: number): string | null {
  const id = `${key}\u0001${c}`;
  const known = similar.found.get(id);
  if (known !== undefined) return known;
  let near: string | null = null;
  for (const w of key.split(' ')) {
    for (const [other, cat] of similar.byWord.get(w) ?? []) if (cat === c && other !== key) { near = other; break; }
    if (near) break;
  }
  if (similar.found.size >= 100_000) similar.found.clear();
  similar.found.set(id, near);
  return near;
}

function countFor(entry: readonly number[], c: number): number {
  for (let i = 0; i < entry.length; i += 2) if (entry[i] === c) return entry[i + 1]!;
  return 0;
}

function topIndex(p: readonly number[]): number {
  let best = 0;
  for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
  return best;
}

function shout(key: string): string {
  return key.toUpperCase();
}

const titles = new Map<string, string>();

/** "shell oil" → "Shell Oil" (phrases repeat across rows: computed once each). */
function title(phrase: string): string {
  let t = titles.get(phrase);
  if (t === undefined) {
    t = phrase.replace(/\b[a-z]/g, (ch) => ch.toUpperCase());
    if (titles.size < 10_000) titles.set(phrase, t);
  }
  return t;
}
