import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FromWorker } from '../../../src-shared/contract/worker-protocol';
import type { WorkerExit, WorkerHandle, WorkerPool } from '../../jobs/worker-pool';

/** Run from the sources (through tsx), or from the bundle in out/node (scripts/node-bundle.js). */
const FROM_SOURCES = import.meta.url.endsWith('.ts');
/** A worker runs the way the host runs: the sources through tsx's loader, or the bundle's worker.js. */
const WORKER_ENTRY = fileURLToPath(new URL(FROM_SOURCES ? '../../../src-worker/entry-node.ts' : './worker.js', import.meta.url));
const EXEC_ARGV = FROM_SOURCES ? ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href] : [];

type ForkedWorker = WorkerHandle & { exited(): boolean };

/**
 * Worker pool of the CLI and serve hosts: one child_process.fork per job. With `prewarm`, the
 * first worker is forked at once, so it starts (Node, then the worker's code) while main opens
 * the ledger; a command that will run a job asks for it. Unused, it is killed on close.
 */
export function createForkPool(opts: { prewarm?: boolean } = {}): WorkerPool {
  const live = new Set<ChildProcess>();
  let warm: ForkedWorker | null = null;
  const pool: WorkerPool = {
    spawn(): WorkerHandle {
      const w = warm;
      warm = null;
      return w && !w.exited() ? w : forkWorker();
    },
    async close() {
      warm = null;
      for (const c of live) c.kill('SIGKILL');
      live.clear();
    },
  };
  if (opts.prewarm) warm = forkWorker();
  return pool;

  function forkWorker(): ForkedWorker {
    const child = fork(WORKER_ENTRY, [], {
      execArgv: EXEC_ARGV,
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    live.add(child);
    let exited: WorkerExit | null = null;
    const exitCbs: ((e: WorkerExit) => void)[] = [];
    child.on('exit', (code, signal) => {
      live.delete(child);
      exited = { code, signal };
      for (const cb of exitCbs) cb(exited);
    });
    // A send to a worker that already died is reported by 'exit'; ignore the EPIPE here.
    child.on('error', () => undefined);
    return {
      exited: () => exited !== null,
      pid: child.pid,
      send(msg) {
        if (child.connected) child.send(msg, (err) => void err);
      },
      onMessage(cb) {
        child.on('message', (m) => cb(m as FromWorker));
      },
      onExit(cb) {
        if (exited) cb(exited);
        else exitCbs.push(cb);
      },
      kill() {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      },
    };
  }
}
