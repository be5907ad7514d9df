import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../api/client';
import { ApiError } from '../../api/client';
import { importFiles, importPaths } from './import-files';
import { importsReducer, type ImportAction } from './import-jobs';

function fakeApi(opts: { refuseUpload?: string; refuseStart?: boolean } = {}) {
  const starts: unknown[] = [];
  const api: ApiClient = {
    async upload(name) {
      if (name === opts.refuseUpload) throw new ApiError({ code: 'TOO_LARGE', message: `${name} is larger than 512 MB.` });
      return `up-${name}`;
    },
    async call(method: string, input: unknown) {
      if (method !== 'imports.start') throw new Error(`unexpected ${method}`);
      starts.push(input);
      if (opts.refuseStart) throw new ApiError({ code: 'NOT_FOUND', message: 'The upload is gone; drop the file again.' });
      const files = (input as { files: { name: string }[] }).files;
      return { jobs: files.map((f, i) => ({ jobId: `job-${i}-${f.name}`, fileName: f.name })) } as never;
    },
    on: () => () => undefined,
  };
  return { api, starts };
}

async function drop(api: ApiClient, names: string[], account: string) {
  const actions: ImportAction[] = [];
  let n = 0;
  await importFiles(api, names.map((name) => ({ name, data: new Blob([name]) })), account, (a) => actions.push(a), () => `k${++n}`);
  return actions.reduce(importsReducer, []);
}

describe('importFiles', () => {
  it('starts one job per file, with the account typed as the fallback for statements that name none', async () => {
    const { api, starts } = fakeApi();
    const entries = await drop(api, ['a.csv', 'b.ofx'], '  Savings ');
    expect(starts).toEqual([{ files: [{ name: 'a.csv', uploadId: 'up-a.csv' }, { name: 'b.ofx', uploadId: 'up-b.ofx' }], fallbackAccount: 'Savings' }]);
    expect(entries.map((e) => [e.fileName, e.status, e.jobId])).toEqual([
      ['b.ofx', 'queued', 'job-1-b.ofx'], ['a.csv', 'queued', 'job-0-a.csv'],
    ]);
  });

  it('sends no account when the field is empty, so the statement decides', async () => {
    const { api, starts } = fakeApi();
    await drop(api, ['a.ofx'], '   ');
    expect(starts).toEqual([{ files: [{ name: 'a.ofx', uploadId: 'up-a.ofx' }] }]);
  });

  it('reports a refused upload on its own file and still imports the others', async () => {
    const { api, starts } = fakeApi({ refuseUpload: 'huge.csv' });
    const entries = await drop(api, ['huge.csv', 'ok.csv'], 'Checking');
    expect(starts).toHaveLength(1);
    expect(entries.find((e) => e.fileName === 'huge.csv')).toMatchObject({
      status: 'failed', error: { code: 'TOO_LARGE', message: 'huge.csv is larger than 512 MB.' },
    });
    expect(entries.find((e) => e.fileName === 'ok.csv')!.status).toBe('queued');
  });

  it('shows the refusal of imports.start on every file of the drop', async () => {
    const { api } = fakeApi({ refuseStart: true });
    const entries = await drop(api, ['a.csv', 'b.csv'], 'Checking');
    expect(entries.map((e) => e.status)).toEqual(['failed', 'failed']);
    expect(entries[0]!.error!.message).toBe('The upload is gone; drop the file again.');
  });

  it('starts files named by path (the menu\'s Import…) without uploading them', async () => {
    const { api, starts } = fakeApi();
    const actions: ImportAction[] = [];
    await importPaths(api, [{ name: 'may.ofx', path: '/home/ann/may.ofx' }], 'Checking', (a) => actions.push(a), () => 'k1');
    expect(starts).toEqual([{ files: [{ name: 'may.ofx', path: '/home/ann/may.ofx' }], fallbackAccount: 'Checking' }]);
    expect(actions.reduce(importsReducer, [])).toMatchObject([{ fileName: 'may.ofx', status: 'queued', jobId: 'job-0-may.ofx' }]);
  });

  it('starts at most 100 files per call', async () => {
    const { api, starts } = fakeApi();
    const names = Array.from({ length: 150 }, (_, i) => `f${i}.csv`);
    const entries = await drop(api, names, 'Checking');
    expect(starts.map((s) => (s as { files: unknown[] }).files.length)).toEqual([100, 50]);
    expect(entries.every((e) => e.status === 'queued')).toBe(true);
  });
});
