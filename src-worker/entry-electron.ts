import type { ParentPort } from 'electron';
import type { ToWorker } from '../src-shared/contract/worker-protocol';
import { WORKER_JOBS } from './runtime/job-registry';
import { runWorker } from './runtime/run-worker';

/**
 * Worker entry for the desktop app (Electron utilityProcess.fork). Main is reached through
 * process.parentPort; a utility process is ended by Electron when the app exits, so unlike
 * the Node entry it needs no disconnect watch.
 */
const parentPort: ParentPort | undefined = process.parentPort;
if (!parentPort) {
  console.error('This is a FinGood worker; it is started by the FinGood app, not by hand.');
  process.exit(2);
}

runWorker({
  send: (msg) => parentPort.postMessage(msg),
  onMessage: (cb) => parentPort.on('message', (e) => cb(e.data as ToWorker)),
  exit: (code) => process.exit(code),
}, WORKER_JOBS);
