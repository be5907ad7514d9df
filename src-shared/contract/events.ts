import type { MenuCommand } from './bridge';
import type { JobView } from './views';

/** Events the core pushes to every host's UI (DESIGN.md §3). */
export interface AppEvents {
  /** Throttled to at most 10 per second per job. */
  'job.progress': JobView;
  'job.finished': JobView;
  'ledger.changed': { tables: string[]; version: number };
  'update.status': { state: 'idle' | 'checking' | 'available' | 'downloading' | 'ready' | 'error'; message?: string };
  /** Host-only (Electron's native menu); never emitted by the core. */
  'menu.command': MenuCommand;
}

export type AppEventName = keyof AppEvents;
/** Events the core emits (hosts forward these to their UI). */
export const APP_EVENT_NAMES: readonly AppEventName[] = ['job.progress', 'job.finished', 'ledger.changed', 'update.status'];

export interface EventSink {
  emit<E extends AppEventName>(event: E, payload: AppEvents[E]): void;
}

export interface EventSource {
  on<E extends AppEventName>(event: E, cb: (payload: AppEvents[E]) => void): () => void;
}
