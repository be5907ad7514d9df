import type { StatementFormat } from '../types';
import { readQifDate } from './qif-dates';

/**
 * Is this text QIF? A header line ("!Type:Bank", "!Account", "!Option:AutoSwitch") first is
 * conclusive. Headerless exports are accepted with a lower score when the opening lines are
 * all QIF fields, with at least one date (D), one amount (T/U) and one record end (^) — a
 * shape no CSV, MT940 or XML file has.
 */
export function qifSniff(head: string): { format: StatementFormat; score: number } | null {
  const lines = head.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/, 200).map((l) => l.trim()).filter(Boolean);
  const first = lines[0];
  if (first === undefined) return null;
  if (/^!(?:Type\s*:|Account\b|Option\s*:|Clear\s*:)/i.test(first)) return { format: 'qif', score: 0.9 };

  const sample = lines.slice(0, 60);
  let fieldLines = 0;
  let dates = 0;
  let amounts = 0;
  let ends = 0;
  for (const line of sample) {
    const code = line[0]!;
    if (line === '^') { ends++; fieldLines++; continue; }
    if (!FIELD_CODES.includes(code)) continue;
    fieldLines++;
    if (code === 'D' && readQifDate(line.slice(1)) !== null) dates++;
    if ((code === 'T' || code === 'U') && /^[-+]?[$€£]?\s*[\d.,]*\d[\d.,]*$/.test(line.slice(1).trim())) amounts++;
  }
  if (dates === 0 || amounts === 0 || fieldLines < sample.length * 0.9) return null;
  return { format: 'qif', score: ends > 0 ? 0.5 : 0.3 };
}

const FIELD_CODES = 'DTUCNPMALSE$%FYIQO^';
