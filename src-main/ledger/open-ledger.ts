import Database from 'better-sqlite3-multiple-ciphers';
import { chmodSync, existsSync } from 'node:fs';
import { Kysely, SqliteDialect } from 'kysely';
import { AppError } from '../../src-shared/contract/errors';
import { startCheckpointer, type Checkpointer } from './checkpointer';
import { CACHE_KIB } from './large-change';
import { derivedKey, keyPragmaValue, type LedgerKey } from './ledger-key';
import { migrate } from './migrate';
import { createWriteGate, type WriteGate } from './write-gate';
import type { Migration } from './migrations/index';
import type { DB } from './schema';
import type { LedgerConnection } from '../../src-shared/contract/import-protocol';

export interface Ledger {
  path: string;
  db: Kysely<DB>;
  /** The raw connection, for synchronous chunked writes (no await inside a write transaction). */
  sqlite: Database.Database;
  /** How another thread or process opens this ledger (an import's row writer, the checkpointer). */
  connection: LedgerConnection;
  /** Main's writes go through it while an import's row writer runs (write-gate.ts). */
  gate: WriteGate;
  close(): Promise<void>;
}

export interface OpenLedgerOptions {
  path: string;
  key: LedgerKey;
  /** Create the file when missing (init); otherwise a missing file is NOT_FOUND. */
  create?: boolean;
  readonly?: boolean;
  /** The SQLite addon built for this runtime's ABI (Electron's differs from Node's); default: the package's own. */
  nativeBinding?: string;
  /** The schema steps to apply; all of them unless a test stops part way. */
  migrations?: readonly Migration[];
}

/** SQLCipher v4-compatible scheme of SQLite3MultipleCiphers (AES-256, HMAC-SHA512, PBKDF2). */
export const CIPHER = 'sqlcipher';
const CIPHER_LEGACY = 4;

/**
 * Opens (or creates) the encrypted ledger, checks the key, sets pragmas and runs pending
 * migrations. A wrong key is WRONG_KEY; a file that is no ledger is LEDGER_CORRUPT.
 */
export async function openLedger(opts: OpenLedgerOptions): Promise<Ledger> {
  const exists = existsSync(opts.path);
  if (!exists && !opts.create) {
    throw new AppError('NOT_FOUND', `No ledger at ${opts.path}. Create one with "fingood --ledger ${opts.path} init".`);
  }
  if (exists && opts.create === true && opts.readonly) {
    throw new AppError('VALIDATION', 'A read-only ledger cannot be created.');
  }
  const derived = exists ? await derivedKey(opts.key, opts.path) : opts.key;
  let key = derived;
  let sqlite = keyed(opts, derived);
  // The books are for this user only, even encrypted.
  if (!exists) chmodSync(opts.path, 0o600);
  try {
    try {
      checkKey(sqlite, opts.path);
    } catch (err) {
      // A key derived here that does not open the file: SQLite3MultipleCiphers decides, from the passphrase.
      if (derived === opts.key || (err as AppError).code !== 'WRONG_KEY') throw err;
      sqlite.close();
      sqlite = keyed(opts, key = opts.key);
      checkKey(sqlite, opts.path);
    }
    if (!opts.readonly) {
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('synchronous = FULL');
    }
    sqlite.pragma('foreign_keys = ON');
    // Statement journals (every INSERT into transactions has one: it has triggers) and temp
    // tables stay in memory; on disk they doubled the cost of an import's inserts.
    sqlite.pragma('temp_store = MEMORY');
    // 64 MB of decrypted pages: the page indexes of a million-row ledger stay in memory, so a
    // page or a count does not decrypt them again.
    sqlite.pragma(`cache_size = -${CACHE_KIB}`);
    sqlite.pragma('busy_timeout = 5000');
  } catch (err) {
    sqlite.close();
    throw err;
  }
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  const connection: LedgerConnection = {
    path: opts.path, keyPragma: keyPragmaValue(key), cipher: CIPHER, legacy: CIPHER_LEGACY,
    ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
  };
  let checkpointer: Checkpointer | null = null;
  if (!opts.readonly) {
    // Checkpoints run on a thread of their own (checkpointer.ts), never inside main's commits.
    sqlite.pragma('wal_autocheckpoint = 0');
    checkpointer = startCheckpointer(connection);
  }
  const ledger: Ledger = {
    path: opts.path,
    db,
    sqlite,
    connection,
    gate: createWriteGate(),
    async close() {
      await checkpointer?.close();
      await db.destroy(); // closes sqlite too, which checkpoints what is left
    },
  };
  if (!opts.readonly) {
    try {
      await migrate(ledger, opts.migrations);
    } catch (err) {
      await ledger.close();
      throw err;
    }
  }
  return ledger;
}

/** A connection to the ledger with the cipher scheme and key set (not yet checked). */
function keyed(opts: OpenLedgerOptions, key: LedgerKey): Database.Database {
  const sqlite = new Database(opts.path, { readonly: !!opts.readonly, fileMustExist: !opts.create, nativeBinding: opts.nativeBinding });
  try {
    sqlite.pragma(`cipher='${CIPHER}'`);
    sqlite.pragma(`legacy=${CIPHER_LEGACY}`);
    sqlite.pragma(`key=${keyPragmaValue(key)}`);
  } catch (err) {
    sqlite.close();
    throw err;
  }
  return sqlite;
}

function checkKey(sqlite: Database.Database, path: string): void {
  try {
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (err) {
    const msg = (err as Error).message;
    if (/not a database|file is encrypted/i.test(msg)) {
      throw new AppError('WRONG_KEY',
        `The ledger ${path} could not be opened with this passphrase. Check the passphrase (or FINGOOD_KEY) and try again; the file was not changed.`);
    }
    throw new AppError('LEDGER_CORRUPT', `The ledger ${path} could not be read (${msg}). Restore it from a backup.`);
  }
}
