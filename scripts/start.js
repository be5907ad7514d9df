// `npm start`: the desktop app when the Electron binary is installed; otherwise the same UI in
// the browser through `fingood serve`, so FinGood starts on machines where Electron's download
// is blocked or skipped (ELECTRON_SKIP_BINARY_DOWNLOAD).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { clearInterval, setInterval } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { electronBinary, ensureElectronAddon } from './electron-native.js';
import { freshBundle } from './node-bundle.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FINGOOD = join(ROOT, 'bin', 'fingood.js');
const ELECTRON_INSTALL = join(ROOT, 'node_modules', 'electron', 'install.js');
const POSIX = process.platform !== 'win32';

/** One attempt per start to fetch the binary npm install skipped. */
function fetchElectron() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return 'was skipped';
  if (!existsSync(ELECTRON_INSTALL)) return 'is not possible (the electron package is not installed)';
  console.log('Electron is not downloaded yet; fetching it once…');
  const r = spawnSync(process.execPath, [ELECTRON_INSTALL], { cwd: dirname(ELECTRON_INSTALL), stdio: 'inherit' });
  return r.status === 0 && electronBinary(ROOT) ? null : 'failed';
}

function npmRun(script) {
  // Under `npm start`, npm_execpath is npm's own CLI: no PATH lookup, no Windows shell quirks.
  const npmCli = process.env.npm_execpath;
  const r = npmCli
    ? spawnSync(process.execPath, [npmCli, 'run', script], { cwd: ROOT, stdio: 'inherit' })
    : spawnSync('npm', ['run', script], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) {
    console.error(`\`npm run ${script}\` failed; FinGood was not started.`);
    process.exit(r.status || 1);
  }
}

/**
 * Spawns the app and stays until it exits, with its exit code. On POSIX the child gets its own
 * process group, so this script is the only one that signals it: SIGINT, SIGTERM and SIGHUP
 * are passed on once. (In the terminal's group, a Ctrl+C would reach the child from the
 * terminal and again from here, and the second SIGINT kills it while it closes the ledger.)
 * Windows has no groups to speak of: the console gives Ctrl+C to every process itself.
 */
function relay(command, args, opts) {
  if (orphaned()) process.exit(1); // npm was stopped while this script built
  const child = spawn(command, args, { ...opts, detached: POSIX });
  let forwarded = 0;
  const forward = (sig) => {
    // Ctrl+C arrives twice, from the terminal and from npm: one signal is passed on. One sent
    // later again is passed on again, so a hanging child can still be stopped.
    if (Date.now() - forwarded < 1000 || child.exitCode !== null || child.signalCode !== null) return;
    forwarded = Date.now();
    child.kill(sig);
  };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => (POSIX || sig !== 'SIGINT') && forward(sig));
  const watch = setInterval(() => {
    if (!orphaned()) return;
    clearInterval(watch);
    forward('SIGTERM');
  }, 500);
  watch.unref();
  process.stdout.on('error', () => undefined); // the terminal may be gone; the child still closes cleanly
  child.on('error', (err) => {
    console.error(`FinGood could not be started: ${err.message}`);
    process.exit(1);
  });
  // 'close', not 'exit': the last lines the child printed are passed on first.
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return child;
}

/**
 * Killing npm's process alone signals nothing here (npm and the shell between us die, or only
 * npm does): that is a stop as well. Taken at start: after a long build, the parent may
 * already be gone.
 */
const PARENT = process.ppid;
const WATCHED = [PARENT, ...npmAboveShell(PARENT)];
const orphaned = () => process.ppid !== PARENT || !WATCHED.every(alive);

/** npm runs scripts through `sh -c`, which may outlive npm: then npm (the shell's parent) is watched too. */
function npmAboveShell(parent) {
  if (!POSIX || !process.env.npm_lifecycle_event) return [];
  const ps = spawnSync('ps', ['-o', 'ppid=,comm=', '-p', String(parent)], { encoding: 'utf8' });
  const [, ppid, comm] = /^\s*(\d+)\s+(\S+)/.exec(ps.stdout ?? '') ?? [];
  return ppid && /(?:^|\/)-?(?:sh|bash|dash|zsh)$/.test(comm) ? [Number(ppid)] : [];
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

async function startDesktop(electron) {
  let addon;
  try {
    addon = await ensureElectronAddon({ root: ROOT, electron });
  } catch (err) {
    return startServe(`FinGood's SQLite engine could not be built for Electron (${err.message}). To retry, run \`node scripts/electron-native.js\`. Starting FinGood in your browser instead, with \`fingood serve\`.`);
  }
  npmRun('build');
  const env = { ...process.env, ...addon.env };
  delete env.ELECTRON_RUN_AS_NODE; // would make the binary a plain Node and ignore the app
  relay(electron, [ROOT], { cwd: ROOT, stdio: 'inherit', env });
}

/**
 * Where the books live without Electron: the platform's per-user data folder, in a folder of
 * their own. The desktop app's books are locked by this computer's keychain, these by a
 * passphrase: neither can open the other's, so they never share a file.
 */
function browserLedger() {
  const home = homedir();
  const base = process.platform === 'win32' ? (process.env.APPDATA || join(home, 'AppData', 'Roaming'))
    : process.platform === 'darwin' ? join(home, 'Library', 'Application Support')
      : (process.env.XDG_DATA_HOME || join(home, '.local', 'share'));
  return join(base, 'FinGood', 'browser', 'ledger.fingood');
}

function openInBrowser(url) {
  // Without a graphical session there is no browser to open; the printed URL is the answer.
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  const [cmd, args] = process.platform === 'darwin' ? ['open', [url]]
    : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]]
      : ['xdg-open', [url]];
  const opener = spawn(cmd, args, { stdio: 'ignore', detached: true });
  opener.on('error', () => undefined); // no opener installed: the URL is printed anyway
  opener.unref();
}

function startServe(why) {
  console.log(why);
  if (!existsSync(join(ROOT, 'out', 'renderer', 'index.html'))) npmRun('build:renderer');
  if (!freshBundle()) npmRun('build:node');
  const ledger = process.env.FINGOOD_LEDGER ? resolve(process.env.FINGOOD_LEDGER) : browserLedger();
  if (existsSync(`${ledger}.key`)) {
    // Keyed by the desktop app's keychain: no passphrase can open it, so do not ask for one.
    console.error(`${ledger} belongs to the FinGood desktop app (its key is in this computer's keychain) and cannot be opened with a passphrase. Start the desktop app, or set FINGOOD_LEDGER to another ledger.`);
    process.exit(1);
  }
  mkdirSync(dirname(ledger), { recursive: true, mode: 0o700 });
  console.log(existsSync(ledger)
    ? `Your books in the browser: ${ledger} (protected by your passphrase; the desktop app keeps its own).`
    : `Creating your encrypted books for the browser at ${ledger}. The desktop app keeps its own; these are protected by a passphrase${process.env.FINGOOD_KEY ? ' (FINGOOD_KEY)' : ': choose it now, and keep it safe'}.`);
  // `serve --init` creates the ledger when missing and serves it with the same key: one
  // passphrase prompt. stdout is read for the URL and passed on; stdin and stderr stay the
  // terminal's, so the prompt works as usual.
  const serve = relay(process.execPath, [FINGOOD, '--ledger', ledger, 'serve', '--init'], { stdio: ['inherit', 'pipe', 'inherit'] });
  let seen = '';
  serve.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    if (seen === null) return;
    seen += chunk.toString();
    const url = /http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+/.exec(seen)?.[0];
    if (url) {
      seen = null;
      openInBrowser(url);
    }
  });
}

const installed = electronBinary(ROOT);
if (installed) {
  await startDesktop(installed);
} else {
  const failure = fetchElectron(); // null once the binary is there
  if (failure) startServe(`Electron is not installed on this machine (its download ${failure}); starting FinGood in your browser instead, with \`fingood serve\`.`);
  else await startDesktop(electronBinary(ROOT));
}
