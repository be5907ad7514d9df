import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { loadCategorizer } from '../src-shared/domain/categorize/categorizer';
import { analyzeText } from '../src-shared/domain/categorize/features';
import { conceptInfo } from '../src-shared/domain/categorize/keyword-map';
import { merchantKey } from '../src-shared/domain/categorize/merchant-key';
import { parseDecimalToMinor } from '../src-shared/domain/money/decimal';
import type { MemoryEntry, TxInput } from '../src-shared/domain/categorize/types';

/**
 * The shared corpus (../shared/corpus/categorization):
 * - reckon-rules: reckon's integration cases, bank rows with the category reckon's rules or
 *   learner assigned ("…:Unknown"/"…:Default" = no confident match). We predict with no trained
 *   model (cold start: keyword map onto the case's own category names, falling back to the
 *   case's Unknown/Default account by sign), and again "online": rows in date order, each
 *   confirmed into merchant memory after it is predicted.
 * - mcc-codes: the ISO 18245 merchant category table. Descriptions of well-known codes (and
 *   the airline, hotel and car-rental brand ranges) run through the keyword map, checked
 *   against the concept the code stands for.
 */

export const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'categorization');

export interface ReckonCaseResult {
  name: string;
  rows: number;
  historyFiles: { name: string; present: boolean }[];
  coldStart: number;
  online: number;
  misses: string[];
}

interface ExpectedCase {
  rules_or_history: Record<string, string>;
  transactions: { date: string; description: string; amount: string; expected_category: string }[];
}

export function evaluateReckon(): ReckonCaseResult[] {
  const dir = join(CORPUS, 'reckon-rules');
  return readdirSync(dir).filter((f) => f.endsWith('.expected.json')).sort().map((file) => {
    const spec = JSON.parse(readFileSync(join(dir, file), 'utf8')) as ExpectedCase;
    const rows = spec.transactions.map((t) => ({
      tx: { payee: '', description: t.description, amountMinor: minor(t.amount), date: t.date, account: 'Checking' } satisfies TxInput,
      expected: t.expected_category,
    })).sort((a, b) => (a.tx.date < b.tx.date ? -1 : a.tx.date > b.tx.date ? 1 : 0));
    const categories = [...new Set(rows.map((r) => r.expected))];
    const fallbacks = categories.filter((c) => /:(unknown|default)$/i.test(c));
    // No suggestion means "no confident match": the case's Unknown/Default account by sign, if it has one.
    const fallback = (amountMinor: number) =>
      fallbacks.find((c) => (amountMinor > 0 ? /^income/i : /^expense/i).test(c)) ?? fallbacks[0] ?? null;
    const categorizer = loadCategorizer(null, { categories: categories.filter((c) => !fallbacks.includes(c)) });
    const predict = (tx: TxInput, memory?: Record<string, MemoryEntry>) => categorizer.suggest(tx, 1, memory)[0]?.category ?? fallback(tx.amountMinor);
    let cold = 0;
    let online = 0;
    const misses: string[] = [];
    let memory: Record<string, MemoryEntry> = {};
    for (const r of rows) {
      const p = predict(r.tx);
      if (p === r.expected) cold++;
      else misses.push(`${r.tx.description} → ${p ?? 'no suggestion'} (expected ${r.expected})`);
      if (predict(r.tx, memory) === r.expected) online++;
      const key = merchantKey(r.tx.payee, r.tx.description);
      if (key) memory = { ...memory, [key]: { category: r.expected, confirmations: (memory[key]?.category === r.expected ? memory[key]!.confirmations : 0) + 1 } };
    }
    return {
      name: file.replace('.expected.json', ''), rows: rows.length,
      historyFiles: Object.values(spec.rules_or_history).map((name) => ({ name, present: existsSync(join(dir, name)) })),
      coldStart: cold / rows.length, online: online / rows.length, misses,
    };
  });
}

/** Codes whose meaning is unambiguous, with the concept they stand for. */
const MCC_CONCEPTS: Record<string, string> = {
  '0742': 'pets', '4111': 'transit', '4121': 'rideshare', '4215': 'shipping', '4511': 'airline', '4814': 'telecom',
  '4900': 'electricity', '5200': 'hardware_store', '5411': 'groceries', '5541': 'fuel', '5542': 'fuel', '5651': 'clothing',
  '5732': 'electronics', '5812': 'dining', '5813': 'dining', '5814': 'fast_food', '5912': 'pharmacy', '5943': 'office_supplies',
  '6300': 'insurance', '7011': 'hotel', '7230': 'personal_care', '7523': 'parking', '7832': 'entertainment', '8011': 'medical',
  '8021': 'medical', '8111': 'professional_services', '8220': 'education', '8398': 'charity', '8931': 'professional_services',
  '9311': 'income_tax',
};

export interface MccResult {
  codes: { n: number; matched: number; right: number };
  brands: { range: string; concept: string; n: number; matched: number; right: number }[];
}

export function evaluateMcc(): MccResult {
  const csv = Papa.parse<Record<string, string>>(readFileSync(join(CORPUS, 'mcc-codes', 'mcc_codes.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
  const concept = (text: string) => analyzeText({ payee: '', description: text, amountMinor: -100, date: '2024-01-01', account: '' }).keyword?.concept ?? null;
  // A sibling concept (water for "electric, gas and water utilities") counts: it maps the same way.
  const sameFamily = (a: string | null, b: string) => a === b || (a !== null && conceptInfo(a).family === conceptInfo(b).family);
  const codes = { n: 0, matched: 0, right: 0 };
  for (const row of csv) {
    const want = MCC_CONCEPTS[row.mcc!];
    if (!want) continue;
    const got = concept(row.edited_description ?? '');
    codes.n++;
    if (got) codes.matched++;
    if (sameFamily(got, want)) codes.right++;
  }
  const ranges: [string, number, number, string][] = [['3000–3299 airlines', 3000, 3299, 'airline'], ['3351–3441 car rental', 3351, 3441, 'car_rental'], ['3501–3999 hotels', 3501, 3999, 'hotel']];
  const brands = ranges.map(([range, lo, hi, want]) => {
    const rows = csv.filter((r) => Number(r.mcc) >= lo && Number(r.mcc) <= hi && !/^(airlines|car rental|hotels?|lodging)/i.test(r.edited_description ?? ''));
    const got = rows.map((r) => concept(r.edited_description ?? ''));
    return { range, concept: want, n: rows.length, matched: got.filter((g) => g !== null).length, right: got.filter((g) => g === want).length };
  });
  return { codes, brands };
}

function minor(amount: string): number {
  const parsed = parseDecimalToMinor(amount, { decimal: '.' });
  if (parsed === null) throw new Error(`Not an amount: ${amount}`);
  return parsed;
}
