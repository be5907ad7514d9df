import { randomUUID } from 'node:crypto';
import { AppError, toErrorPayload } from '../../src-shared/contract/errors';
import type { EventSink } from '../../src-shared/contract/events';
import type { JobKind, JobProgress, JobView } from '../../src-shared/contract/views';
import type { Ledger } from '../ledger/open-ledger';
import {
  finishJob, getJobRow, insertJob, listJobs, markRunning, toJobView, unfinishedJobs,
} from './job-store';
import { ProgressThrottle } from './progress-throttle';

export interface JobContext {
  jobId: string;
  label: string;
  input: unknown;
  signal: AbortSignal;
  progress(p: JobProgress): void;
}

export interface JobHandler {
  concurrency: number;
  run(ctx: JobContext): Promise<Record<string, unknown>>;
  /** At start, before any job runs: undo what a killed process left half-done. */
  recover?(): Promise<void>;
}

export interface Scheduler {
  enqueue(kind: JobKind, label: string, input: unknown): Promise<JobView>;
  cancel(id: string): Promise<JobView>;
  get(id: string): Promise<JobView>;
  list(limit: number): Promise<JobView[]>;
  /** Resolves when the job has reached a final state. */
  whenFinished(id: string): Promise<JobView>;
  /** Recovers interrupted jobs; call once at start. */
  start(): Promise<void>;
  /** Cancels running jobs and waits for them. */
  close(): Promise<void>;
}

/**
 * Persistent jobs: queued -> running -> succeeded | failed | cancelled. Concurrency is limited
 * per kind. Progress is forwarded as events, throttled to 10 per second per job; a running
 * job's progress is kept in memory (writing it ten times a second would make an import's
 * writer stop for main ten times a second) and stored with the job when it ends.
 */
export function createScheduler(deps: { ledger: Ledger; events: EventSink; handlers: Partial<Record<JobKind, JobHandler>> }): Scheduler {
  const { db, gate } = deps.ledger;
  const live = new Map<string, JobProgress>();
  const withLive = (v: JobView): JobView => (live.has(v.id) ? { ...v, progress: live.get(v.id)! } : v);
  const queue: { id: string; kind: JobKind }[] = [];
  const running = new Map<string, { kind: JobKind; abort: AbortController; done: Promise<void> }>();
  const waiters = new Map<string, ((v: JobView) => void)[]>();
  let closing = false;

  const handlerFor = (kind: JobKind): JobHandler => {
    const h = deps.handlers[kind];
    if (!h) throw new AppError('VALIDATION', `FinGood cannot run "${kind}" jobs yet.`);
    return h;
  };
  const runningOf = (kind: JobKind) => [...running.values()].filter((r) => r.kind === kind).length;

  const pump = () => {
    if (closing) return;
    for (let i = 0; i < queue.length; i++) {
      const next = queue[i]!;
      if (runningOf(next.kind) >= handlerFor(next.kind).concurrency) continue;
      queue.splice(i--, 1);
      const abort = new AbortController();
      const done = execute(next.id, next.kind, abort.signal).finally(() => {
        running.delete(next.id);
        pump();
      });
      running.set(next.id, { kind: next.kind, abort, done });
    }
  };

  const execute = async (id: string, kind: JobKind, signal: AbortSignal) => {
    const row = await getJobRow(db, id);
    if (!row || row.state !== 'queued') return;
    await gate.run(() => markRunning(db, id));
    const throttle = new ProgressThrottle(100, async (p) => {
      live.set(id, p);
      const r = await getJobRow(db, id);
      if (r && r.state === 'running') deps.events.emit('job.progress', withLive(toJobView(r)));
    });
    let last: JobProgress | null = null;
    try {
      const result = await handlerFor(kind).run({
        jobId: id, label: row.label, input: JSON.parse(row.input), signal,
        progress: (p) => { last = p; throttle.push(p); },
      });
      await throttle.flush();
      const final: JobProgress = { ...(last ?? { phase: 'done', done: 0, total: 0, etaMs: 0 }), phase: 'done', fraction: 1, etaMs: 0 };
      await gate.run(() => finishJob(db, id, 'succeeded', { result, progress: final }));
    } catch (err) {
      await throttle.flush();
      const error = toErrorPayload(err);
      await gate.run(() => finishJob(db, id, error.code === 'CANCELLED' ? 'cancelled' : 'failed', { error, ...(last ? { progress: last } : {}) }));
    }
    live.delete(id);
    await announce(id);
  };

  const announce = async (id: string) => {
    const r = await getJobRow(db, id);
    if (!r) return;
    const view = toJobView(r);
    deps.events.emit('job.finished', view);
    for (const w of waiters.get(id) ?? []) w(view);
    waiters.delete(id);
  };

  const get = async (id: string) => {
    const r = await getJobRow(db, id);
    if (!r) throw new AppError('NOT_FOUND', `There is no job ${id}.`);
    return withLive(toJobView(r));
  };

  return {
    async enqueue(kind, label, input) {
      handlerFor(kind);
      const view = await gate.run(() => insertJob(db, { id: randomUUID(), kind, label, input }));
      queue.push({ id: view.id, kind });
      pump();
      return view;
    },
    async cancel(id) {
      const view = await get(id);
      const idx = queue.findIndex((q) => q.id === id);
      if (idx >= 0) {
        queue.splice(idx, 1);
        await gate.run(() => finishJob(db, id, 'cancelled', { error: { code: 'CANCELLED', message: `"${view.label}" was cancelled before it started.` } }));
        await announce(id);
      } else {
        running.get(id)?.abort.abort();
        await running.get(id)?.done;
      }
      return get(id);
    },
    get,
    list: async (limit) => (await listJobs(db, limit)).map(withLive),
    whenFinished(id) {
      return get(id).then((v) => {
        if (v.state !== 'queued' && v.state !== 'running') return v;
        return new Promise<JobView>((resolve) => {
          waiters.set(id, [...(waiters.get(id) ?? []), resolve]);
        });
      });
    },
    async start() {
      for (const h of Object.values(deps.handlers)) await h?.recover?.();
      for (const row of await unfinishedJobs(db)) {
        if (row.state === 'running') {
          await finishJob(db, row.id, 'failed', {
            error: {
              code: 'INTERNAL',
              message: `FinGood stopped while "${row.label}" was running; nothing from it was kept. Start it again.`,
              details: { reason: 'interrupted' },
            },
          });
        } else {
          queue.push({ id: row.id, kind: row.kind as JobKind });
        }
      }
      pump();
    },
    async close() {
      closing = true;
      for (const r of running.values()) r.abort.abort();
      await Promise.allSettled([...running.values()].map((r) => r.done));
    },
  };
}
