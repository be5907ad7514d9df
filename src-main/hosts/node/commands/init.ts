import { existsSync } from 'node:fs';
import { UsageError, type Output } from '../cli-output';
import type { ParsedCommand } from '../cli-args';
import { ledgerPath, openCore } from './open-core';

export async function initCommand(cmd: ParsedCommand, out: Output): Promise<number> {
  const path = ledgerPath(cmd.global);
  if (existsSync(path)) throw new UsageError(`${path} already exists; FinGood will not overwrite a ledger.`);
  const core = await openCore(cmd.global, { create: true });
  try {
    const info = await core.call('ledger.info', {});
    out.result({ ledger: info.path, schemaVersion: info.schemaVersion, cipher: info.cipher }, () =>
      `Created the encrypted ledger ${info.path} (schema ${info.schemaVersion}). Keep its passphrase safe: without it the books cannot be opened.`);
    return 0;
  } finally {
    await core.close();
  }
}
