/** Values returned across the contract. Money is a decimal string beside its currency. */

export type JobState = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';
export type JobKind = 'import' | 'train' | 'export' | 'forecast' | 'deliver-report';
export type ImportPhase = 'queued' | 'hashing' | 'parsing' | 'deduplicating' | 'categorizing' | 'writing' | 'done';

export interface JobProgress {
  phase: ImportPhase | string;
  done: number;
  /** null when the total is not known yet. */
  total: number | null;
  /** 0..1 over the whole job, for a progress bar. */
  fraction: number;
  /** Estimated milliseconds left, when it can be estimated. */
  etaMs: number | null;
  message?: string;
}

export interface JobView {
  id: string;
  kind: JobKind;
  state: JobState;
  /** For an import: the file's name. */
  label: string;
  progress: JobProgress | null;
  result: Record<string, unknown> | null;
  error: { code: string; message: string; details?: Record<string, unknown> } | null;
  attempts: number;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface AccountView {
  id: number;
  name: string;
  kind: 'asset' | 'liability' | 'equity' | 'income' | 'expense';
  number: string | null;
  currency: string | null;
  parentId: number | null;
  archived: boolean;
}

export interface BatchView {
  id: string;
  fileName: string;
  format: string;
  account: string;
  /** Rows written. */
  rowCount: number;
  /** Rows the file had that could not be read. */
  errorCount: number;
  /** Exact duplicates of rows already in the ledger, not written. */
  skippedCount: number;
  /** Written but flagged "possible duplicate" for review. */
  flaggedCount: number;
  importedAt: string;
}

export interface TransactionView {
  id: number;
  date: string;
  amount: string;
  amountMinor: number;
  currency: string;
  account: string;
  accountId: number;
  payee: string;
  description: string;
  memo: string;
  reference: string | null;
  balance: string | null;
  category: string | null;
  categorySource: 'rule' | 'memory' | 'model' | 'keyword' | 'imported' | 'user' | null;
  confidence: number | null;
  /** Top-3, best first, each with where it came from and why. */
  suggestions: SuggestionView[];
  tags: string[];
  batchId: string | null;
  /**
   * 'possible-duplicate': imported although it resembles `duplicate.of`; 'needs-review': category below the auto-apply threshold;
   * 'split': divided across categories (see `splits`); 'transfer': one leg of a transfer between own accounts (see `transferOf`).
   */
  flags: string[];
  duplicate?: { of: number; score: number; reasons: string[] };
  /**
   * The parts of a split row, summing exactly to `amountMinor`; empty when not split. A split
   * row's `category` is null (it has no single category: a UI shows "Split (n)" from this list),
   * and it matches a category filter through any of its parts.
   */
  splits: SplitView[];
  /** For a transfer leg: the other leg's id. Transfers count neither as income nor as expense; `category` and `categorySource` are null. */
  transferOf?: number;
}

export interface SplitView {
  category: string;
  amount: string;
  amountMinor: number;
  memo: string;
}

export interface TransactionPage {
  /** Every row the filter matches, not only this page. */
  total: number;
  transactions: TransactionView[];
  /** The cursor for the page after this one (`after` of transactions.list); null at the end. */
  next?: { value: string | number | null; id: number } | null;
}

export interface LedgerInfo {
  path: string;
  schemaVersion: number;
  transactionCount: number;
  accountCount: number;
  cipher: string;
}

export interface ImportStarted {
  jobs: { jobId: string; fileName: string }[];
}

/** One user action in the change log, newest first; `undone` ones can be redone. */
export interface HistoryEntryView {
  groupId: string;
  label: string;
  at: string;
  changes: number;
  undone: boolean;
}

export interface CategoryView {
  id: number;
  name: string;
  kind: 'income' | 'expense' | 'equity';
  parentId: number | null;
  parent: string | null;
  archived: boolean;
}

export interface RuleView {
  id: number;
  position: number;
  name: string;
  enabled: boolean;
  conditions: unknown[];
  actions: { category?: string; payee?: string; tags?: string[] };
  /** Plain words: 'payee contains "STARBUCKS" and money out'. */
  summary: string;
}

export interface RulePreview {
  /** Rows a rule may change (not filed by the user or an imported history) that its conditions match. */
  matches: number;
  /** Rows it would change (not categorized by the user, and not already so). */
  changes: number;
  sample: TransactionView[];
}

export interface SuggestionView {
  category: string;
  confidence: number;
  source: 'rule' | 'memory' | 'model' | 'keyword';
  reason: string;
}
