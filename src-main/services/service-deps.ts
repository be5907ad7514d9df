import type { EventSink } from '../../src-shared/contract/events';
import type { Ledger } from '../ledger/open-ledger';

/** What every service gets from the composition root. */
export interface ServiceDeps {
  ledger: Ledger;
  events: EventSink;
  /** Announces a committed change to every UI: tables touched, new version. */
  changed(tables: string[]): void;
}
