import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { open, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { LedgerKey } from '../../ledger/ledger-key';

/** The part of Electron's safeStorage the key store uses (injected: tests run without Electron). */
export interface SecretBox {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux: the keyring behind the encryption; 'basic_text' is a fixed, public password. */
  getSelectedStorageBackend(): string;
}

/** A reason the app cannot start, worded for a dialog. */
export class KeyStoreError extends Error {
  constructor(readonly title: string, message: string) {
    super(message);
    this.name = 'KeyStoreError';
  }
}

export const keyFileFor = (ledgerPath: string): string => `${ledgerPath}.key`;

/**
 * The desktop ledger's raw 256-bit key, kept beside the ledger encrypted by the OS keychain
 * (safeStorage). Generated once, before the ledger is created. Never written in plain text,
 * never replaced: a new key cannot open existing books, so every doubt is an error instead.
 */
export async function loadLedgerKey(opts: {
  keyFile: string;
  ledgerExists: boolean;
  box: SecretBox;
  platform: NodeJS.Platform;
  random?: (bytes: number) => Buffer;
}): Promise<LedgerKey> {
  const { keyFile, box } = opts;
  assertKeychain(box, opts.platform);
  if (existsSync(keyFile)) return { kind: 'raw', hex: unlock(box, await readFile(keyFile), keyFile) };
  if (opts.ledgerExists) {
    throw new KeyStoreError('The key to your books is missing',
      `Your books are encrypted with a key that belongs in ${keyFile}, and that file is missing. Restore it from the backup you made with the ledger. FinGood does not create a new key: the books could never be opened with it.`);
  }
  const hex = (opts.random ?? randomBytes)(32).toString('hex');
  await writeDurably(keyFile, box.encryptString(hex));
  return { kind: 'raw', hex };
}

function assertKeychain(box: SecretBox, platform: NodeJS.Platform): void {
  const basicText = platform === 'linux' && box.getSelectedStorageBackend() === 'basic_text';
  if (box.isEncryptionAvailable() && !basicText) return;
  const hint = basicText
    ? ' FinGood found no supported keyring (GNOME Keyring or KWallet). If one is installed, start FinGood with --password-store=gnome-libsecret or --password-store=kwallet6.'
    : '';
  throw new KeyStoreError('No keychain to protect your books',
    `FinGood keeps the key to your encrypted books in this computer's keychain, and the keychain is not available, so nothing was stored.${hint} You can also run "fingood serve", which protects the books with a passphrase instead.`);
}

function unlock(box: SecretBox, encrypted: Buffer, keyFile: string): string {
  let hex = '';
  try {
    hex = box.decryptString(encrypted);
  } catch {
    // fall through: undecryptable and malformed keys get the same answer
  }
  if (/^[0-9a-f]{64}$/i.test(hex)) return hex;
  throw new KeyStoreError('The key to your books cannot be unlocked',
    `The key in ${keyFile} cannot be unlocked by this computer's keychain: it may come from another computer or user account, or the keychain was reset. Restore the keychain or the key file from a backup. Nothing was changed.`);
}

/**
 * The ledger is created with this key right after: if the key were lost in a power cut after
 * the books were written, they could never be opened. So: temp file, fsync, rename, fsync dir.
 */
async function writeDurably(file: string, bytes: Buffer): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  const handle = await open(tmp, 'wx', 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(tmp, file);
  const dir = await open(dirname(file), 'r').catch(() => null); // Windows cannot open a directory
  if (dir) await dir.sync().catch(() => undefined).finally(() => dir.close());
}
