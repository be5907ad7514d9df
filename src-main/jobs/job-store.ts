import type { Kysely } from 'kysely';
import type { ErrorPayload } from '../../src-shared/contract/errors';
import type { JobKind, JobProgress, JobState, JobView } from '../../src-shared/contract/views';
import type { DB, JobsTable } from '../ledger/schema';

type JobRow = Omit<JobsTable, never>;

export function toJobView(row: JobRow): JobView {
  return {
    id: row.id,
    kind: row.kind as JobKind,
    state: row.state,
    label: row.label,
    progress: row.progress ? (JSON.parse(row.progress) as JobProgress) : null,
    result: row.result ? (JSON.parse(row.result) as Record<string, unknown>) : null,
    error: row.error ? (JSON.parse(row.error) as ErrorPayload) : null,
    attempts: row.attempts,
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}

export async function insertJob(db: Kysely<DB>, job: { id: string; kind: JobKind; label: string; input: unknown }): Promise<JobView> {
  const row: JobRow = {
    id: job.id, kind: job.kind, state: 'queued', label: job.label, input: JSON.stringify(job.input),
    progress: null, result: null, error: null, attempts: 0, checkpoint: null,
    created_at: new Date().toISOString(), started_at: null, finished_at: null,
  };
  await db.insertInto('jobs').values(row).execute();
  return toJobView(row);
}

export async function getJobRow(db: Kysely<DB>, id: string): Promise<JobRow | undefined> {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listJobs(db: Kysely<DB>, limit: number): Promise<JobView[]> {
  const rows = await db.selectFrom('jobs').selectAll().orderBy('created_at', 'desc').orderBy('id').limit(limit).execute();
  return rows.map(toJobView);
}

export async function markRunning(db: Kysely<DB>, id: string): Promise<void> {
  await db.updateTable('jobs')
    .set((eb) => ({ state: 'running', started_at: new Date().toISOString(), attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id).execute();
}

export async function finishJob(
  db: Kysely<DB>, id: string, state: Extract<JobState, 'succeeded' | 'failed' | 'cancelled'>,
  outcome: { result?: Record<string, unknown>; error?: ErrorPayload; progress?: JobProgress },
): Promise<void> {
  await db.updateTable('jobs').set({
    state,
    result: outcome.result ? JSON.stringify(outcome.result) : null,
    error: outcome.error ? JSON.stringify(outcome.error) : null,
    ...(outcome.progress ? { progress: JSON.stringify(outcome.progress) } : {}),
    finished_at: new Date().toISOString(),
  }).where('id', '=', id).execute();
}

/** Jobs a killed process left 'running' (or never started). */
export async function unfinishedJobs(db: Kysely<DB>): Promise<JobRow[]> {
  return db.selectFrom('jobs').selectAll().where('state', 'in', ['queued', 'running']).orderBy('created_at').execute();
}
