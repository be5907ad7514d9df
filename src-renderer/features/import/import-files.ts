import type { ApiClient } from '../../api/client';
import { ApiError, errorMessage } from '../../api/client';
import type { ImportAction } from './import-jobs';

/** imports.start takes at most this many files per call (the contract's limit). */
const MAX_FILES_PER_START = 100;

export interface DroppedFile {
  name: string;
  data: Blob;
}

/** A file the host can read itself (the desktop app's File › Import… dialog). */
export interface FileOnDisk {
  name: string;
  path: string;
}

type StartRef = { name: string; uploadId: string } | FileOnDisk;

/**
 * Uploads each dropped file, then starts one import job per file. Every file gets an entry
 * at once, and every entry ends as a job or as a refusal the user can read: no file is
 * silently dropped. `fallbackAccount` (the Account box) is used only for statements that
 * name no account of their own.
 */
export async function importFiles(
  api: ApiClient, files: DroppedFile[], fallbackAccount: string, dispatch: (a: ImportAction) => void, newKey: () => string,
): Promise<void> {
  const items = files.map((f) => ({ file: f, key: newKey() }));
  for (const it of items) dispatch({ type: 'added', key: it.key, fileName: it.file.name, sending: true });

  const uploaded = await Promise.all(items.map(async (it) => {
    try {
      return { key: it.key, ref: { name: it.file.name, uploadId: await api.upload(it.file.name, it.file.data) } };
    } catch (err) {
      dispatch({ type: 'rejected', key: it.key, error: asPayload(err) });
      return null;
    }
  }));
  await startJobs(api, uploaded.filter((u) => u !== null), fallbackAccount, dispatch);
}

/** Files named by path: no upload, the core reads them where they are. */
export async function importPaths(
  api: ApiClient, files: FileOnDisk[], fallbackAccount: string, dispatch: (a: ImportAction) => void, newKey: () => string,
): Promise<void> {
  const items = files.map((f) => ({ key: newKey(), ref: { name: f.name, path: f.path } }));
  for (const it of items) dispatch({ type: 'added', key: it.key, fileName: it.ref.name, sending: false });
  await startJobs(api, items, fallbackAccount, dispatch);
}

async function startJobs(
  api: ApiClient, ready: { key: string; ref: StartRef }[], fallbackAccount: string, dispatch: (a: ImportAction) => void,
): Promise<void> {
  const name = fallbackAccount.trim();
  for (let i = 0; i < ready.length; i += MAX_FILES_PER_START) {
    const chunk = ready.slice(i, i + MAX_FILES_PER_START);
    try {
      const started = await api.call('imports.start', {
        files: chunk.map((u) => u.ref),
        ...(name ? { fallbackAccount: name } : {}),
      });
      // The core answers one job per file, in the order given.
      chunk.forEach((u, j) => {
        const job = started.jobs[j];
        if (job) dispatch({ type: 'started', key: u.key, jobId: job.jobId });
        else dispatch({ type: 'rejected', key: u.key, error: { code: 'INTERNAL', message: 'FinGood did not start an import for this file. Import it again.' } });
      });
    } catch (err) {
      for (const u of chunk) dispatch({ type: 'rejected', key: u.key, error: asPayload(err) });
    }
  }
}

function asPayload(err: unknown): { code: string; message: string } {
  return { code: err instanceof ApiError ? err.code : 'INTERNAL', message: errorMessage(err) };
}
