import type { JobProgress } from '../../src-shared/contract/views';

/** What a job in a worker gets: its input, a cancel signal, progress, and flow-controlled data. */
export interface WorkerJobContext {
  input: unknown;
  signal: AbortSignal;
  progress(p: JobProgress): void;
  /** Sends a chunk for main to write; resolves when the window of unacknowledged chunks has room. */
  send(payload: unknown): Promise<void>;
  /** Resolves when main has acknowledged every chunk sent so far. */
  flush(): Promise<void>;
  /** Sends a message and resolves with main's reply to it (after every earlier chunk was handled). */
  request(payload: unknown): Promise<unknown>;
  /** A job that writes the ledger itself says how it holds still while main writes (write-gate.ts). */
  yieldWith(writer: { pause(): Promise<void>; resume(): void } | null): void;
}

export type WorkerJob = (ctx: WorkerJobContext) => Promise<Record<string, unknown>>;
