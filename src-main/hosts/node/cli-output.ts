import { AppError, toErrorPayload, type ErrorCode, type ErrorPayload } from '../../../src-shared/contract/errors';

/** Exit codes scripts of bookkeeping firms depend on (DESIGN.md §3). */
export const EXIT = { ok: 0, internal: 1, usage: 2, conflict: 3, unreadable: 4, wrongKey: 5 } as const;

export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'ALREADY_IMPORTED':
    case 'CONFLICT':
      return EXIT.conflict;
    case 'PARSE_FAILED':
    case 'UNSUPPORTED_FORMAT':
    case 'VALIDATION':
    case 'TOO_LARGE':
      return EXIT.unreadable;
    case 'WRONG_KEY':
      return EXIT.wrongKey;
    case 'NOT_FOUND':
      return EXIT.usage;
    case 'LEDGER_CORRUPT':
    case 'CANCELLED':
    case 'INTERNAL':
      return EXIT.internal;
    default: {
      const never: never = code;
      return never;
    }
  }
}

/** A usage mistake on the command line: exit 2. */
export class UsageError extends Error {}

export interface Output {
  json: boolean;
  /** One JSON document on stdout (with --json) or text. */
  result(value: unknown, text: () => string): void;
  /** Human progress on stderr; silent with --json unless stderr is a terminal. */
  info(line: string): void;
}

export function createOutput(json: boolean): Output {
  return {
    json,
    result(value, text) {
      process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${text()}\n`);
    },
    info(line) {
      if (!json || process.stderr.isTTY) process.stderr.write(`${line}\n`);
    },
  };
}

/** Prints an error as the contract says and returns the exit code. */
export function reportError(err: unknown, json: boolean): number {
  let payload: ErrorPayload;
  let exit: number;
  if (err instanceof UsageError) {
    payload = { code: 'VALIDATION', message: err.message };
    exit = EXIT.usage;
  } else {
    payload = toErrorPayload(err);
    exit = exitCodeFor(payload.code);
  }
  if (json) {
    const error: Record<string, unknown> = { code: payload.code, message: payload.message };
    if (err instanceof AppError && err.details) Object.assign(error, err.details);
    process.stdout.write(`${JSON.stringify({ error }, null, 2)}\n`);
  } else {
    process.stderr.write(`fingood: ${payload.message}\n`);
  }
  return exit;
}
