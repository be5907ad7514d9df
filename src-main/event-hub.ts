import type { AppEventName, AppEvents, EventSink, EventSource } from '../src-shared/contract/events';

/** In-process pub/sub for core events; hosts subscribe and forward to their UI transport. */
export function createEventHub(): EventSink & EventSource {
  const subs = new Map<AppEventName, Set<(p: unknown) => void>>();
  return {
    emit(event, payload) {
      for (const cb of subs.get(event) ?? []) {
        try { cb(payload); } catch { /* a failing subscriber must not break the core */ }
      }
    },
    on<E extends AppEventName>(event: E, cb: (p: AppEvents[E]) => void) {
      const set = subs.get(event) ?? new Set();
      set.add(cb as (p: unknown) => void);
      subs.set(event, set);
      return () => set.delete(cb as (p: unknown) => void);
    },
  };
}
