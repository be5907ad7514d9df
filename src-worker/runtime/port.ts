import type { FromWorker, ToWorker } from '../../src-shared/contract/worker-protocol';

/** The worker's side of the channel to main: process IPC (fork) or Electron's parentPort. */
export interface WorkerPort {
  send(msg: FromWorker): void;
  onMessage(cb: (msg: ToWorker) => void): void;
  exit(code: number): void;
}
