import type { ParsedCommand } from '../cli-args';
import type { Output } from '../cli-output';
import { openCore } from './open-core';

export async function batchesCommand(cmd: ParsedCommand, out: Output): Promise<number> {
  const core = await openCore(cmd.global);
  try {
    const batches = await core.call('imports.batches', {});
    out.result({ batches }, () => batches.length === 0 ? 'No files imported yet.' : batches.map((b) =>
      `${b.id}  ${b.importedAt.slice(0, 10)}  ${String(b.rowCount).padStart(7)} rows  ${b.account}  ${b.fileName}`).join('\n'));
    return 0;
  } finally {
    await core.close();
  }
}
