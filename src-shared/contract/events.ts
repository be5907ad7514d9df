import type { JobView } from './views';

/** Events the core pushes to every host's UI (DESIGN.md §3). */
export interface AppEvents {
  /** Throttled to at most 10 per second per job. */
  'job.progress': JobView;
  'job.finished': JobView;
  'ledger.changed': { tables: string[]; version: number };
  'update.status': { state: 'idle' | 'checking' | 'available' | 'downloading' | 'ready' | 'error'; message?: string };
}

export type AppEventName = keyof AppEvents;
export const APP_EVENT_NAMES: readonly AppEventName[] = ['job.progress', 'job.finished', 'ledger.changed', 'update.status'];

export interface EventSink {
  emit<E extends AppEventName>(event: E, payload: AppEvents[E]): void;
}

export interface EventSource {
  on<E extends AppEventName>(event: E, cb: (payload: AppEvents[E]) => void): () => void;
}
