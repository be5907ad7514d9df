// The ledger's checkpointer: a thread of main's process with a connection of its own, which
// copies committed pages from the write-ahead log into the ledger file (PASSIVE: it never
// blocks main's reads or writes). Plain JavaScript, so it needs no loader in any host.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { setInterval, clearInterval } from 'node:timers';
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3-multiple-ciphers';

const { path, keyPragma, cipher, legacy, nativeBinding, everyMs } = workerData;

// Background work: where the cores are busy, a writer (an import's rows) goes first. Linux
// keeps a nice value per thread, named by its id (/proc/thread-self); elsewhere this is skipped.
try {
  setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), 10);
} catch { /* not Linux: the thread keeps its priority */ }
const db = new Database(path, { fileMustExist: true, nativeBinding });
db.pragma(`cipher='${cipher}'`);
db.pragma(`legacy=${legacy}`);
db.pragma(`key=${keyPragma}`);
db.pragma('busy_timeout = 0');

let timer = null;
function checkpoint() {
  try {
    const [r] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ type: 'checkpointed', log: r.log, done: r.checkpointed });
  } catch (err) {
    parentPort.postMessage({ type: 'error', message: String(err && err.message) });
  }
}
timer = setInterval(checkpoint, everyMs);
parentPort.on('message', (m) => {
  if (m === 'now') checkpoint();
  if (m === 'close') {
    clearInterval(timer);
    db.close();
    parentPort.close();
  }
});
parentPort.postMessage({ type: 'ready' });
