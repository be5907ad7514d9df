import { describe, expect, it } from 'vitest';
import type { JobView } from '../../../src-shared/contract/views';
import { importsReducer, type ImportAction, type ImportEntry } from './import-jobs';

const JOB = '0b6b8b9e-5a3c-4d2e-9d43-2f0f3c1e9a11';

function view(over: Partial<JobView>): JobView {
  return {
    id: JOB, kind: 'import', state: 'running', label: 'march.csv', progress: null, result: null, error: null,
    attempts: 1, createdAt: '2025-03-01T10:00:00Z', startedAt: null, finishedAt: null, ...over,
  };
}

const run = (actions: ImportAction[], start: ImportEntry[] = []) => actions.reduce(importsReducer, start);

describe('importsReducer', () => {
  it('follows a dropped file from upload through progress to its outcome', () => {
    const progress = { phase: 'writing', done: 12, total: 30, fraction: 0.58, etaMs: 900 };
    let s = run([{ type: 'added', key: 'local-1', fileName: 'march.csv', sending: true }]);
    expect(s[0]).toMatchObject({ status: 'uploading', fileName: 'march.csv', jobId: null });
    s = run([{ type: 'started', key: 'local-1', jobId: JOB }, { type: 'job', view: view({ progress }) }], s);
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ status: 'running', progress, jobId: JOB });
    s = run([{ type: 'job', view: view({
      state: 'succeeded', result: { rows: 30, duplicatesSkipped: 10, possibleDuplicates: 1, errors: 2, account: 'Checking', batchId: 'b' },
    }) }], s);
    expect(s[0]).toMatchObject({
      status: 'succeeded', progress, outcome: { rows: 30, account: 'Checking', skipped: 10, flagged: 1, unreadable: 2 },
    });
  });

  it('shows a file named by path (menu, dialog) as waiting, not as sending', () => {
    const s = run([{ type: 'added', key: 'm', fileName: 'from-menu.ofx', sending: false }]);
    expect(s[0]).toMatchObject({ status: 'queued', jobId: null, outcome: null });
  });

  it('merges events that came before imports.start answered into the dropped file', () => {
    const s = run([
      { type: 'added', key: 'local-1', fileName: 'other.csv', sending: true },
      { type: 'added', key: 'local-2', fileName: 'march.csv', sending: true },
      { type: 'job', view: view({ state: 'failed', error: { code: 'ALREADY_IMPORTED', message: 'march.csv was already imported' } }) },
      { type: 'started', key: 'local-2', jobId: JOB },
    ]);
    expect(s.map((e) => e.fileName)).toEqual(['march.csv', 'other.csv']);
    expect(s[0]).toMatchObject({ key: JOB, status: 'failed', error: { code: 'ALREADY_IMPORTED', message: 'march.csv was already imported' } });
  });

  it('never lets a late progress event revive a finished import', () => {
    const s = run([
      { type: 'added', key: 'l', fileName: 'march.csv', sending: true },
      { type: 'started', key: 'l', jobId: JOB },
      { type: 'job', view: view({ state: 'cancelled', error: { code: 'CANCELLED', message: 'cancelled' } }) },
      { type: 'job', view: view({ state: 'running', progress: { phase: 'writing', done: 1, total: 2, fraction: 0.5, etaMs: null } }) },
    ]);
    expect(s[0]!.status).toBe('cancelled');
  });

  it('shows imports started elsewhere, and ignores jobs that are not imports', () => {
    const s = run([
      { type: 'job', view: view({ label: 'from-menu.ofx' }) },
      { type: 'job', view: view({ id: 'other', kind: 'export', label: 'report.pdf' }) },
    ]);
    expect(s.map((e) => e.fileName)).toEqual(['from-menu.ofx']);
  });

  it('records an upload refused before it became a job', () => {
    const s = run([
      { type: 'added', key: 'l', fileName: 'huge.csv', sending: true },
      { type: 'rejected', key: 'l', error: { code: 'TOO_LARGE', message: 'too big' } },
    ]);
    expect(s[0]).toMatchObject({ status: 'failed', error: { code: 'TOO_LARGE', message: 'too big' } });
  });

  it('marks a job as cancelling until it finishes, and clears finished entries on request', () => {
    let s = run([
      { type: 'added', key: 'a', fileName: 'a.csv', sending: true }, { type: 'started', key: 'a', jobId: JOB },
      { type: 'added', key: 'b', fileName: 'b.csv', sending: true },
      { type: 'cancelling', jobId: JOB, on: true },
    ]);
    expect(s.find((e) => e.key === JOB)!.cancelling).toBe(true);
    s = run([{ type: 'job', view: view({ state: 'cancelled' }) }], s);
    expect(s.find((e) => e.key === JOB)).toMatchObject({ status: 'cancelled', cancelling: false });
    s = run([{ type: 'clearFinished' }], s);
    expect(s.map((e) => e.fileName)).toEqual(['b.csv']);
  });
});
