import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { LedgerKey } from '../../ledger/ledger-key';
import { UsageError } from './cli-output';

/**
 * The passphrase of a CLI/serve ledger: --passphrase-file, else FINGOOD_KEY, else a prompt on
 * the terminal. Never taken from a command-line argument (it would show in `ps`).
 */
export async function resolveKey(opts: { passphraseFile?: string; confirm?: boolean }): Promise<LedgerKey> {
  if (opts.passphraseFile) {
    const text = await readFile(opts.passphraseFile, 'utf8').catch(() => {
      throw new UsageError(`Cannot read the passphrase file ${opts.passphraseFile}.`);
    });
    const passphrase = text.replace(/\r?\n$/, '');
    if (!passphrase) throw new UsageError(`The passphrase file ${opts.passphraseFile} is empty.`);
    return { kind: 'passphrase', passphrase };
  }
  const env = process.env.FINGOOD_KEY;
  if (env) return { kind: 'passphrase', passphrase: env };
  if (!process.stdin.isTTY) {
    throw new UsageError('The ledger is encrypted: give its passphrase with --passphrase-file FILE or the FINGOOD_KEY environment variable.');
  }
  const passphrase = await promptHidden('Ledger passphrase: ');
  if (!passphrase) throw new UsageError('An empty passphrase is not allowed.');
  if (opts.confirm && (await promptHidden('Repeat the passphrase: ')) !== passphrase) {
    throw new UsageError('The two passphrases differ; nothing was created.');
  }
  return { kind: 'passphrase', passphrase };
}

function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const out = rl as unknown as { _writeToOutput: (s: string) => void };
    process.stderr.write(question);
    out._writeToOutput = () => undefined; // echo nothing while typing
    rl.question('', (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}
