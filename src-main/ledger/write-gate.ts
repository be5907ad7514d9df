/**
 * Main and an import's row writer (a thread of the import worker, with its own connection)
 * both write the ledger. SQLite lets one write at a time and makes the other wait by polling,
 * and a writer that commits and begins again at once would keep main waiting, with its event
 * loop blocked. So main never waits on SQLite's lock: before it writes, it asks every running
 * row writer to commit and hold still, and lets them go on when it is done.
 */
export interface YieldingWriter {
  /** Resolves once the writer has committed and holds still (at once if it is gone). */
  pause(): Promise<void>;
  resume(): void;
}

export interface WriteGate {
  /** Runs `fn` while every registered writer holds still. Nested and overlapping runs share one pause. */
  run<T>(fn: () => T | Promise<T>): Promise<T>;
  /** Registers a writer for as long as it runs; returns its removal. */
  register(writer: YieldingWriter): () => void;
}

export function createWriteGate(): WriteGate {
  const writers = new Set<YieldingWriter>();
  let holders = 0;
  let still: Promise<unknown> = Promise.resolve();
  return {
    async run(fn) {
      if (holders++ === 0) still = Promise.all([...writers].map((w) => w.pause()));
      try {
        await still;
        return await fn();
      } finally {
        if (--holders === 0) for (const w of writers) w.resume();
      }
    },
    register(writer) {
      writers.add(writer);
      if (holders > 0) still = Promise.all([still, writer.pause()]);
      return () => { writers.delete(writer); };
    },
  };
}
