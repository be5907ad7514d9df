import { intOption, type ParsedCommand } from '../cli-args';
import type { Output } from '../cli-output';
import { openCore } from './open-core';

/** fingood undo | redo | history: the persisted change log, from scripts too. */
export async function undoCommand(cmd: ParsedCommand, out: Output): Promise<number> {
  const core = await openCore(cmd.global);
  try {
    const r = await core.call('ledger.undo', {});
    out.result(r, () => (r.undone ? `Undone: ${r.undone}` : 'Nothing to undo.'));
    return 0;
  } finally {
    await core.close();
  }
}

export async function redoCommand(cmd: ParsedCommand, out: Output): Promise<number> {
  const core = await openCore(cmd.global);
  try {
    const r = await core.call('ledger.redo', {});
    out.result(r, () => (r.redone ? `Redone: ${r.redone}` : 'Nothing to redo.'));
    return 0;
  } finally {
    await core.close();
  }
}

export async function historyCommand(cmd: ParsedCommand, out: Output): Promise<number> {
  const limit = intOption(cmd.values, 'limit', 50, 500) || 50;
  const core = await openCore(cmd.global);
  try {
    const history = await core.call('ledger.history', { limit });
    out.result({ history }, () => history.length === 0 ? 'No changes yet.' : history.map((h) =>
      `${h.at.slice(0, 19).replace('T', ' ')}  ${h.undone ? '(undone) ' : ''}${h.label}`).join('\n'));
    return 0;
  } finally {
    await core.close();
  }
}
