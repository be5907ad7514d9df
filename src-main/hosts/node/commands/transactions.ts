import { intOption, type ParsedCommand } from '../cli-args';
import type { Output } from '../cli-output';
import { openCore } from './open-core';

export async function transactionsCommand(cmd: ParsedCommand, out: Output): Promise<number> {
  const limit = intOption(cmd.values, 'limit', 100, 1000) || 100;
  const offset = intOption(cmd.values, 'offset', 0, Number.MAX_SAFE_INTEGER);
  const core = await openCore(cmd.global);
  try {
    const page = await core.call('transactions.list', { limit, offset });
    out.result(page, () => [
      ...page.transactions.map((t) => `${t.date}  ${t.amount.padStart(12)} ${t.currency}  ${t.account.padEnd(16).slice(0, 16)}  ${t.payee || t.description}`),
      `${page.transactions.length} of ${page.total} transactions`,
    ].join('\n'));
    return 0;
  } finally {
    await core.close();
  }
}
