import type { FromWorker, ToWorker } from '../../../src-shared/contract/worker-protocol';
import type { WorkerExit, WorkerHandle, WorkerPool } from '../../jobs/worker-pool';

/** The members of Electron's UtilityProcess used here (injected: tests run without Electron). */
export interface UtilityChild {
  readonly pid: number | undefined;
  postMessage(message: unknown): void;
  kill(): boolean;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
}

export type ForkUtility = (modulePath: string) => UtilityChild;

/**
 * Worker pool of the desktop app: one Electron utility process per job, running the built
 * worker entry (out/main/entry-electron.js). Utility processes die with the app, so a
 * worker never outlives main.
 */
export function createUtilityPool(workerEntry: string, fork: ForkUtility): WorkerPool {
  const live = new Set<UtilityChild>();
  return {
    spawn(): WorkerHandle {
      const child = fork(workerEntry);
      live.add(child);
      let exited: WorkerExit | null = null;
      const exitCbs: ((e: WorkerExit) => void)[] = [];
      child.on('exit', (code) => {
        live.delete(child);
        // Electron reports only the wait status code; there is no signal name to pass on.
        exited = { code, signal: null };
        for (const cb of exitCbs) cb(exited);
      });
      return {
        get pid() {
          return child.pid;
        },
        send(msg: ToWorker) {
          if (exited) return; // the exit event has told the job already
          try {
            child.postMessage(msg);
          } catch {
            // a process that is going away; its 'exit' follows and fails the job
          }
        },
        onMessage(cb) {
          child.on('message', (m) => cb(m as FromWorker));
        },
        onExit(cb) {
          if (exited) cb(exited);
          else exitCbs.push(cb);
        },
        kill() {
          if (!exited) child.kill();
        },
      };
    },
    async close() {
      for (const c of live) c.kill();
      live.clear();
    },
  };
}
