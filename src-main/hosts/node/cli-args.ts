import { parseArgs } from 'node:util';
import { UsageError } from './cli-output';

export interface GlobalOptions {
  ledger?: string;
  passphraseFile?: string;
  json: boolean;
}

export interface ParsedCommand {
  global: GlobalOptions;
  command: string | undefined;
  positionals: string[];
  values: Record<string, string | boolean | string[] | undefined>;
}

const OPTIONS = {
  ledger: { type: 'string' },
  'passphrase-file': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  account: { type: 'string' },
  limit: { type: 'string' },
  offset: { type: 'string' },
  port: { type: 'string' },
  format: { type: 'string' },
  'date-order': { type: 'string' },
  decimal: { type: 'string' },
  // categories, categorization and rules
  all: { type: 'boolean' },
  income: { type: 'boolean' },
  parent: { type: 'string' },
  id: { type: 'string' },
  ids: { type: 'string' },
  category: { type: 'string' },
  description: { type: 'string' },
  amount: { type: 'string' },
  payee: { type: 'string' },
  name: { type: 'string' },
  'payee-contains': { type: 'string' },
  'description-contains': { type: 'string' },
  contains: { type: 'string' },
  'starts-with': { type: 'string' },
  regex: { type: 'string' },
  'min-amount': { type: 'string' },
  'max-amount': { type: 'string' },
  sign: { type: 'string' },
  'rule-account': { type: 'string' },
  'set-payee': { type: 'string' },
  tags: { type: 'string' },
  position: { type: 'string' },
  preview: { type: 'boolean' },
  'no-open': { type: 'boolean' },
  init: { type: 'boolean' },
  // transactions workspace
  from: { type: 'string' },
  to: { type: 'string' },
  uncategorized: { type: 'boolean' },
  search: { type: 'string' },
  sort: { type: 'string' },
  set: { type: 'string', multiple: true },
} as const;

export function parseCommandLine(argv: string[]): ParsedCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: joinNegativeValues(argv), options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(`${(err as Error).message.replace(/\.$/, '')}. Run "fingood --help" for the commands.`);
  }
  const { values, positionals } = parsed;
  return {
    global: { ledger: values.ledger, passphraseFile: values['passphrase-file'], json: !!values.json },
    command: values.help ? 'help' : positionals[0],
    positionals: positionals.slice(1),
    values: values as Record<string, string | boolean | string[] | undefined>,
  };
}

/** "--amount -12.50" means the amount -12.50, not an unknown option "-1": join it as --amount=-12.50. */
function joinNegativeValues(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const name = a.startsWith('--') ? a.slice(2) : null;
    const next = argv[i + 1];
    if (name && (OPTIONS as Record<string, { type: string }>)[name]?.type === 'string' && next !== undefined && /^-\.?\d/.test(next)) {
      out.push(`${a}=${next}`);
      i++;
    } else {
      out.push(a);
    }
  }
  return out;
}

export function intOption(values: Record<string, unknown>, name: string, fallback: number, max: number): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > max) throw new UsageError(`--${name} must be a whole number from 0 to ${max}.`);
  return n;
}

export const HELP = `fingood — offline bookkeeping: bank statements in, an encrypted ledger, categorization that learns.

Usage: fingood [--ledger PATH] [--passphrase-file FILE] [--json] <command>

Commands:
  init                              create a new encrypted ledger at --ledger
  import FILE [FILE…] [--account NAME] [--date-order dmy|mdy|ymd] [--decimal , | .] [--format F]
                                    import bank statements (CSV, TSV, XLSX, OFX, QFX, QIF, CAMT, MT940);
                                    hints given are remembered for files of the same bank layout
  transactions [--account NAME] [--from DATE] [--to DATE] [--category NAME | --uncategorized]
               [--search TEXT] [--sort FIELD[:asc|desc]] [--limit N] [--offset N]
                                    list transactions (newest first unless --sort: date, amount,
                                    payee, description, category, account); total counts all matches
  transactions update FILTERS --set category=X [--set payee=Y …]
                                    change every matching row at once (one undoable change);
                                    fields: category, payee, memo, tags=a,b, account, reviewed=true
  batches                           list imported files
  batches delete ID                 delete one imported file's rows (undoable)
  undo | redo                       undo or redo the last change (kept in the ledger)
  history [--limit N]               the changes that can be undone
  categories [add NAME [--income] [--parent P] | rename ID NAME | merge FROM INTO | archive ID | restore ID]
                                    the chart of income and expense categories
  rules list | add … | apply [ID] | delete ID
                                    ordered categorization rules ("fingood rules" for the options)
  categorize --id ID | --ids A,B,C --category NAME
                                    file transactions under a category; FinGood remembers the merchant
  suggest --description TEXT --amount -12.50 [--payee NAME]
                                    what FinGood would file it under, how sure it is, and why
  review [--limit N]                transactions waiting for a category decision
  train                             retrain the categorization model on your history
  parse FILE [--format F] [--date-order dmy|mdy|ymd] [--decimal , | .]
                                    read a statement and print what FinGood sees (no ledger needed)
  serve [--port N] [--no-open] [--init]
                                    the FinGood UI in your browser on 127.0.0.1; with --init,
                                    creates the ledger first when it is missing (one prompt)

The ledger is FINGOOD_LEDGER when --ledger is not given. Its passphrase comes from
--passphrase-file, the FINGOOD_KEY environment variable, or a prompt.
With --json every command prints one JSON document on stdout, errors as {"error":{"code","message"}}.
Exit codes: 0 ok, 1 internal error, 2 usage, 3 already imported / conflict, 4 unreadable file, 5 wrong key.`;
