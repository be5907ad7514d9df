import { AppError } from '../../src-shared/contract/errors';
import { StatementError } from '../../src-shared/domain/statements/types';

/** A parser's whole-file refusal as a contract error naming the file. */
export function toAppError(err: unknown, fileName: string): unknown {
  if (err instanceof StatementError) {
    return new AppError(err.code, `${fileName}: ${err.message}`, { fileName });
  }
  return err;
}
