/**
 * Subscribers per event name. One subscriber that throws must not keep the others from
 * hearing the event.
 */
export class EventListeners {
  private readonly byEvent = new Map<string, Set<(payload: unknown) => void>>();

  add(event: string, cb: (payload: unknown) => void): () => void {
    const set = this.byEvent.get(event) ?? new Set();
    this.byEvent.set(event, set);
    // A wrapper, so the same function subscribed twice is also unsubscribed one at a time.
    const entry = (payload: unknown) => cb(payload);
    set.add(entry);
    return () => {
      set.delete(entry);
    };
  }

  emit(event: string, payload: unknown): void {
    for (const cb of [...(this.byEvent.get(event) ?? [])]) {
      try {
        cb(payload);
      } catch (err) {
        console.error(`A handler of "${event}" failed`, err);
      }
    }
  }
}
