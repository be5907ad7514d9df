// `npm start`: the desktop app when the Electron binary is installed; otherwise the same UI in
// the browser through `fingood serve`, so FinGood starts on machines where Electron's download
// is blocked or skipped (ELECTRON_SKIP_BINARY_DOWNLOAD).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FINGOOD = join(ROOT, 'bin', 'fingood.js');
const ELECTRON_INSTALL = join(ROOT, 'node_modules', 'electron', 'install.js');
const require = createRequire(import.meta.url);

/** The Electron executable, or null: require('electron') throws when the download never happened. */
function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** One attempt per start to fetch the binary npm install skipped. */
function fetchElectron() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return 'was skipped';
  if (!existsSync(ELECTRON_INSTALL)) return 'is not possible (the electron package is not installed)';
  console.log('Electron is not downloaded yet; fetching it once…');
  const r = spawnSync(process.execPath, [ELECTRON_INSTALL], { cwd: dirname(ELECTRON_INSTALL), stdio: 'inherit' });
  return r.status === 0 && electronBinary() ? null : 'failed';
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
 * Waits for `child` and exits with its code. TERM and HUP sent to this script are passed on so
 * the child closes the ledger cleanly. Ctrl+C is not: the terminal already sent it to the
 * child, and a second SIGINT would kill it in the middle of closing.
 */
function relay(child) {
  process.on('SIGINT', () => undefined);
  for (const sig of ['SIGTERM', 'SIGHUP']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function startDesktop(electron) {
  npmRun('build');
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would make the binary a plain Node and ignore the app
  relay(spawn(electron, [ROOT], { cwd: ROOT, stdio: 'inherit', env }));
}

/** Where the books live without Electron: the platform's per-user data folder. */
function defaultLedger() {
  const home = homedir();
  const base = process.platform === 'win32' ? (process.env.APPDATA || join(home, 'AppData', 'Roaming'))
    : process.platform === 'darwin' ? join(home, 'Library', 'Application Support')
      : (process.env.XDG_DATA_HOME || join(home, '.local', 'share'));
  return join(base, 'FinGood', 'ledger.fingood');
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

function startServe(reason) {
  console.log(`Electron is not installed on this machine (its download ${reason}); starting FinGood in your browser instead with \`fingood serve\`.`);
  if (!existsSync(join(ROOT, 'out', 'renderer', 'index.html'))) npmRun('build:renderer');
  const ledger = process.env.FINGOOD_LEDGER ? resolve(process.env.FINGOOD_LEDGER) : defaultLedger();
  if (existsSync(`${ledger}.key`)) {
    // Keyed by the desktop app's keychain: no passphrase can open it, so do not ask for one.
    console.error(`${ledger} belongs to the FinGood desktop app (its key is in this computer's keychain) and cannot be opened with a passphrase. Start the desktop app, or set FINGOOD_LEDGER to another ledger.`);
    process.exit(1);
  }
  mkdirSync(dirname(ledger), { recursive: true, mode: 0o700 });
  if (!existsSync(ledger)) {
    console.log(`Creating your encrypted ledger at ${ledger}.`);
    const r = spawnSync(process.execPath, [FINGOOD, '--ledger', ledger, 'init'], { stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status || 1);
  }
  // stdout is read for the URL and passed on; stdin and stderr stay the terminal's, so the
  // passphrase prompt works as usual.
  const serve = spawn(process.execPath, [FINGOOD, '--ledger', ledger, 'serve'], { stdio: ['inherit', 'pipe', 'inherit'] });
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
  relay(serve);
}

const installed = electronBinary();
if (installed) {
  startDesktop(installed);
} else {
  const failure = fetchElectron(); // null once the binary is there
  if (failure) startServe(failure);
  else startDesktop(electronBinary());
}
