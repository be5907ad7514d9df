/** The closed set of error codes that cross the contract (DESIGN.md §3). */
export const ERROR_CODES = [
  'ALREADY_IMPORTED', 'UNSUPPORTED_FORMAT', 'PARSE_FAILED', 'VALIDATION', 'NOT_FOUND', 'CONFLICT',
  'WRONG_KEY', 'LEDGER_CORRUPT', 'TOO_LARGE', 'CANCELLED', 'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorPayload {
  code: ErrorCode;
  /** What happened and what the user can do, in one or two sentences. */
  message: string;
  details?: Record<string, unknown>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };

/** An error meant for the user; anything else thrown inside the core becomes INTERNAL. */
export class AppError extends Error {
  constructor(readonly code: ErrorCode, message: string, readonly details?: Record<string, unknown>) {
    super(message);
    this.name = 'AppError';
  }

  toPayload(): ErrorPayload {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}

export function isErrorCode(v: unknown): v is ErrorCode {
  return typeof v === 'string' && (ERROR_CODES as readonly string[]).includes(v);
}

export function toErrorPayload(err: unknown): ErrorPayload {
  if (err instanceof AppError) return err.toPayload();
  if (err && typeof err === 'object' && 'code' in err && isErrorCode((err as { code: unknown }).code) && 'message' in err) {
    const e = err as { code: ErrorCode; message: string; details?: Record<string, unknown> };
    return e.details ? { code: e.code, message: e.message, details: e.details } : { code: e.code, message: e.message };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'INTERNAL', message: `Something went wrong inside FinGood: ${message}. Nothing was changed; try again, and report it if it repeats.` };
}
