import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyStoreError, keyFileFor, loadLedgerKey, type SecretBox } from './key-store';

/** A stand-in for safeStorage: sealed to one "keychain"; another keychain cannot open it. */
function keychain(id: string, opts: { available?: boolean; backend?: string } = {}): SecretBox & { sealed: number } {
  const box = {
    sealed: 0,
    isEncryptionAvailable: () => opts.available ?? true,
    getSelectedStorageBackend: () => opts.backend ?? 'gnome_libsecret',
    encryptString(plain: string) {
      box.sealed++;
      return Buffer.from(JSON.stringify({ id, data: Buffer.from(plain).reverse().toString('base64') }));
    },
    decryptString(encrypted: Buffer) {
      const { id: owner, data } = JSON.parse(encrypted.toString()) as { id: string; data: string };
      if (owner !== id) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Buffer.from(data, 'base64').reverse().toString();
    },
  };
  return box;
}

let dir: string;
let keyFile: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fingood-keystore-'));
  keyFile = keyFileFor(join(dir, 'ledger.fingood'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const load = (box: SecretBox, ledgerExists = false, platform: NodeJS.Platform = 'linux') =>
  loadLedgerKey({ keyFile, ledgerExists, box, platform });

describe('ledger key store', () => {
  it('creates a random 256-bit key once and returns the same key on every later start', async () => {
    const box = keychain('me');
    const first = await load(box);
    expect(first.kind).toBe('raw');
    expect(first.kind === 'raw' && first.hex).toMatch(/^[0-9a-f]{64}$/);
    expect(await load(box, true)).toEqual(first);
    expect(box.sealed).toBe(1);
    expect(readdirSync(dir)).toEqual(['ledger.fingood.key']); // no temp file left behind
  });

  it('never writes the key in plain text, and keeps the file private to the user', async () => {
    const key = await load(keychain('me'));
    const onDisk = readFileSync(keyFile);
    expect(key.kind === 'raw' && onDisk.toString('latin1').includes(key.hex)).toBe(false);
    if (process.platform !== 'win32') expect(statSync(keyFile).mode & 0o777).toBe(0o600);
  });

  it('gives each new ledger a different key', async () => {
    const a = await load(keychain('me'));
    rmSync(keyFile);
    expect(await load(keychain('me'))).not.toEqual(a);
  });

  it('refuses to start without a keychain, and stores nothing', async () => {
    await expect(load(keychain('me', { available: false }))).rejects.toThrow(/keychain is not available/);
    expect(existsSync(keyFile)).toBe(false);
  });

  it("treats Linux's basic_text store (a fixed, public password) as no keychain", async () => {
    const err = await load(keychain('me', { backend: 'basic_text' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KeyStoreError);
    expect((err as Error).message).toMatch(/--password-store=gnome-libsecret/);
    expect(existsSync(keyFile)).toBe(false);
    // On macOS and Windows the backend question does not arise.
    await expect(load(keychain('me', { backend: 'basic_text' }), false, 'darwin')).resolves.toMatchObject({ kind: 'raw' });
  });

  it('never replaces the key of existing books: a missing key file is an error', async () => {
    await expect(load(keychain('me'), true)).rejects.toThrow(/missing/);
    expect(existsSync(keyFile)).toBe(false);
  });

  it('refuses a key file another keychain sealed, or one that is damaged, and leaves it untouched', async () => {
    await load(keychain('me'));
    const before = readFileSync(keyFile);
    await expect(load(keychain('someone-else'), true)).rejects.toThrow(/cannot be unlocked/);
    writeFileSync(keyFile, keychain('me').encryptString('not a key'));
    await expect(load(keychain('me'), true)).rejects.toThrow(/cannot be unlocked/);
    writeFileSync(keyFile, before);
    await expect(load(keychain('me'), true)).resolves.toMatchObject({ kind: 'raw' });
  });
});
