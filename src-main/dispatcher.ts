import { API_SCHEMAS, isApiMethod, type ApiHandlers, type ApiMethod } from '../src-shared/contract/api';
import { AppError, toErrorPayload, type Result } from '../src-shared/contract/errors';

export type Dispatch = (method: string, args: unknown) => Promise<Result<unknown>>;

/**
 * The one entry every host's transport calls. Unknown methods are refused and every argument
 * is parsed with the method's schema: whatever sent it (a renderer, a browser tab) is untrusted.
 */
/** Runs a call's handler; the app core passes the ledger's write gate (every call may write). */
export type Around = <T>(run: () => Promise<T>) => Promise<T>;

export function createDispatcher(handlers: ApiHandlers, around: Around = (run) => run()): Dispatch {
  return async (method, args) => {
    try {
      if (!isApiMethod(method)) {
        throw new AppError('VALIDATION', `"${String(method).slice(0, 80)}" is not a FinGood method.`);
      }
      const parsed = API_SCHEMAS[method].safeParse(args ?? {});
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new AppError('VALIDATION',
          `Invalid arguments for ${method}: ${issue ? `${issue.path.join('.') || 'input'} ${issue.message}` : 'malformed'}.`,
          { issues: parsed.error.issues.slice(0, 10).map((i) => ({ path: i.path.join('.'), message: i.message })) });
      }
      const handler = handlers[method] as (input: unknown) => unknown;
      const value = await around(async () => handler(parsed.data));
      return { ok: true, value };
    } catch (err) {
      return { ok: false, error: toErrorPayload(err) };
    }
  };
}

export type { ApiMethod };
