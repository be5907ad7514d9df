import { parseDecimalToMinor } from '../../../../src-shared/domain/money/decimal';
import { intOption, type ParsedCommand } from '../cli-args';
import { UsageError, type Output } from '../cli-output';
import { openCore } from './open-core';

/** fingood categorize --id ID | --ids A,B,C --category NAME: the user's correction, remembered. */
export async function categorizeCommand(cmd: ParsedCommand, out: Output): Promise<number> {
  const raw = [cmd.values.id, cmd.values.ids].filter((v): v is string => typeof v === 'string').join(',');
  const ids = raw.split(',').map((s) => s.trim()).filter(Boolean).map(Number);
  const category = typeof cmd.values.category === 'string' ? cmd.values.category : undefined;
  if (ids.length === 0 || ids.some((n) => !Number.isInteger(n) || n <= 0) || !category) {
    throw new UsageError('Usage: fingood categorize --id ID | --ids A,B,C --category NAME');
  }
  const core = await openCore(cmd.global);
  try {
    const r = await core.call('categorization.categorize', { ids, category });
    out.result(r, () => `Filed ${r.changed} transaction${r.changed === 1 ? '' : 's'} under ${category}; FinGood will remember ${r.memory.join(', ') || 'it'}.`);
    return 0;
  } finally {
    await core.close();
  }
}

/** fingood suggest --description TEXT --amount N [--payee P]: what FinGood would file it under, and why. */
export async function suggestCommand(cmd: ParsedCommand, out: Output): Promise<number> {
  const description = typeof cmd.values.description === 'string' ? cmd.values.description : undefined;
  const amount = typeof cmd.values.amount === 'string' ? parseDecimalToMinor(cmd.values.amount, { decimal: '.' }) : null;
  if (!description || amount === null) throw new UsageError('Usage: fingood suggest --description TEXT --amount -12.50 [--payee NAME] --json');
  const payee = typeof cmd.values.payee === 'string' ? cmd.values.payee : '';
  const core = await openCore(cmd.global);
  try {
    const suggestions = await core.call('categorization.suggest', { description, payee, amountMinor: amount });
    out.result({ suggestions }, () => suggestions.length === 0 ? 'No suggestion.' : suggestions.map((s) =>
      `${s.category.padEnd(28)} ${String(Math.round(s.confidence * 100)).padStart(3)} %  ${s.reason}`).join('\n'));
    return 0;
  } finally {
    await core.close();
  }
}

/** fingood train: retrains the model in a worker; the new one is used only if it wins on held-out history. */
export async function trainCommand(cmd: ParsedCommand, out: Output): Promise<number> {
  const core = await openCore(cmd.global, { worker: true });
  const stop = core.events.on('job.progress', (j) => {
    if (j.kind === 'train' && j.progress) out.info(`training: ${j.progress.phase} ${Math.round(j.progress.fraction * 100)}%`);
  });
  try {
    const job = await core.call('categorization.train', {});
    const done = await core.scheduler.whenFinished(job.id);
    if (done.state !== 'succeeded') {
      const { AppError } = await import('../../../../src-shared/contract/errors');
      throw new AppError((done.error?.code ?? 'INTERNAL') as never, done.error?.message ?? 'Training failed.');
    }
    out.result(done.result, () => JSON.stringify(done.result, null, 2));
    return 0;
  } finally {
    stop();
    await core.close();
  }
}

/** fingood review: the rows waiting for a decision, with their suggestions. */
export async function reviewCommand(cmd: ParsedCommand, out: Output): Promise<number> {
  const limit = intOption(cmd.values, 'limit', 100, 1000) || 100;
  const core = await openCore(cmd.global);
  try {
    const page = await core.call('categorization.review', { limit, offset: intOption(cmd.values, 'offset', 0, 1e9) });
    out.result(page, () => [
      ...page.transactions.map((t) => `${String(t.id).padStart(7)}  ${t.date}  ${t.amount.padStart(10)}  ${(t.payee || t.description).slice(0, 36).padEnd(36)}  ${t.suggestions.map((s) => `${s.category} ${Math.round(s.confidence * 100)}%`).join(' | ')}`),
      `${page.transactions.length} of ${page.total} waiting for review`,
    ].join('\n'));
    return 0;
  } finally {
    await core.close();
  }
}
