import { resolve } from 'node:path';
import { createAppCore, type AppCore } from '../../../app-core';
import { UsageError } from '../cli-output';
import { createForkPool } from '../fork-pool';
import { resolveKey } from '../key-source';
import type { GlobalOptions } from '../cli-args';

export function ledgerPath(g: GlobalOptions): string {
  const p = g.ledger ?? process.env.FINGOOD_LEDGER;
  if (!p) throw new UsageError('Which ledger? Pass --ledger PATH or set FINGOOD_LEDGER.');
  return resolve(p);
}

/**
 * Opens the core for one command with the CLI's key source and a fork worker pool. A command
 * that runs a job (`worker`) has its worker forked while the ledger opens.
 */
export async function openCore(g: GlobalOptions, opts: { create?: boolean; worker?: boolean } = {}): Promise<AppCore> {
  const path = ledgerPath(g);
  const key = await resolveKey({ passphraseFile: g.passphraseFile, confirm: opts.create && !g.passphraseFile && !process.env.FINGOOD_KEY });
  const pool = createForkPool({ prewarm: opts.worker });
  try {
    return await createAppCore({ ledgerPath: path, key, pool, create: opts.create });
  } catch (err) {
    await pool.close(); // a wrong passphrase must not leave a forked worker holding the command open
    throw err;
  }
}
