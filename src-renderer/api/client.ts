import type { ApiInput, ApiMethod, ApiOutput } from '../../src-shared/contract/api';
import type { ErrorCode, ErrorPayload } from '../../src-shared/contract/errors';
import type { AppEventName, AppEvents } from '../../src-shared/contract/events';
import type { Transport } from './transport';

/** A failed call, carrying the contract's error: `message` is written for the user. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(payload: ErrorPayload) {
    super(payload.message);
    this.name = 'ApiError';
    this.code = payload.code;
    this.details = payload.details;
  }
}

/** The typed client: method names, inputs and outputs all come from the contract. */
export interface ApiClient {
  call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>>;
  on<E extends AppEventName>(event: E, cb: (payload: AppEvents[E]) => void): () => void;
  /** Stages a file for `imports.start`; resolves to its upload id. */
  upload(name: string, data: Blob): Promise<string>;
}

export function createApiClient(transport: Transport): ApiClient {
  return {
    async call(method, input) {
      const r = await transport.invoke(method, input);
      if (!r.ok) throw new ApiError(r.error);
      return r.value as never;
    },
    on: (event, cb) => transport.on(event, cb),
    async upload(name, data) {
      const r = await transport.upload(name, data);
      if (!r.ok) throw new ApiError(r.error);
      return r.value.uploadId;
    },
  };
}

/** The message to show for anything a call threw. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error && err.message) return err.message;
  return 'Something went wrong. Try again.';
}
