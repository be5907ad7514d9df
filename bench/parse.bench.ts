import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseStatement } from '../src-shared/domain/statements/parse-statement';
import { median, round, timeSync } from './stats';

const FIXTURES = join(import.meta.dirname, '..', 'test', 'fixtures');

/** 1M-row CSV parse, median of `runs`; and MB/s per format over the corpus fixtures. */
export function benchParse(csv1m: Uint8Array, runs = 5) {
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const t = timeSync(() => parseStatement(csv1m, { fileName: 'bench.csv' }));
    times.push(t.ms);
    rows = t.value.transactions.length;
  }
  const perFormat: Record<string, { files: number; bytes: number; mbPerSec: number }> = {};
  const byFormat = new Map<string, Uint8Array[]>();
  for (const path of statementFiles(FIXTURES)) {
    {
      const name = path.split('/').pop()!;
      const bytes = new Uint8Array(readFileSync(path));
      let format: string;
      try { format = parseStatement(bytes, { fileName: name }).format; } catch { continue; }
      byFormat.set(format, [...(byFormat.get(format) ?? []), bytes]);
    }
  }
  for (const [format, files] of byFormat) {
    const bytes = files.reduce((n, f) => n + f.length, 0);
    let reps = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < 300) {
      for (const f of files) { try { parseStatement(f); } catch { /* refused files count too */ } }
      reps++;
    }
    const sec = (performance.now() - t0) / 1000;
    perFormat[format] = { files: files.length, bytes, mbPerSec: round((bytes * reps) / 1024 / 1024 / sec) };
  }
  return {
    csv1m: { rows, bytes: csv1m.length, medianMs: round(median(times)), runsMs: times.map((t) => round(t)), mbPerSec: round(csv1m.length / 1024 / 1024 / (median(times) / 1000)) },
    perFormat,
  };
}

/** Every statement file under the fixtures, in subfolders too (no expectations, licenses or notes). */
function statementFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return statementFiles(path);
    return /\.(json|md|txt|mjs)$/i.test(name) || name.startsWith('LICENSE') ? [] : [path];
  });
}
