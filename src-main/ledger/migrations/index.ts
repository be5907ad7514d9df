import type { Kysely } from 'kysely';
import * as m0010 from './0010-accounts';
import * as m0020 from './0020-transactions';
import * as m0030 from './0030-import-batches';
import * as m0040 from './0040-jobs';
import * as m0050 from './0050-settings';
import * as m0060 from './0060-change-log';
import * as m0070 from './0070-dedupe';
import * as m0080 from './0080-categorization';
import * as m0090 from './0090-transactions-workspace';
import * as m0100 from './0100-search-visible-amount-index';
import * as m0110 from './0110-import-writes-search-index';
import * as m0120 from './0120-compact-imported-rows';
import * as m0130 from './0130-batch-id-ranges';

export interface Migration {
  version: number;
  name: string;
  up(db: Kysely<any>): Promise<void>;
}

/** Registered statically, in steps of 10. Never edit a shipped step: add the next one. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 10, name: 'accounts', up: m0010.up },
  { version: 20, name: 'transactions', up: m0020.up },
  { version: 30, name: 'import-batches', up: m0030.up },
  { version: 40, name: 'jobs', up: m0040.up },
  { version: 50, name: 'settings', up: m0050.up },
  { version: 60, name: 'change-log', up: m0060.up },
  { version: 70, name: 'dedupe', up: m0070.up },
  { version: 80, name: 'categorization', up: m0080.up },
  { version: 90, name: 'transactions-workspace', up: m0090.up },
  { version: 100, name: 'search-visible-amount-index', up: m0100.up },
  { version: 110, name: 'import-writes-search-index', up: m0110.up },
  { version: 120, name: 'compact-imported-rows', up: m0120.up },
  { version: 130, name: 'batch-id-ranges', up: m0130.up },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
