import type { FromWorker, ToWorker } from '../src-shared/contract/worker-protocol';
import { WORKER_JOBS } from './runtime/job-registry';
import { runWorker } from './runtime/run-worker';

/** Worker entry for Node hosts (child_process.fork with an IPC channel). */
if (!process.send) {
  console.error('This is a FinGood worker; it is started by FinGood, not by hand.');
  process.exit(2);
}
// If main dies, the IPC channel closes: a worker must never outlive its parent.
process.on('disconnect', () => process.exit(0));

runWorker({
  send: (msg: FromWorker) => { process.send!(msg); },
  onMessage: (cb) => process.on('message', (m) => cb(m as ToWorker)),
  exit: (code) => process.exit(code),
}, WORKER_JOBS);
