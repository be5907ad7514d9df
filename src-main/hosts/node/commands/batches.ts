import type { ParsedCommand } from '../cli-args';
import { UsageError, type Output } from '../cli-output';
import { openCore } from './open-core';

/** fingood batches [--json] | fingood batches delete ID */
export async function batchesCommand(cmd: ParsedCommand, out: Output): Promise<number> {
  const [sub, id] = cmd.positionals;
  if (sub !== undefined && sub !== 'delete') throw new UsageError(`Unknown "batches ${sub}". Use "fingood batches" or "fingood batches delete ID".`);
  if (sub === 'delete' && !id) throw new UsageError('Which batch? Usage: fingood batches delete ID (the ids are listed by "fingood batches").');
  const core = await openCore(cmd.global);
  try {
    if (sub === 'delete') {
      const r = await core.call('imports.deleteBatch', { id: id! });
      out.result({ deleted: r }, () => `Deleted the import of ${r.fileName} (${r.rows} row${r.rows === 1 ? '' : 's'}). "fingood undo" brings it back.`);
      return 0;
    }
    const batches = await core.call('imports.batches', {});
    out.result({ batches }, () => batches.length === 0 ? 'No files imported yet.' : batches.map((b) =>
      `${b.id}  ${b.importedAt.slice(0, 10)}  ${String(b.rowCount).padStart(7)} rows  ${b.account}  ${b.fileName}`).join('\n'));
    return 0;
  } finally {
    await core.close();
  }
}
