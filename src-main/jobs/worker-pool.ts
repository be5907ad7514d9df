import type { FromWorker, ToWorker } from '../../src-shared/contract/worker-protocol';

/** One worker process, whatever spawned it (child_process.fork or Electron utilityProcess). */
export interface WorkerHandle {
  readonly pid: number | undefined;
  send(msg: ToWorker): void;
  onMessage(cb: (msg: FromWorker) => void): void;
  /** Called once when the process is gone, however it ended. */
  onExit(cb: (info: WorkerExit) => void): void;
  kill(): void;
}

export interface WorkerExit {
  code: number | null;
  signal: string | null;
}

/** Each host supplies one; a job gets a fresh process so a crash takes down only that job. */
export interface WorkerPool {
  spawn(): WorkerHandle;
  close(): Promise<void>;
}
