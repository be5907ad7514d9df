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
