import type Database from 'better-sqlite3-multiple-ciphers';

/** The page cache a connection keeps: 64 MB (`cache_size` in KiB when negative). */
export const CACHE_KIB = 64 * 1024;
/** The page cache a large change may use: room for every page of a million-row ledger. */
const LARGE_CHANGE_CACHE_KIB = 512 * 1024;

/**
 * Runs a change that may touch most pages of the ledger (a bulk edit by filter, its undo)
 * with a page cache large enough to hold them all, so each page is decrypted once and
 * encrypted once at commit instead of being spilled and read back. The memory is given back
 * afterwards.
 */
export function withRoomForLargeChange<T>(sqlite: Database.Database, change: () => T): T {
  sqlite.pragma(`cache_size = -${LARGE_CHANGE_CACHE_KIB}`);
  try {
    return change();
  } finally {
    sqlite.pragma(`cache_size = -${CACHE_KIB}`);
    sqlite.pragma('shrink_memory');
  }
}
