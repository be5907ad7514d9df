import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temp dir for one test's ledger; `cleanup` removes it. */
export function tempDir(prefix = 'fingood-test-'): { dir: string; ledgerPath: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, ledgerPath: join(dir, 'books.fingood'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const TEST_KEY = { kind: 'passphrase', passphrase: 'correct horse battery staple' } as const;
