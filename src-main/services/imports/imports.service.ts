import { randomUUID } from 'node:crypto';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { ApiHandlers } from '../../../src-shared/contract/api';
import { AppError } from '../../../src-shared/contract/errors';
import type { ImportJobInput } from '../../../src-shared/contract/import-protocol';
import { DEFAULT_LIMITS } from '../../../src-shared/domain/statements/types';
import type { Scheduler } from '../../jobs/scheduler';
import type { Ledger } from '../../ledger/open-ledger';
import { deleteBatch, findBatch, listBatches } from './batch.queries';
import type { EventSink } from '../../../src-shared/contract/events';

type ImportApi = Pick<ApiHandlers, 'imports.upload' | 'imports.start' | 'imports.batches' | 'imports.deleteBatch'>;

/**
 * Imports: files dropped in the UI are staged (uploaded) first; each file becomes one `import`
 * job. `stagingDir` holds uploaded bytes until their job ends.
 */
export function createImportsService(deps: { ledger: Ledger; scheduler: Scheduler; stagingDir: string; events: EventSink; bumpVersion(): number }): ImportApi {
  const staged = new Map<string, { path: string; name: string }>();
  return {
    async 'imports.upload'({ name, bytes }) {
      if (bytes.length > DEFAULT_LIMITS.maxBytes) {
        throw new AppError('TOO_LARGE', `${name} is larger than ${DEFAULT_LIMITS.maxBytes / 1024 / 1024} MB. Split it by date range and import the parts.`);
      }
      await mkdir(deps.stagingDir, { recursive: true, mode: 0o700 });
      const uploadId = randomUUID();
      const path = join(deps.stagingDir, uploadId);
      await writeFile(path, bytes, { mode: 0o600 });
      staged.set(uploadId, { path, name: basename(name) });
      return { uploadId };
    },
    async 'imports.start'({ files, account, fallbackAccount, hints }) {
      const inputs: ImportJobInput[] = [];
      for (const f of files) {
        if ('uploadId' in f) {
          const s = staged.get(f.uploadId);
          if (!s) throw new AppError('NOT_FOUND', `The upload of ${f.name} is gone; drop the file again.`);
          staged.delete(f.uploadId);
          inputs.push({ fileName: basename(f.name), path: s.path, staged: true, account: account ?? null, fallbackAccount: fallbackAccount ?? null, ...(hints ? { hints } : {}) });
        } else {
          const path = resolve(f.path);
          const st = await stat(path).catch(() => null);
          if (!st?.isFile()) throw new AppError('NOT_FOUND', `${f.path} is not a file FinGood can read. Check the path.`);
          inputs.push({ fileName: basename(f.name), path, staged: false, account: account ?? null, fallbackAccount: fallbackAccount ?? null, ...(hints ? { hints } : {}) });
        }
      }
      const jobs = [];
      for (const input of inputs) {
        const job = await deps.scheduler.enqueue('import', input.fileName, input);
        jobs.push({ jobId: job.id, fileName: input.fileName });
      }
      return { jobs };
    },
    'imports.batches': () => listBatches(deps.ledger.db),
    async 'imports.deleteBatch'({ id }) {
      const batch = await findBatch(deps.ledger.db, id);
      if (!batch || batch.state !== 'committed') {
        throw new AppError('NOT_FOUND', `There is no imported batch ${id}. List them with "fingood batches".`);
      }
      deleteBatch(deps.ledger.sqlite, id, batch.file_name);
      deps.events.emit('ledger.changed', { tables: ['transactions', 'import_batches'], version: deps.bumpVersion() });
      return { batchId: id, fileName: batch.file_name, rows: batch.row_count };
    },
  };
}
