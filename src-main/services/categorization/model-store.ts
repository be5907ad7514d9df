import type Database from 'better-sqlite3-multiple-ciphers';

export interface StoredModel {
  id: number;
  active: boolean;
  trainedOn: number;
  createdAt: string;
  metrics: Record<string, unknown>;
}

interface Row { id: number; active: number; trained_on: number; created_at: string; metrics: string }

export function listModels(sqlite: Database.Database): StoredModel[] {
  return (sqlite.prepare('SELECT id, active, trained_on, created_at, metrics FROM models ORDER BY id DESC LIMIT 20').all() as Row[])
    .map((r) => ({ id: r.id, active: r.active === 1, trainedOn: r.trained_on, createdAt: r.created_at, metrics: JSON.parse(r.metrics) as Record<string, unknown> }));
}

/** The serialized active model, or null before the first training. */
export function activeModel(sqlite: Database.Database): { id: number; model: unknown; metrics: Record<string, unknown> } | null {
  const r = sqlite.prepare('SELECT id, model, metrics FROM models WHERE active = 1 ORDER BY id DESC LIMIT 1').get() as { id: number; model: string; metrics: string } | undefined;
  return r ? { id: r.id, model: JSON.parse(r.model) as unknown, metrics: JSON.parse(r.metrics) as Record<string, unknown> } : null;
}

/** Keeps every model's metrics; `activate` makes this one the model in use (A/B winner). */
export function saveModel(sqlite: Database.Database, m: { kind: string; model: unknown; metrics: Record<string, unknown>; trainedOn: number; activate: boolean }): number {
  return sqlite.transaction(() => {
    if (m.activate) sqlite.prepare('UPDATE models SET active = 0 WHERE active = 1').run();
    return Number(sqlite.prepare('INSERT INTO models (kind, active, metrics, model, trained_on, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(m.kind, m.activate ? 1 : 0, JSON.stringify(m.metrics), JSON.stringify(m.model), m.trainedOn, new Date().toISOString()).lastInsertRowid);
  })();
}

/** Feedback rows since the active model was trained (drives background retraining). */
export function feedbackSinceTraining(sqlite: Database.Database): number {
  const since = sqlite.prepare('SELECT created_at FROM models WHERE active = 1 ORDER BY id DESC LIMIT 1').get() as { created_at: string } | undefined;
  const r = sqlite.prepare('SELECT count(*) AS n FROM categorization_feedback WHERE created_at > ?').get(since?.created_at ?? '') as { n: number };
  return r.n;
}

/** Merchants the user corrected to the same category again and again: offered as rules. */
export function ruleOffers(sqlite: Database.Database, minCorrections = 3): { merchant: string; category: string; corrections: number }[] {
  return sqlite.prepare(`SELECT f.merchant_key AS merchant, c.name AS category, count(*) AS corrections
      FROM categorization_feedback f JOIN accounts c ON c.id = f.category_id
      WHERE f.kind = 'correct' AND f.merchant_key IS NOT NULL AND f.merchant_key <> ''
        -- a merchant a rule already names is no longer offered
        AND NOT EXISTS (SELECT 1 FROM rules r WHERE instr(lower(r.conditions), lower(f.merchant_key)) > 0)
      GROUP BY f.merchant_key, f.category_id HAVING count(*) >= ?
      ORDER BY corrections DESC LIMIT 20`).all(minCorrections) as { merchant: string; category: string; corrections: number }[];
}

/** Labelled history for training: the user's decisions and imported categories. */
export function trainingExamples(sqlite: Database.Database): { payee: string; description: string; amountMinor: number; date: string; account: string; category: string }[] {
  return sqlite.prepare(`SELECT t.payee, t.description, t.amount_minor AS amountMinor, t.date, a.name AS account, c.name AS category
      FROM visible_transactions t JOIN accounts a ON a.id = t.account_id JOIN accounts c ON c.id = t.category_id
      WHERE t.category_source IN ('user', 'imported') AND c.archived = 0
      ORDER BY t.date, t.id`).all() as { payee: string; description: string; amountMinor: number; date: string; account: string; category: string }[];
}
