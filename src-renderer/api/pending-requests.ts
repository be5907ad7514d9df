import type { Result } from '../../src-shared/contract/errors';
import { failure } from './transport';

/**
 * Matches answers to requests by id. Every request is settled exactly once: by its answer,
 * or by `failAll` when the connection is lost (a request must never hang forever).
 */
export class PendingRequests {
  private nextId = 1;
  private readonly waiting = new Map<number, (r: Result<unknown>) => void>();

  get size(): number {
    return this.waiting.size;
  }

  /** Reserves an id and the promise its answer settles. */
  open(): { id: number; answer: Promise<Result<unknown>> } {
    const id = this.nextId++;
    const answer = new Promise<Result<unknown>>((resolve) => this.waiting.set(id, resolve));
    return { id, answer };
  }

  /** Returns false for an id nobody waits for (a late or duplicate answer). */
  settle(id: number, result: Result<unknown>): boolean {
    const resolve = this.waiting.get(id);
    if (!resolve) return false;
    this.waiting.delete(id);
    resolve(result);
    return true;
  }

  failAll(message: string): void {
    const all = [...this.waiting.values()];
    this.waiting.clear();
    for (const resolve of all) resolve(failure(message));
  }
}
