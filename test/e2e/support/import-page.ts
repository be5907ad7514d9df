import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** The Import view, as a user sees it: the drop zone, the Account box, one entry per file, the imported files. */
export class ImportPage {
  readonly heading: Locator;
  readonly dropZone: Locator;
  readonly chooseButton: Locator;
  readonly account: Locator;
  /** The "Imported files" panel: the table and the notice after a deletion. */
  readonly filesPanel: Locator;
  readonly batches: Locator;
  readonly deletedNotice: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Import statements' });
    this.dropZone = page.getByRole('region', { name: 'Drop zone for bank statements' });
    this.chooseButton = page.getByRole('button', { name: 'Choose files…' });
    this.account = page.getByLabel('Account', { exact: true });
    this.filesPanel = page.getByRole('region', { name: 'Imported files' });
    this.batches = page.getByRole('table', { name: 'Imported files' });
    this.deletedNotice = this.filesPanel.getByRole('status');
    // Playwright turns file-chooser interception on and off (asynchronously) with its
    // listeners; a standing listener keeps it on, so a dialog opened by a fast key press is
    // never missed.
    page.on('filechooser', () => undefined);
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.heading.waitFor();
  }

  async dropFile(path: string, name = basename(path)): Promise<void> {
    await this.dropFiles([{ path, name }]);
  }

  /**
   * Drops files as the browser would: one DataTransfer holding a File per file, built in the
   * page from the file's bytes, through dragenter, dragover and drop on the zone.
   */
  async dropFiles(files: (string | { path: string; name: string })[]): Promise<void> {
    const payload = await Promise.all(files.map(async (f) => {
      const { path, name } = typeof f === 'string' ? { path: f, name: basename(f) } : f;
      return { name, base64: (await readFile(path)).toString('base64') };
    }));
    const dataTransfer = await this.page.evaluateHandle((files) => {
      const dt = new DataTransfer();
      for (const { base64, name } of files) {
        const bin = atob(base64);
        const bytes = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
        dt.items.add(new File([bytes], name, { type: 'text/csv' }));
      }
      return dt;
    }, payload);
    for (const type of ['dragenter', 'dragover', 'drop']) {
      await this.dropZone.dispatchEvent(type, { dataTransfer });
    }
    await dataTransfer.dispose();
  }

  /**
   * Drops one statement and waits for its entry to finish; resolves to the line it ends with:
   * "Imported 40 rows into Checking", or the refusal's text.
   */
  async importStatement(path: string): Promise<string> {
    await this.dropFile(path);
    const entry = this.job(basename(path));
    const end = entry.getByRole('status').or(entry.getByRole('alert'));
    await end.waitFor({ timeout: 60_000 });
    return (await end.textContent()) ?? '';
  }

  /** Opens the file dialog from the keyboard (Tab to the button, Enter) and picks the file. */
  async chooseFileWithKeyboard(path: string): Promise<void> {
    await this.chooseButton.focus();
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      this.page.keyboard.press('Enter'),
    ]);
    await chooser.setFiles(path);
  }

  /** The newest entry for a file (the same file dropped twice has two). */
  job(fileName: string): Locator {
    return this.page.getByRole('listitem', { name: fileName, exact: true }).first();
  }

  jobCount(fileName: string): Promise<number> {
    return this.page.getByRole('listitem', { name: fileName, exact: true }).count();
  }

  progressBar(fileName: string): Locator {
    return this.job(fileName).getByRole('progressbar');
  }

  batchRow(fileName: string): Locator {
    return this.batches.getByRole('row').filter({ hasText: fileName });
  }

  /** The row's Delete button (it asks before deleting). */
  deleteButton(fileName: string): Locator {
    return this.batches.getByRole('button', { name: `Delete the import of ${fileName}`, exact: true });
  }

  /** "Delete 30 rows? Yes / No", in place of the Delete button. */
  deleteQuestion(fileName: string): Locator {
    return this.batches.getByRole('group', { name: `Delete the import of ${fileName}?`, exact: true });
  }

  async goToTransactions(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Transactions' }).click();
  }
}
