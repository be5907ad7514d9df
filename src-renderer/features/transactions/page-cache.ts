/**
 * Pages of a long listing, fetched on demand as the user scrolls. `invalidate` (the ledger
 * changed) keeps the old rows on screen as stale until fresh pages replace them, so the table
 * never flashes empty; an answer to a request made before the invalidation is ignored.
 * Memory stays bounded: pages far from the rows in view are dropped.
 */
export class PageCache<T> {
  private readonly pages = new Map<number, { rows: T[]; generation: number }>();
  private readonly inflight = new Map<number, number>();
  private generation = 0;
  private knownTotal: number | null = null;

  constructor(readonly pageSize: number, private readonly maxPages = 40) {
    if (!(pageSize >= 1) || !Number.isInteger(pageSize)) throw new Error(`pageSize must be a positive integer, got ${pageSize}`);
  }

  /** null until the first page arrives. */
  get total(): number | null {
    return this.knownTotal;
  }

  row(index: number): T | undefined {
    return this.pages.get(this.pageOf(index))?.rows[index % this.pageSize];
  }

  /** The row only when its page was fetched since the last invalidation (a selection must not take stale ids). */
  freshRow(index: number): T | undefined {
    const page = this.pages.get(this.pageOf(index));
    return page?.generation === this.generation ? page.rows[index % this.pageSize] : undefined;
  }

  pageOf(index: number): number {
    return Math.floor(index / this.pageSize);
  }

  /** Pages covering rows first..last (inclusive) that are missing or stale and not already requested. */
  needed(first: number, last: number): number[] {
    // Past the known end there are no rows; still ask for the first page in range, which
    // brings the current total (it may have grown or shrunk).
    const end = this.knownTotal === null ? last : Math.min(last, this.knownTotal - 1);
    const firstPage = this.pageOf(Math.max(0, first));
    const lastPage = Math.max(firstPage, this.pageOf(Math.max(0, end)));
    const out: number[] = [];
    for (let p = firstPage; p <= lastPage; p++) {
      const fresh = this.pages.get(p)?.generation === this.generation;
      if (!fresh && this.inflight.get(p) !== this.generation) out.push(p);
    }
    return out;
  }

  /** Marks a page as requested; the returned token goes back with the answer. */
  begin(page: number): number {
    this.inflight.set(page, this.generation);
    return this.generation;
  }

  /** Stores an answer; false when it belongs to an older generation and was ignored. */
  receive(page: number, token: number, rows: T[], total: number): boolean {
    if (token !== this.generation) return false;
    this.inflight.delete(page);
    this.pages.set(page, { rows, generation: token });
    if (this.knownTotal !== total) {
      this.knownTotal = total;
      // Rows past the new end no longer exist.
      for (const p of this.pages.keys()) if (p * this.pageSize >= total && p !== 0) this.pages.delete(p);
    }
    return true;
  }

  /** A failed request may be retried by the next `needed`. */
  fail(page: number, token: number): void {
    if (this.inflight.get(page) === token) this.inflight.delete(page);
  }

  invalidate(): void {
    this.generation++;
    this.inflight.clear();
  }

  /** Drops the pages farthest from the rows in view beyond `maxPages`. */
  trim(first: number, last: number): void {
    if (this.pages.size <= this.maxPages) return;
    const centre = (this.pageOf(first) + this.pageOf(last)) / 2;
    const byDistance = [...this.pages.keys()].sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre));
    for (const p of byDistance.slice(0, this.pages.size - this.maxPages)) this.pages.delete(p);
  }
}
