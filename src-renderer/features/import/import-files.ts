import type { ApiClient } from '../../api/client';
import { ApiError, errorMessage } from '../../api/client';
import type { ImportAction } from './import-jobs';

/** imports.start takes at most this many files per call (the contract's limit). */
const MAX_FILES_PER_START = 100;

export interface DroppedFile {
  name: string;
  data: Blob;
}

/**
 * Uploads each dropped file, then starts one import job per file. Every file gets an entry
 * at once, and every entry ends as a job or as a refusal the user can read: no file is
 * silently dropped.
 */
export async function importFiles(
  api: ApiClient, files: DroppedFile[], account: string, dispatch: (a: ImportAction) => void, newKey: () => string,
): Promise<void> {
  const items = files.map((f) => ({ file: f, key: newKey() }));
  for (const it of items) dispatch({ type: 'added', key: it.key, fileName: it.file.name });

  const uploaded = await Promise.all(items.map(async (it) => {
    try {
      return { ...it, uploadId: await api.upload(it.file.name, it.file.data) };
    } catch (err) {
      dispatch({ type: 'rejected', key: it.key, error: asPayload(err) });
      return null;
    }
  }));
  const ready = uploaded.filter((u): u is NonNullable<typeof u> => u !== null);
  const name = account.trim();

  for (let i = 0; i < ready.length; i += MAX_FILES_PER_START) {
    const chunk = ready.slice(i, i + MAX_FILES_PER_START);
    try {
      const started = await api.call('imports.start', {
        files: chunk.map((u) => ({ name: u.file.name, uploadId: u.uploadId })),
        ...(name ? { account: name } : {}),
      });
      // The core answers one job per file, in the order given.
      chunk.forEach((u, j) => {
        const job = started.jobs[j];
        if (job) dispatch({ type: 'started', key: u.key, jobId: job.jobId });
        else dispatch({ type: 'rejected', key: u.key, error: { code: 'INTERNAL', message: 'FinGood did not start an import for this file. Drop it again.' } });
      });
    } catch (err) {
      for (const u of chunk) dispatch({ type: 'rejected', key: u.key, error: asPayload(err) });
    }
  }
}

function asPayload(err: unknown): { code: string; message: string } {
  return { code: err instanceof ApiError ? err.code : 'INTERNAL', message: errorMessage(err) };
}
