import { intOption, type ParsedCommand } from '../cli-args';
import type { Output } from '../cli-output';
import { startServe } from '../serve';
import { openCore } from './open-core';

/** Runs until interrupted (Ctrl+C / SIGTERM), then closes the ledger cleanly. */
export async function serveCommand(cmd: ParsedCommand, out: Output): Promise<number> {
  const port = intOption(cmd.values, 'port', 0, 65535);
  const core = await openCore(cmd.global);
  let handle;
  try {
    handle = await startServe(core, { port });
  } catch (err) {
    await core.close();
    throw err;
  }
  out.result({ url: handle.url, port: handle.port }, () =>
    `FinGood is serving ${core.ledger.path}\nOpen ${handle.url}\n(only this machine can reach it; press Ctrl+C to stop)`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await handle.close();
  await core.close();
  return 0;
}
