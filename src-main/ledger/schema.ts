import type { Generated } from 'kysely';

/** Kysely table types: the ledger as the code sees it. Keep in step with migrations/. */
export interface AccountsTable {
  id: Generated<number>;
  name: string;
  kind: 'asset' | 'liability' | 'equity' | 'income' | 'expense';
  parent_id: number | null;
  /** IBAN or account number from statements; unique when set. */
  number: string | null;
  currency: string | null;
  archived: number;
  created_at: string;
}

export interface TransactionsTable {
  id: Generated<number>;
  account_id: number;
  /** The import batch (import_batches.seq), or null for a row entered by hand. */
  batch_seq: number | null;
  date: string;
  value_date: string | null;
  amount_minor: number;
  currency: string;
  payee: string;
  description: string;
  memo: string;
  reference: string | null;
  balance_minor: number | null;
  category_id: number | null;
  category_source: string | null;
  confidence: number | null;
  source_line: number | null;
  created_at: string;
  fingerprint: string | null;
  duplicate_of: number | null;
  duplicate_score: number | null;
  /** JSON array of sentences. */
  duplicate_reasons: string | null;
  /** JSON: top-3 { category, confidence, source, reason }, when the row has a list of its own. */
  suggestions: string | null;
  /** Or a list shared with rows alike (suggestion_sets.id). */
  suggestion_set: number | null;
  needs_review: number;
  merchant_key: string | null;
  /** JSON array of strings. */
  tags: string | null;
  deleted: Generated<number>;
  transfer_id: number | null;
}

export interface ImportBatchNumbersTable {
  seq: Generated<number>;
}

export interface SuggestionSetsTable {
  id: Generated<number>;
  json: string;
}

export interface ImportBatchesTable {
  /** SHA-256 of the file's bytes, hex. */
  id: string;
  /** The batch's number on its rows (transactions.batch_seq). */
  seq: number;
  /** Its rows' ids are at least this (one past the highest id given when the batch was created). */
  first_id: Generated<number>;
  /** …and at most this (the highest id given when it was committed); null while pending. */
  last_id: number | null;
  file_name: string;
  format: string;
  account_id: number;
  /**
   * Rows are visible only in a 'committed' batch. An interrupted 'pending' batch is removed at
   * start; a 'deleted' one stays until the same file is imported again, so deletion can be undone.
   */
  state: 'pending' | 'committed' | 'deleted';
  row_count: number;
  error_count: number;
  skipped_count: number;
  flagged_count: number;
  job_id: string | null;
  statement: string | null;
  created_at: string;
  committed_at: string | null;
}

export interface JobsTable {
  id: string;
  kind: string;
  state: 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';
  label: string;
  input: string;
  progress: string | null;
  result: string | null;
  error: string | null;
  attempts: number;
  checkpoint: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface ChangeLogTable {
  id: Generated<number>;
  group_id: string;
  op: 'insert' | 'update' | 'delete';
  table_name: string;
  row_id: string;
  before: string | null;
  after: string | null;
  label: string;
  created_at: string;
  undone: number;
}

export interface MigrationsTable {
  version: number;
  name: string;
  applied_at: string;
}

export interface RulesTable {
  id: Generated<number>;
  position: number;
  name: string;
  /** JSON: RuleCondition[]. */
  conditions: string;
  /** JSON: RuleActions. */
  actions: string;
  enabled: number;
  created_at: string;
}

export interface FeedbackTable {
  id: Generated<number>;
  transaction_id: number;
  category_id: number;
  previous_category_id: number | null;
  kind: 'accept' | 'correct' | 'imported';
  merchant_key: string | null;
  created_at: string;
}

export interface MerchantMemoryTable {
  merchant_key: string;
  category_id: number;
  confirmations: number;
  updated_at: string;
}

export interface ModelsTable {
  id: Generated<number>;
  kind: string;
  active: number;
  /** JSON metrics on held-out history. */
  metrics: string;
  /** JSON: the serialized categorizer. */
  model: string;
  trained_on: number;
  created_at: string;
}

export interface DB {
  accounts: AccountsTable;
  transactions: TransactionsTable;
  import_batches: ImportBatchesTable;
  jobs: JobsTable;
  settings: SettingsTable;
  change_log: ChangeLogTable;
  fingood_migrations: MigrationsTable;
  rules: RulesTable;
  categorization_feedback: FeedbackTable;
  merchant_memory: MerchantMemoryTable;
  models: ModelsTable;
  suggestion_sets: SuggestionSetsTable;
  import_batch_numbers: ImportBatchNumbersTable;
}
