import { useEffect } from 'react';
import { AccountField } from './AccountField';
import { BatchList } from './BatchList';
import { DropZone } from './DropZone';
import { ImportJobList } from './ImportJobList';
import { useImportSession } from './import-session';

export function ImportView() {
  const { jobs, fallbackAccount, setFallbackAccount, importDropped } = useImportSession();
  useNoNavigationOnStrayDrop();

  return (
    <div className="view view--narrow">
      <header className="view__head">
        <h1>Import statements</h1>
        <p className="view__lede">Files are read on this computer; nothing is sent anywhere.</p>
      </header>
      <section className="panel panel--import" aria-label="New import">
        <DropZone onFiles={(files) => void importDropped(files.map((f) => ({ name: f.name, data: f })))} />
        <AccountField value={fallbackAccount} onChange={setFallbackAccount} />
      </section>
      <ImportJobList entries={jobs.entries} onCancel={jobs.cancel} onClearFinished={jobs.clearFinished} />
      <BatchList />
    </div>
  );
}

/**
 * A file dropped beside the drop zone must not replace the app with the file's contents; the
 * cursor says it will not be imported there. The zone's own handlers run first and claim
 * their drops (defaultPrevented).
 */
function useNoNavigationOnStrayDrop() {
  useEffect(() => {
    const stop = (e: DragEvent) => {
      if (e.defaultPrevented || !e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'none';
    };
    window.addEventListener('dragover', stop);
    window.addEventListener('drop', stop);
    return () => {
      window.removeEventListener('dragover', stop);
      window.removeEventListener('drop', stop);
    };
  }, []);
}
