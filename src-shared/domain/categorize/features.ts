import { bankWords, plainWords } from './bank-text';
import { hashString, mixHash } from './hash';
import { matchKeywords, type KeywordHit } from './keyword-map';
import { keyHead, merchantKeyFromWords } from './merchant-key';
import type { SparseVector, TxInput } from './types';

/**
 * Hashed sparse features of a transaction: word uni- and bigrams of payee and description,
 * character trigrams of the merchant name (so "wholefds" and "whole foods" share evidence),
 * the merchant key, the amount's sign and log-size bucket, round amounts, day of month and
 * weekday, and the account. Scaled to unit length. The keyword map's concept is deliberately
 * not a feature: the ensemble takes it from the concept mapping, which counts the user's
 * merchants rather than rows, and a feature would count the same evidence twice.
 */

/** Input dimension of the linear model. */
export const LINEAR_DIM = 1 << 14;
/** Input dimension of the dense net: the same hashes folded into fewer slots. */
export const NET_DIM = 1 << 10;

/** What the text of a row says, computed once and shared by features, memory and reasons. */
export interface RowText {
  words: string[];
  key: string;
  keyword: KeywordHit | null;
}

const NS = {
  word: hashString('w'), bigram: hashString('b'), key: hashString('k'), head: hashString('h'), char: hashString('g'),
  sign: hashString('s'), size: hashString('a'), round: hashString('r'),
  day: hashString('d'), weekday: hashString('wd'), account: hashString('ac'), accountSign: hashString('as'),
};
const CHAR_WEIGHT = 0.35;
const MAX_WORDS = 24;

export function analyzeText(tx: TxInput): RowText {
  return analyzeWords(bankWords(tx.payee), bankWords(tx.description), tx.amountMinor);
}

/** The same from payee and description already split by bankWords. */
export function analyzeWords(payee: readonly string[], description: readonly string[], amountMinor: number): RowText {
  const key = merchantKeyFromWords(payee, description);
  const same = payee.length === description.length && payee.every((w, i) => w === description[i]);
  const words = plainWords(same ? payee : [...payee, ...description]).slice(0, MAX_WORDS);
  return { words, key, keyword: matchKeywords(words, amountMinor) };
}

/** Feature indices and values before scaling to unit length. */
export interface RawFeatures {
  idx: number[];
  val: number[];
}

export function extractFeatures(tx: TxInput, text: RowText, dim = LINEAR_DIM): SparseVector {
  const t = textFeatures(text, dim);
  const c = contextFeatures(tx, dim);
  return normalize([...t.idx, ...c.idx], [...t.val, ...c.val]);
}

/** What the words say: word uni- and bigrams, the merchant key and its head, key trigrams. */
export function textFeatures(text: RowText, dim = LINEAR_DIM): RawFeatures {
  const mask = dim - 1;
  const idx: number[] = [];
  const val: number[] = [];
  const add = (h: number, v: number) => { idx.push(h & mask); val.push(v); };
  const words = text.words;
  let prev = 0;
  for (let i = 0; i < words.length; i++) {
    const h = hashString(words[i]!);
    add(mixHash(NS.word, h), 1);
    if (i > 0) add(mixHash(NS.bigram, mixHash(prev, h)), 1);
    prev = h;
  }
  if (text.key) {
    add(mixHash(NS.key, hashString(text.key)), 1);
    add(mixHash(NS.head, hashString(keyHead(text.key))), 1);
    // Character trigrams of "<word>" for each word of the key, hashed straight from char codes.
    const key = text.key;
    let a = 60; // '<'
    let b = key.charCodeAt(0);
    for (let i = 1; i <= key.length; i++) {
      const ch = i < key.length ? key.charCodeAt(i) : 62; // '>' closes the last word
      const c = ch === 32 ? 62 : ch;
      add(mixHash(NS.char, (a << 16) ^ (b << 8) ^ c), CHAR_WEIGHT);
      if (ch === 32) { a = 60; b = key.charCodeAt(++i); continue; }
      a = b;
      b = c;
    }
  }
  return { idx, val };
}

/** What the rest of the row says: sign and size of the amount, day of month and week, account. */
export function contextFeatures(tx: TxInput, dim = LINEAR_DIM): RawFeatures {
  const idx = new Int32Array(CONTEXT_MAX);
  const val = new Float32Array(CONTEXT_MAX);
  const n = contextFeaturesInto(tx, dim, idx, val);
  return { idx: Array.from(idx.subarray(0, n)), val: Array.from(val.subarray(0, n)) };
}

/** The most context features a row has. */
export const CONTEXT_MAX = 8;

/** The same into caller-owned buffers (no allocation); returns how many were written. */
export function contextFeaturesInto(tx: TxInput, dim: number, idx: Int32Array, val: Float32Array): number {
  let n = amountFeaturesInto(tx.amountMinor, dim, idx, val, 0);
  n = dateFeaturesInto(tx.date, dim, idx, val, n);
  return accountFeaturesInto(tx.account, tx.amountMinor, dim, idx, val, n);
}

/** Sign, half-octave size and roundness of the amount, written from position n; returns the new end. */
export function amountFeaturesInto(amountMinor: number, dim: number, idx: Int32Array, val: Float32Array, n: number): number {
  const mask = dim - 1;
  const sign = signOf(amountMinor);
  const abs = Math.abs(amountMinor);
  idx[n] = mixHash(NS.sign, sign) & mask; val[n++] = 1;
  idx[n] = mixHash(NS.size, sign * 64 + sizeBucket(abs)) & mask; val[n++] = 1;
  if (abs > 0 && abs % 100 === 0) { idx[n] = mixHash(NS.round, abs % 10_000 === 0 ? 2 : 1) & mask; val[n++] = 1; }
  return n;
}

/** Day of month and weekday. */
export function dateFeaturesInto(date: string, dim: number, idx: Int32Array, val: Float32Array, n: number): number {
  const mask = dim - 1;
  idx[n] = mixHash(NS.day, Number(date.slice(8, 10))) & mask; val[n++] = 0.5;
  idx[n] = mixHash(NS.weekday, weekday(date)) & mask; val[n++] = 0.5;
  return n;
}

/** The account, alone and with the amount's sign. */
export function accountFeaturesInto(account: string, amountMinor: number, dim: number, idx: Int32Array, val: Float32Array, n: number): number {
  const mask = dim - 1;
  const h = hashString(account);
  idx[n] = mixHash(NS.account, h) & mask; val[n++] = 0.5;
  idx[n] = mixHash(NS.accountSign, mixHash(h, signOf(amountMinor))) & mask; val[n++] = 0.5;
  return n;
}

/** 1 money in, 2 money out, 3 zero. */
export function signOf(amountMinor: number): number {
  return amountMinor > 0 ? 1 : amountMinor < 0 ? 2 : 3;
}

export function squaredNorm(f: RawFeatures): number {
  let sq = 0;
  for (const v of f.val) sq += v * v;
  return sq;
}

/** The same features folded into the dense net's smaller input (dim must divide the source dim). */
export function foldFeatures(v: SparseVector, dim = NET_DIM): SparseVector {
  const mask = dim - 1;
  const indices = new Int32Array(v.indices.length);
  for (let i = 0; i < indices.length; i++) indices[i] = v.indices[i]! & mask;
  return { indices, values: v.values };
}

/** Half-octave buckets of the absolute amount in minor units: 1.00, 1.41, 2.00, 2.83 ... */
export function sizeBucket(absMinor: number): number {
  if (absMinor <= 0) return 0;
  return Math.min(60, 1 + Math.floor(2 * Math.log2(1 + absMinor / 100)));
}

/** 0 = Monday ... 6 = Sunday, for a YYYY-MM-DD date (proleptic Gregorian, no Date objects). */
export function weekday(date: string): number {
  let y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  const days = era * 146_097 + doe - 719_468;
  return (((days + 3) % 7) + 7) % 7;
}

function normalize(idx: number[], val: number[]): SparseVector {
  let sq = 0;
  for (const v of val) sq += v * v;
  const scale = sq > 0 ? 1 / Math.sqrt(sq) : 1;
  const values = new Float32Array(val.length);
  for (let i = 0; i < val.length; i++) values[i] = val[i]! * scale;
  return { indices: new Int32Array(idx), values };
}
