import { HELP, parseCommandLine, type ParsedCommand } from './cli-args';
import { UsageError, createOutput, reportError, type Output } from './cli-output';
import { batchesCommand } from './commands/batches';
import { categoriesCommand } from './commands/categories';
import { categorizeCommand, reviewCommand, suggestCommand, trainCommand } from './commands/categorize';
import { rulesCommand } from './commands/rules';
import { historyCommand, redoCommand, undoCommand } from './commands/history';
import { importCommand } from './commands/import';
import { initCommand } from './commands/init';
import { parseCommand } from './commands/parse';
import { serveCommand } from './commands/serve';
import { transactionsCommand } from './commands/transactions';

type Command = (cmd: ParsedCommand, out: Output) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  init: initCommand,
  import: importCommand,
  transactions: transactionsCommand,
  batches: batchesCommand,
  parse: parseCommand,
  serve: serveCommand,
  undo: undoCommand,
  redo: redoCommand,
  history: historyCommand,
  categories: categoriesCommand,
  rules: rulesCommand,
  categorize: categorizeCommand,
  suggest: suggestCommand,
  review: reviewCommand,
  train: trainCommand,
};

/** The `fingood` command line. Returns the process exit code. */
export async function runCli(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  try {
    const cmd = parseCommandLine(argv);
    if (cmd.command === 'help' || cmd.command === undefined) {
      process.stdout.write(`${HELP}\n`);
      return cmd.command === 'help' ? 0 : 2;
    }
    const run = COMMANDS[cmd.command];
    if (!run) throw new UsageError(`Unknown command "${cmd.command}". Run "fingood --help" for the commands.`);
    return await run(cmd, createOutput(cmd.global.json));
  } catch (err) {
    return reportError(err, json);
  }
}
