import chart from '../resources/chart-of-accounts.json' with { type: 'json' };
import { createRng, type Rng } from '../src-shared/domain/categorize/rng';
import type { LabeledExample } from '../src-shared/domain/categorize/types';
import { CITIES, KINDS, OPAQUE, PLACES, SURNAMES, type Kind } from './categorize-merchants';

/**
 * A deterministic generator of categorized bank rows for evaluation and benchmarks: a history
 * period, then a "fresh" period in which some merchants appear for the first time. Merchants
 * keep their own formatting, home city, price level and billing day; chains vary store numbers
 * and cities; some banks fill the payee field, others only the description. Labels follow the
 * merchant's kind, with the ambiguities real books have (Amazon as office supplies or shopping
 * by amount, Costco as groceries or shopping) and a little labelling noise.
 */

export interface GeneratedRow extends LabeledExample {
  merchantId: string;
  /** The merchant never appears in the history period. */
  newMerchant: boolean;
}

export interface CategorizeDataset {
  categories: string[];
  history: GeneratedRow[];
  fresh: GeneratedRow[];
}

export interface GenerateOptions {
  seed?: number;
  historyRows: number;
  freshRows: number;
  /** 'default': FinGood's chart of accounts; 'ledger': hledger-style account names. */
  scheme?: 'default' | 'ledger';
  /** Share of merchants held back until the fresh period. */
  newMerchantShare?: number;
  noise?: number;
  historyMonths?: number;
  freshMonths?: number;
}

interface Merchant {
  id: string;
  kind: Kind;
  name: string;
  style: 'card' | 'square' | 'online' | 'ach' | 'uk';
  cities: string[];
  weight: number;
  isNew: boolean;
  billDay: number;
  billAmount: number;
  payeeField: boolean;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

export function generateCategorizeData(opts: GenerateOptions): CategorizeDataset {
  const rng = createRng(opts.seed ?? 42);
  const scheme = opts.scheme ?? 'default';
  const merchants = buildMerchants(rng, opts.newMerchantShare ?? 0.35);
  const categoryOf = (m: Merchant, amount: number): string => {
    if (scheme === 'default' && m.name.startsWith('AMAZON MKTPLACE')) return Math.abs(amount) < 5000 ? 'Office Supplies' : 'Shopping';
    if (scheme === 'default' && m.name.startsWith('COSTCO WHSE') && rng() < 0.3) return 'Groceries';
    return scheme === 'default' ? m.kind.default : m.kind.ledger;
  };
  const categories = scheme === 'default'
    ? chart.accounts.flatMap((a) => a.children)
    : [...new Set(KINDS.map((k) => k.ledger))];
  const hMonths = opts.historyMonths ?? 3;
  const fMonths = opts.freshMonths ?? 9;
  const make = (count: number, startMonth: number, months: number, fresh: boolean) => {
    const pool = merchants.filter((m) => fresh || !m.isNew);
    // New merchants get a boost so they matter in the fresh period (as a new supplier would).
    const cumulative: number[] = [];
    let total = 0;
    for (const m of pool) { total += m.weight * m.kind.perMonth * (fresh && m.isNew ? 1.6 : 1); cumulative.push(total); }
    const rows: GeneratedRow[] = [];
    for (let i = 0; i < count; i++) {
      const target = rng() * total;
      let lo = 0;
      let hi = pool.length - 1;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (cumulative[mid]! > target) hi = mid; else lo = mid + 1; }
      rows.push(makeRow(pool[lo]!, startMonth + Math.floor(rng() * months), rng, categoryOf));
    }
    return rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  };
  const noisy = (rows: GeneratedRow[]) => rows.map((r) => (rng() < (opts.noise ?? 0.005)
    ? { ...r, category: categories[Math.floor(rng() * categories.length)]! } : r));
  return {
    categories,
    history: noisy(make(opts.historyRows, 0, hMonths, false)),
    fresh: noisy(make(opts.freshRows, hMonths, fMonths, true)),
  };
}

function buildMerchants(rng: Rng, newShare: number): Merchant[] {
  const out: Merchant[] = [];
  const opaqueNames = [...OPAQUE];
  for (const kind of KINDS) {
    const names: string[] = [...kind.brands];
    for (const noun of kind.localNouns ?? []) {
      const n = 1 + Math.floor(rng() * 2);
      for (let i = 0; i < n; i++) names.push(rng() < 0.5 ? `${pick(SURNAMES, rng)}'S ${noun}` : `${pick(PLACES, rng)} ${noun}`);
    }
    const opaque = Math.round((kind.opaqueShare ?? 0) * (kind.id === 'clients' ? 14 : names.length));
    for (let i = 0; i < opaque && opaqueNames.length > 0; i++) {
      const name = opaqueNames.splice(Math.floor(rng() * opaqueNames.length), 1)[0]!;
      names.push(`${name}${rng() < 0.5 ? ' LLC' : rng() < 0.5 ? ' INC' : ''}`);
    }
    const unique = [...new Set(names)];
    unique.forEach((name, rank) => {
      const uk = /TESCO|SAINSBURY|WAITROSE|GREGGS|COSTA|NERO|PRET|ARGOS|JOHN LEWIS|BOOTS|RYMAN|ROYAL MAIL|SCREWFIX|PREMIER INN|OCTOPUS|BRITISH GAS|HMRC|EE LIMITED|VODAFONE|ADDISON LEE|FREENOW|AVIVA/.test(name);
      const local = !kind.brands.includes(name);
      const style: Merchant['style'] = uk ? 'uk' : kind.account !== 'card' ? 'ach' : kind.online ? 'online' : local && rng() < 0.5 ? 'square' : 'card';
      const home = uk ? pick(['LONDON GB', 'MANCHESTER GB'], rng) : pick(CITIES.filter((c) => !c.endsWith('GB')), rng);
      const chainCities = local ? [home] : [home, pick(CITIES, rng), pick(CITIES, rng)].filter((c) => c.endsWith('GB') === uk);
      out.push({
        id: `${kind.id}:${name}`, kind, name, style, cities: chainCities.length ? chainCities : [home],
        weight: 1 / (1 + rank) ** 0.7 * (0.5 + rng()), isNew: rng() < newShare,
        billDay: 1 + Math.floor(rng() * 28), billAmount: amount(kind, rng), payeeField: rng() < 0.35,
      });
    });
  }
  return out;
}

function makeRow(m: Merchant, monthIndex: number, rng: Rng, categoryOf: (m: Merchant, amount: number) => string): GeneratedRow {
  const year = 2024 + Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const day = m.kind.monthly ? m.billDay : 1 + Math.floor(rng() * 28);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  let amountMinor = m.kind.monthly ? Math.round(m.billAmount * (rng() < 0.2 ? 1 + (rng() - 0.5) * 0.1 : 1)) : amount(m.kind, rng);
  amountMinor *= m.kind.sign;
  let refund = false;
  if (m.kind.sign < 0 && !m.kind.monthly && rng() < 0.01) { amountMinor = -amountMinor; refund = true; }
  const text = describe(m, date, rng, refund);
  const account = m.kind.account === 'card' ? 'Credit Card' : m.kind.account === 'savings' ? 'Savings' : 'Business Checking';
  const payee = m.payeeField && m.kind.account === 'card' ? titleCase(m.name) : '';
  return {
    payee, description: payee ? text.memo : text.full, amountMinor, date, account,
    category: categoryOf(m, amountMinor), merchantId: m.id, newMerchant: m.isNew,
  };
}

function describe(m: Merchant, date: string, rng: Rng, refund: boolean): { full: string; memo: string } {
  const city = pick(m.cities, rng);
  const mmdd = `${date.slice(5, 7)}/${date.slice(8, 10)}`;
  const name = rng() < 0.3 ? m.name.slice(0, 22).trim() : m.name;
  const store = String(Math.floor(rng() * 99_999)).padStart(rng() < 0.5 ? 4 : 5, '0');
  const ref = String(Math.floor(rng() * 1e12)).padStart(12, '0');
  const memo = refund ? `RETURN ${mmdd} ${ref}` : pick([`CARD PURCHASE ${mmdd}`, `POS ${mmdd} CARD 4471`, `PURCHASE AUTHORIZED ON ${mmdd}`], rng);
  let full: string;
  switch (m.style) {
    case 'card': full = pick([`${name} #${store} ${city}`, `${name} ${store} ${city}`, `POS PURCHASE ${name} ${city}`, `CHECKCARD ${mmdd.replace('/', '')} ${name} ${city} ${ref}${ref}`], rng); break;
    case 'square': full = pick([`SQ *${name} ${city}`, `TST* ${name} ${city}`, `${name} ${city}`], rng); break;
    case 'online': full = pick([`${name} ${800 + Math.floor(rng() * 99)}-${store.slice(0, 3)}-${store.slice(-4)} CA`, `${name}*${ref.slice(0, 8)}`, `${name} ${mmdd}`, `PAYPAL *${name.replace(/\s*\*.*/, '')}`], rng); break;
    case 'uk': full = pick([`CARD PAYMENT TO ${name} ON ${date.slice(8, 10)} ${MONTHS[Number(date.slice(5, 7)) - 1]}`, `${name} ${city}`, `${name} ${store} ${city}`], rng); break;
    case 'ach': full = m.kind.sign > 0
      ? pick([`${name} DES:TRANSFER ID:${ref} CCD`, `ACH CREDIT ${name} ${ref}`, `DEPOSIT FROM ${name} REF ${ref}`], rng)
      : pick([`${name} DES:PAYMENT ID:${ref} INDN:ACME DESIGN CO ID:${store} PPD`, `ACH DEBIT ${name} ${ref}`, `${name} AUTOPAY ${mmdd}`, `${name} BILL PAY ${ref.slice(0, 6)}`], rng);
      break;
  }
  if (refund) full = `REFUND ${full}`;
  return { full, memo };
}

function amount(kind: Kind, rng: Rng): number {
  const z = Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
  return Math.max(50, Math.round(kind.median * Math.exp(kind.spread * z)));
}

function pick<T>(xs: readonly T[], rng: Rng): T {
  return xs[Math.floor(rng() * xs.length)]!;
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s*./-])[a-z]/g, (c) => c.toUpperCase());
}
