import { createContext, useContext, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { DroppedFile, FileOnDisk } from './import-files';
import { useImportJobs, type ImportJobs } from './use-import-jobs';

export interface ImportSession {
  jobs: ImportJobs;
  /** The Import view's Account box: the account for statements that name none. */
  fallbackAccount: string;
  setFallbackAccount(v: string): void;
  importDropped(files: DroppedFile[]): Promise<void>;
  /** Files picked with the desktop app's native dialog (menu File › Import…). */
  importPaths(files: FileOnDisk[]): Promise<void>;
}

const ImportSessionContext = createContext<ImportSession | null>(null);

/**
 * This window's imports, above the views: files dropped on the Import view and files picked
 * from the native menu land in the same list, and both use the Account box.
 */
export function ImportSessionProvider({ children }: { children: ReactNode }) {
  const jobs = useImportJobs();
  const [fallbackAccount, setFallbackAccount] = useState('Checking');
  // A menu command may arrive between renders; it must see the account as typed last.
  const account = useRef(fallbackAccount);
  useLayoutEffect(() => { account.current = fallbackAccount; });
  const session: ImportSession = {
    jobs,
    fallbackAccount,
    setFallbackAccount,
    importDropped: (files) => jobs.start(files, account.current),
    importPaths: (files) => jobs.startPaths(files, account.current),
  };
  return <ImportSessionContext.Provider value={session}>{children}</ImportSessionContext.Provider>;
}

export function useImportSession(): ImportSession {
  const session = useContext(ImportSessionContext);
  if (!session) throw new Error('useImportSession() needs an <ImportSessionProvider> above it.');
  return session;
}
