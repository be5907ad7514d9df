import { basename } from 'node:path';
import { AppError } from '../../../../src-shared/contract/errors';
import type { JobView } from '../../../../src-shared/contract/views';
import { UsageError, type Output } from '../cli-output';
import type { ParsedCommand } from '../cli-args';
import { openCore } from './open-core';
import { hintsFrom } from './parse';

/**
 * fingood import FILE… : one job per file, run in forked workers; waits for all of them.
 * With one file, a failure is the command's error (and exit code); with several, every
 * file's outcome is listed and the exit code is the first failure's.
 */
export async function importCommand(cmd: ParsedCommand, out: Output): Promise<number> {
  if (cmd.positionals.length === 0) throw new UsageError('Which file? Usage: fingood import FILE [FILE…] [--account NAME]');
  const account = typeof cmd.values.account === 'string' ? cmd.values.account : undefined;
  const core = await openCore(cmd.global, { worker: true });
  const stopProgress = core.events.on('job.progress', (job) => {
    const p = job.progress;
    if (p) out.info(`${job.label}: ${p.phase} ${p.total ? `${p.done}/${p.total}` : ''} ${Math.round(p.fraction * 100)}%`);
  });
  try {
    const hints = hintsFrom(cmd.values);
    const started = await core.call('imports.start', {
      files: cmd.positionals.map((path) => ({ name: basename(path), path })),
      account,
      ...(Object.keys(hints).length ? { hints } : {}),
    });
    const jobs: JobView[] = [];
    for (const j of started.jobs) jobs.push(await core.scheduler.whenFinished(j.jobId));
    const failed = jobs.filter((j) => j.state !== 'succeeded');
    if (jobs.length === 1 && failed.length === 1) {
      const e = failed[0]!.error!;
      throw new AppError(e.code as never, e.message, e.details);
    }
    const imports = jobs.map(toImportResult);
    const value = jobs.length === 1 ? imports[0] : { imports };
    out.result(value, () => imports.map((i) => i.error
      ? `${i.fileName}: ${i.error.message}`
      : `${i.fileName}: ${plural(Number(i.rows), 'row')} imported into ${i.account} (${i.format}, batch ${String(i.batchId).slice(0, 12)}…)` +
        `${i.duplicatesSkipped ? `, ${plural(Number(i.duplicatesSkipped), 'row')} already in the ledger skipped` : ''}` +
        `${i.possibleDuplicates ? `, ${plural(Number(i.possibleDuplicates), 'possible duplicate')} to review` : ''}` +
        `${i.errors ? `, ${plural(Number(i.errors), 'row')} could not be read` : ''}`).join('\n'));
    if (failed.length) {
      const { exitCodeFor } = await import('../cli-output');
      return exitCodeFor(failed[0]!.error!.code as never);
    }
    return 0;
  } finally {
    stopProgress();
    await core.close();
  }
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

function toImportResult(job: JobView) {
  if (job.state !== 'succeeded') {
    return { jobId: job.id, fileName: job.label, state: job.state, error: job.error };
  }
  const r = job.result ?? {};
  return {
    jobId: job.id, fileName: job.label, state: job.state, batchId: r.batchId, format: r.format,
    account: r.account, rows: r.rows, duplicatesSkipped: r.duplicatesSkipped, possibleDuplicates: r.possibleDuplicates,
    errors: r.errors, error: null,
  };
}
