/** Deterministic simple bank CSVs (Date, Description, Amount) for tests that need many rows. */
export function simpleCsv(rows: number, seed = 1): string {
  const payees = ['ACME SUPPLIES', 'CITY WATER', 'STARBUCKS STORE 0412', 'SHELL OIL 5561', 'CLIENT PAYMENT INV', 'AMAZON MKTPLACE', 'RENT OFFICE'];
  const lines = ['Date,Description,Amount'];
  let x = seed;
  for (let i = 0; i < rows; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const day = 1 + (x % 28);
    const month = 1 + ((x >> 5) % 12);
    const cents = (x % 200000) - 150000;
    const sign = cents < 0 ? '-' : '';
    const abs = Math.abs(cents);
    // The row number spelled in letters keeps rows distinct after dedupe's text normalization.
    lines.push(`2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')},${payees[x % payees.length]} ${letters(i + seed * 7919)},${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`);
  }
  return `${lines.join('\n')}\n`;
}

function letters(n: number): string {
  let s = '';
  do { s = String.fromCharCode(97 + (n % 26)) + s; n = Math.floor(n / 26); } while (n > 0);
  return s;
}
