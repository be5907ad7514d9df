import type { ParsedCommand } from '../cli-args';
import { UsageError, type Output } from '../cli-output';
import { openCore } from './open-core';

const USAGE = 'Usage: fingood categories [list] | add NAME [--income] [--parent NAME] | rename ID NAME | merge FROM_ID INTO_ID | archive ID | restore ID';

/** The chart of categories: list, add, rename, merge, archive (each undoable with "fingood undo"). */
export async function categoriesCommand(cmd: ParsedCommand, out: Output): Promise<number> {
  const [sub = 'list', a, b] = cmd.positionals;
  const num = (v: string | undefined, what: string) => {
    const n = Number(v);
    if (!v || !Number.isInteger(n) || n <= 0) throw new UsageError(`${what} must be a category id (see "fingood categories"). ${USAGE}`);
    return n;
  };
  const core = await openCore(cmd.global);
  try {
    switch (sub) {
      case 'list': {
        const list = await core.call('categories.list', { includeArchived: !!cmd.values.all });
        out.result({ categories: list }, () => list.map((c) => `${String(c.id).padStart(4)}  ${c.kind.padEnd(7)}  ${c.parent ? `${c.parent} › ` : ''}${c.name}${c.archived ? ' (archived)' : ''}`).join('\n'));
        return 0;
      }
      case 'add': {
        if (!a) throw new UsageError(USAGE);
        const parent = typeof cmd.values.parent === 'string' ? cmd.values.parent : undefined;
        const c = await core.call('categories.add', { name: a, kind: cmd.values.income ? 'income' : 'expense', parent });
        out.result({ category: c }, () => `Added ${c.kind} category ${c.parent ? `${c.parent} › ` : ''}${c.name} (id ${c.id}).`);
        return 0;
      }
      case 'rename': {
        if (!b) throw new UsageError(USAGE);
        const c = await core.call('categories.rename', { id: num(a, 'ID'), name: b });
        out.result({ category: c }, () => `Renamed to ${c.name}.`);
        return 0;
      }
      case 'merge': {
        const r = await core.call('categories.merge', { from: num(a, 'FROM_ID'), into: num(b, 'INTO_ID') });
        out.result(r, () => `Moved ${r.moved} transactions into ${r.into.name}; the old category is archived.`);
        return 0;
      }
      case 'archive':
      case 'restore': {
        const c = await core.call('categories.archive', { id: num(a, 'ID'), archived: sub === 'archive' });
        out.result({ category: c }, () => `${c.name} is ${c.archived ? 'archived' : 'active again'}.`);
        return 0;
      }
      default:
        throw new UsageError(`Unknown "categories ${sub}". ${USAGE}`);
    }
  } finally {
    await core.close();
  }
}
