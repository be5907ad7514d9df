import type { JobProgress } from '../../src-shared/contract/views';

/**
 * Keeps the latest progress and delivers it at most once per `intervalMs`; the last value is
 * never lost (flush delivers it).
 */
export class ProgressThrottle {
  private pending: JobProgress | null = null;
  private lastAt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly intervalMs: number, private readonly deliver: (p: JobProgress) => Promise<void>) {}

  push(p: JobProgress): void {
    this.pending = p;
    const wait = this.lastAt + this.intervalMs - Date.now();
    if (wait <= 0) this.fire();
    else if (!this.timer) this.timer = setTimeout(() => this.fire(), wait);
  }

  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.pending) this.fire();
    await this.chain;
  }

  private fire(): void {
    this.timer = null;
    const p = this.pending;
    if (!p) return;
    this.pending = null;
    this.lastAt = Date.now();
    this.chain = this.chain.then(() => this.deliver(p)).catch(() => undefined);
  }
}
