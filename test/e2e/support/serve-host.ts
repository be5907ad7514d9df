import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CLI, REPO_ROOT, assertRendererBuilt } from './paths';

const run = promisify(execFile);
/** The passphrase of every E2E ledger. */
export const KEY = 'e2e correct horse battery staple';

export interface ServeHost {
  /** The address "fingood serve" printed, with its token. */
  url: string;
  origin: string;
  port: number;
  token: string;
  dir: string;
  /** Everything the process wrote so far, for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

/**
 * A real `fingood serve` child process on a fresh encrypted ledger in a temp dir, as a user
 * would start it: `init`, then `serve --port 0 --json`, whose JSON says where it listens.
 */
export async function startServeHost(): Promise<ServeHost> {
  assertRendererBuilt();
  const dir = await mkdtemp(join(tmpdir(), 'fingood-e2e-'));
  const ledger = join(dir, 'books.fingood');
  const env = { ...process.env, FINGOOD_KEY: KEY };
  try {
    await run(process.execPath, [CLI, '--ledger', ledger, '--json', 'init'], { cwd: REPO_ROOT, env, timeout: 60_000 });
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`fingood init failed: ${(err as Error).message}`);
  }
  const child = spawn(process.execPath, [CLI, '--ledger', ledger, '--json', 'serve', '--port', '0', '--no-open'], {
    cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => { out += d; });
  child.stderr.setEncoding('utf8').on('data', (d: string) => { err += d; });
  const log = () => `stdout:\n${out}\nstderr:\n${err}`;

  let printed: { url: string; port: number };
  try {
    printed = await readPrintedJson(child, () => out, log);
  } catch (e) {
    await stopChild(child);
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
  const url = new URL(printed.url);
  return {
    url: printed.url,
    origin: url.origin,
    port: printed.port,
    token: url.searchParams.get('token') ?? '',
    dir,
    log,
    async stop() {
      await stopChild(child);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** `--json` prints one (pretty) JSON document; wait until it parses. */
function readPrintedJson(child: ChildProcess, out: () => string, log: () => string): Promise<{ url: string; port: number }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`fingood serve printed no address within 60 s.\n${log()}`)), 60_000);
    const onData = () => {
      try {
        const v = JSON.parse(out()) as { url?: unknown; port?: unknown };
        if (typeof v.url === 'string' && typeof v.port === 'number') done(() => resolve({ url: v.url as string, port: v.port as number }));
      } catch { /* not complete yet */ }
    };
    const onExit = (code: number | null) => fail(new Error(`fingood serve exited (code ${code}) before listening.\n${log()}`));
    const done = (fn: () => void) => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
      fn();
    };
    const fail = (e: Error) => done(() => reject(e));
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
  });
}

/** SIGTERM lets serve close the ledger cleanly; SIGKILL only if it does not within 15 s. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}
