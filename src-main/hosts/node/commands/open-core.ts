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

/** Opens the core for one command with the CLI's key source and a fork worker pool. */
export async function openCore(g: GlobalOptions, opts: { create?: boolean } = {}): Promise<AppCore> {
  const path = ledgerPath(g);
  const key = await resolveKey({ passphraseFile: g.passphraseFile, confirm: opts.create && !g.passphraseFile && !process.env.FINGOOD_KEY });
  return createAppCore({ ledgerPath: path, key, pool: createForkPool(), create: opts.create });
}
