/**
 * A deterministic generator of realistic bank CSVs: merchants with store numbers and city
 * noise, card-reference suffixes, salaries and rent, several years of dates, a running balance.
 * Same seed, same bytes.
 */
const MERCHANTS = [
  ['STARBUCKS STORE #', 'coffee', 350, 900], ['SHELL OIL ', 'fuel', 2500, 9000], ['AMAZON MKTPLACE PMTS AMZN.COM/BILL ', 'shop', 999, 15999],
  ['WHOLEFDS MKT ', 'groceries', 1500, 22000], ['UBER *TRIP HELP.UBER.COM ', 'travel', 700, 6500], ['COMCAST CABLE COMM ', 'internet', 8999, 8999],
  ['ADOBE *CREATIVE CLD ', 'software', 5499, 5499], ['STAPLES STORE ', 'office', 899, 24999], ['DELTA AIR ', 'travel', 18900, 89000],
  ['HOME DEPOT #', 'repairs', 1299, 45000], ['CHIPOTLE ', 'meals', 950, 4200], ['GOOGLE *GSUITE ', 'software', 1200, 3600],
] as const;
export const CITIES = ['SEATTLE WA', 'PORTLAND OR', 'AUSTIN TX', 'DENVER CO', 'BOSTON MA', 'CHICAGO IL'];

/** A small seeded generator (mulberry32): the same seed, the same data. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function money(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const a = Math.abs(minor);
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

/** `rows` lines of "Date,Description,Amount,Balance", dates ascending over ~rows/40 days. */
export function generateBankCsv(rows: number, seed = 42): string {
  const r = rng(seed);
  const out: string[] = ['Date,Description,Amount,Balance'];
  let balance = 2_500_000;
  const start = Date.UTC(2019, 0, 1);
  const span = Math.max(365, Math.ceil(rows / 40));
  for (let i = 0; i < rows; i++) {
    const day = Math.floor((i / rows) * span);
    const date = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
    let desc: string;
    let amount: number;
    const k = r();
    if (k < 0.03) { desc = `PAYROLL ACME CORP PPD ID: ${1000000 + Math.floor(r() * 8999999)}`; amount = 350000 + Math.floor(r() * 50000); }
    else if (k < 0.04) { desc = 'ONLINE TRANSFER TO SAV XXXXXX4471'; amount = -Math.floor(r() * 200000); }
    else if (k < 0.09) { desc = `CLIENT PAYMENT INV-${10000 + Math.floor(r() * 90000)}`; amount = 20000 + Math.floor(r() * 400000); }
    else {
      const m = MERCHANTS[Math.floor(r() * MERCHANTS.length)]!;
      const store = m[0].endsWith('#') || m[0].endsWith(' ') ? String(100 + Math.floor(r() * 9900)) : '';
      desc = `${m[0]}${store} ${CITIES[Math.floor(r() * CITIES.length)]} CARD ${1000 + Math.floor(r() * 8999)}`;
      amount = -(m[2] + Math.floor(r() * (m[3] - m[2] + 1)));
    }
    balance += amount;
    out.push(`${date},"${desc}",${money(amount)},${money(balance)}`);
  }
  return `${out.join('\n')}\n`;
}
