import type { AppEventName, AppEvents } from '../../src-shared/contract/events';
import type { ErrorPayload, Result } from '../../src-shared/contract/errors';

/**
 * How the renderer reaches the core: Electron's preload bridge or the serve host's
 * WebSocket. A transport never throws for a failed call; failures come back as Results.
 */
export interface Transport {
  invoke(method: string, args: unknown): Promise<Result<unknown>>;
  on<E extends AppEventName>(event: E, cb: (payload: AppEvents[E]) => void): () => void;
  /** Stages a file's bytes for `imports.start`. */
  upload(name: string, data: Blob): Promise<Result<{ uploadId: string }>>;
}

export function failure(message: string, code: ErrorPayload['code'] = 'INTERNAL'): { ok: false; error: ErrorPayload } {
  return { ok: false, error: { code, message } };
}

/** Whatever crossed the wire must look like a Result before the client trusts it. */
export function asResult(value: unknown): Result<unknown> {
  if (value && typeof value === 'object' && 'ok' in value) {
    const v = value as { ok: unknown; value?: unknown; error?: unknown };
    if (v.ok === true) return { ok: true, value: v.value };
    const e = v.error as Partial<ErrorPayload> | undefined;
    if (v.ok === false && e && typeof e.code === 'string' && typeof e.message === 'string') {
      return { ok: false, error: e as ErrorPayload };
    }
  }
  return failure('FinGood sent an answer this window does not understand. Reload the window and try again.');
}
