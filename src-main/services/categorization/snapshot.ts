import type Database from 'better-sqlite3-multiple-ciphers';
import type { CategorizationSnapshot } from '../../../src-shared/contract/import-protocol';
import { loadRules } from '../rules/rules.queries';
import { activeModel } from './model-store';

/** Until a model has shown on held-out history which confidence is ≥ 99 % right, nothing from it is auto-applied. */
export const NO_AUTO_APPLY = 1.01;

/** The categorization layers' inputs, read once (an import's start, or one suggestion). */
export function readSnapshot(sqlite: Database.Database): CategorizationSnapshot {
  const memoryRows = sqlite.prepare(`SELECT m.merchant_key AS key, c.name AS category, m.confirmations
    FROM merchant_memory m JOIN accounts c ON c.id = m.category_id WHERE c.archived = 0`).all() as { key: string; category: string; confirmations: number }[];
  const memory: Record<string, { category: string; confirmations: number }> = {};
  for (const r of memoryRows) memory[r.key] = { category: r.category, confirmations: r.confirmations };
  const categories = (sqlite.prepare(`SELECT DISTINCT name FROM accounts WHERE kind IN ('income','expense') AND archived = 0 ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
  const model = activeModel(sqlite);
  const threshold = Number((model?.metrics as { threshold?: unknown } | undefined)?.threshold);
  return {
    rules: loadRules(sqlite).filter((r) => r.enabled), memory, model: model?.model ?? null, categories,
    threshold: Number.isFinite(threshold) ? threshold : NO_AUTO_APPLY,
  };
}
