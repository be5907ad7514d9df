import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createAppCore } from '../src-main/app-core';
import { createForkPool } from '../src-main/hosts/node/fork-pool';
import type { WorkerPool } from '../src-main/jobs/worker-pool';
import { round } from './stats';

const BIN = join(import.meta.dirname, '..', 'bin', 'fingood.js');
const KEY = 'bench passphrase';

/** Baseline: the sqlite3 shell's .import of the same CSV into a fresh plain database. */
export function sqliteImportBaseline(csvPath: string, dir: string): { ms: number } | { skipped: string } {
  if (spawnSync('sh', ['-c', 'command -v sqlite3'], { stdio: 'ignore' }).status !== 0) return { skipped: 'sqlite3 shell not installed' };
  const db = join(dir, 'baseline.sqlite');
  rmSync(db, { force: true });
  const t0 = performance.now();
  const r = spawnSync('sqlite3', [db, '-cmd', '.mode csv', `.import ${csvPath} t`], { encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) return { skipped: `sqlite3 failed: ${r.stderr}` };
  return { ms: round(ms) };
}

/** End to end as a user runs it: `fingood init` + `fingood import FILE` in fresh processes; wall time and peak RSS. */
export function cliImport(csvPath: string, dir: string, rows: number) {
  const ledger = join(dir, `cli-${rows}.fingood`);
  rmSync(ledger, { force: true });
  rmSync(`${ledger}-wal`, { force: true });
  rmSync(`${ledger}-shm`, { force: true });
  const env = { ...process.env, FINGOOD_KEY: KEY };
  spawnSync(process.execPath, [BIN, '--ledger', ledger, 'init', '--json'], { env, encoding: 'utf8' });
  const t0 = performance.now();
  // GNU time reports the largest resident set among the CLI and its (waited-for) worker.
  const r = spawnSync('/usr/bin/time', ['-f', 'MAXRSS_KB=%M', process.execPath, BIN, '--ledger', ledger, 'import', csvPath, '--account', 'Bench', '--json'], { env, encoding: 'utf8' });
  const ms = performance.now() - t0;
  const out = JSON.parse(r.stdout) as { rows?: number; error?: unknown };
  if (out.rows !== rows) throw new Error(`bench import failed: ${r.stdout} ${r.stderr}`);
  const kb = Number(/MAXRSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { wallMs: round(ms), rowsPerSec: Math.round(rows / (ms / 1000)), peakRssMb: round(kb / 1024, 1) };
}

/** In-process: the core importing with a forked worker while we watch main's event-loop lag. */
export async function coreImportLag(csvPath: string, dir: string) {
  const ledgerPath = join(dir, 'lag.fingood');
  for (const s of ['', '-wal', '-shm']) rmSync(ledgerPath + s, { force: true });
  const inner = createForkPool();
  const pids: number[] = [];
  const pool: WorkerPool = { spawn() { const h = inner.spawn(); if (h.pid) pids.push(h.pid); return h; }, close: () => inner.close() };
  const core = await createAppCore({ ledgerPath, key: { kind: 'passphrase', passphrase: KEY }, pool, create: true });
  let workerPeakKb = 0;
  const poll = setInterval(() => {
    for (const pid of pids) {
      try {
        const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
        workerPeakKb = Math.max(workerPeakKb, kb);
      } catch { /* gone */ }
    }
  }, 50);
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  const t0 = performance.now();
  const { jobs } = await core.call('imports.start', { files: [{ name: 'lag.csv', path: csvPath }], account: 'Bench' });
  const job = await core.scheduler.whenFinished(jobs[0]!.jobId);
  const ms = performance.now() - t0;
  h.disable();
  clearInterval(poll);
  await core.close();
  if (job.state !== 'succeeded') throw new Error(`lag import failed: ${JSON.stringify(job.error)}`);
  return {
    wallMs: round(ms),
    mainLoopLagMs: { p50: round(h.percentile(50) / 1e6), p99: round(h.percentile(99) / 1e6), max: round(h.max / 1e6) },
    mainPeakRssMb: round(process.resourceUsage().maxRSS / 1024, 1),
    workerPeakRssMb: round(workerPeakKb / 1024, 1),
  };
}
