/**
 * Field delimiter of a CSV/TSV text: the candidate that splits the most lines into the same
 * number of fields (quotes respected). Preamble lines and ragged rows lower every candidate
 * alike, so the consistent one still wins.
 */
export type Delimiter = ',' | ';' | '\t' | '|';

export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];

const SAMPLE_LINES = 200;

export interface DelimiterGuess {
  delimiter: Delimiter;
  /** Fields most lines have. */
  fields: number;
  /** Share of sampled lines with that many fields. */
  consistency: number;
}

/** The best delimiter for `sample`, or null when no candidate splits lines into 2+ fields. */
export function detectDelimiter(sample: string, prefer?: Delimiter): DelimiterGuess | null {
  const lines = sampleLines(sample);
  if (lines.length === 0) return null;
  let best: DelimiterGuess | null = null;
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const counts = new Map<number, number>();
    for (const line of lines) {
      const fields = countFields(line, delimiter);
      counts.set(fields, (counts.get(fields) ?? 0) + 1);
    }
    let fields = 1;
    let freq = 0;
    for (const [f, c] of counts) {
      if (f > 1 && (c > freq || (c === freq && f > fields))) { fields = f; freq = c; }
    }
    if (freq === 0) continue;
    const consistency = freq / lines.length;
    // Consistency first; more fields and the preferred delimiter only break near-ties.
    const score = consistency + Math.min(fields, 20) / 1000 + (delimiter === prefer ? 0.05 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = { delimiter, fields, consistency };
    }
  }
  return best;
}

function sampleLines(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  while (start < text.length && out.length < SAMPLE_LINES) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
    if (line.trim() !== '') out.push(line);
    start = end + 1;
  }
  return out;
}

/** Fields of one physical line; delimiters inside double quotes do not count. */
export function countFields(line: string, delimiter: string): number {
  const d = delimiter.charCodeAt(0);
  let fields = 1;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === d && !quoted) fields++;
  }
  return fields;
}
