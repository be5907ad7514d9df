import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const REPO = join(import.meta.dirname, '..', '..');
export const BIN = join(REPO, 'bin', 'fingood.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  json: any;
}

/** Runs the real `fingood` command as a user would, with the passphrase in FINGOOD_KEY. */
export function runCli(args: string[], env: Record<string, string | undefined> = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: REPO,
    env: { ...process.env, FINGOOD_KEY: 'test passphrase', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  let json: any = null;
  try { json = JSON.parse(r.stdout); } catch { /* not JSON */ }
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, json };
}

/** Starts `fingood` in the background (for kill tests); resolves when stderr matches `until`. */
export function startCli(args: string[], until: RegExp, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: REPO, env: { ...process.env, FINGOOD_KEY: 'test passphrase', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  const matched = new Promise<void>((resolve, reject) => {
    child.stderr.on('data', (d) => {
      stderr += String(d);
      if (until.test(stderr)) resolve();
    });
    child.on('exit', (code) => reject(new Error(`fingood exited (${code}) before ${until}: ${stderr}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, matched, exited };
}
