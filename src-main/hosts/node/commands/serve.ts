import { existsSync } from 'node:fs';
import { intOption, type ParsedCommand } from '../cli-args';
import type { Output } from '../cli-output';
import { startServe } from '../serve';
import { ledgerPath, openCore } from './open-core';

/** Runs until interrupted (Ctrl+C / SIGTERM), then closes the ledger cleanly. */
export async function serveCommand(cmd: ParsedCommand, out: Output): Promise<number> {
  const port = intOption(cmd.values, 'port', 0, 65535);
  // --init: a first start creates the books and serves them with the same key, so the
  // passphrase is asked once (and confirmed). An existing ledger is opened as usual.
  const created = cmd.values.init === true && !existsSync(ledgerPath(cmd.global));
  const core = await openCore(cmd.global, { create: created });
  let handle;
  try {
    handle = await startServe(core, { port });
  } catch (err) {
    await core.close();
    throw err;
  }
  const path = core.ledger.path;
  out.result({ url: handle.url, port: handle.port, created }, () =>
    `${created ? `Created the encrypted ledger ${path}. Keep its passphrase safe: without it the books cannot be opened.\n` : ''}` +
    `FinGood is serving ${path}\nOpen ${handle.url}\n(only this machine can reach it; press Ctrl+C to stop)`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await handle.close();
  await core.close();
  return 0;
}
