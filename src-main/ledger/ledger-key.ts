import { pbkdf2 } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { promisify } from 'node:util';

/**
 * How a ledger is keyed. The Electron host keeps a random 256-bit key with safeStorage (raw);
 * the CLI and serve hosts take a passphrase, which SQLCipher stretches with PBKDF2.
 */
export type LedgerKey =
  | { kind: 'passphrase'; passphrase: string }
  | { kind: 'raw'; hex: string };

/** The PRAGMA key argument; single quotes are doubled so any passphrase is a literal. */
export function keyPragmaValue(key: LedgerKey): string {
  if (key.kind === 'raw') {
    if (!/^[0-9a-fA-F]{64}$/.test(key.hex)) throw new Error('A raw ledger key must be 64 hex digits.');
    return `"x'${key.hex}'"`;
  }
  return `'${key.passphrase.replace(/'/g, "''")}'`;
}

/** SQLCipher 4's key derivation, as the ledger's cipher scheme (legacy=4) runs it. */
const KDF_ROUNDS = 256_000;
const KDF_DIGEST = 'sha512';
const KEY_BYTES = 32;
const SALT_BYTES = 16;

/**
 * A passphrase turned into the raw key it stands for in the ledger at `path`, by Node on a
 * thread of its pool: SQLCipher derives the key from the passphrase and the salt, the file's
 * first 16 bytes. Every connection (main's, the checkpointer's, each import's row writer) then
 * opens with the raw key, where SQLite3MultipleCiphers would derive it again for each (0.2 s
 * of one core each). A file without a salt yet, or a raw key, is returned as it came; a key
 * that turns out not to open the file is checked again with the passphrase (open-ledger.ts).
 */
export async function derivedKey(key: LedgerKey, path: string): Promise<LedgerKey> {
  if (key.kind === 'raw') return key;
  const salt = Buffer.alloc(SALT_BYTES);
  let read = 0;
  try {
    const fd = openSync(path, 'r');
    try {
      read = readSync(fd, salt, 0, SALT_BYTES, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return key;
  }
  if (read < SALT_BYTES) return key;
  const raw = await promisify(pbkdf2)(key.passphrase, salt, KDF_ROUNDS, KEY_BYTES, KDF_DIGEST);
  return { kind: 'raw', hex: raw.toString('hex') };
}
