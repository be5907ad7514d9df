// The SQLite addon for the desktop app in development. npm builds better-sqlite3-multiple-ciphers
// for Node's ABI, which the CLI and every test load, so that build is never touched. Electron
// has its own ABI: this builds a second copy for it, once per Electron and addon version, in
// node_modules/.fingood-native/, and `npm start` names it to the app (FINGOOD_SQLITE_BINDING).
// A ready-made build from the package's releases is tried first (no compiler needed); otherwise
// node-gyp compiles it against Electron's headers from electronjs.org.
//
//   node scripts/electron-native.js [ROOT]   build now; prints the addon's path ("skipped" on
//                                            stderr when Electron is not installed)
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HELPERS = '../src-main/hosts/electron/native-addon.ts';

/** The Electron executable of the checkout at `root`, or null: require('electron') throws when its download never happened. */
export function electronBinary(root = ROOT) {
  try {
    const path = createRequire(join(root, 'package.json'))('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/**
 * Makes sure the Electron build of the addon exists. Resolves to { binding, env, built } (env:
 * what to add to Electron's environment), or { skipped } when Electron is not installed; throws
 * when the build fails, with the reason (node-gyp's own output has gone to the terminal).
 */
export async function ensureElectronAddon({ root = ROOT, electron = electronBinary(root), devdir = join(homedir(), '.electron-gyp'), log = (m) => console.log(m) } = {}) {
  if (!electron) return { skipped: 'Electron is not installed' };
  const { tsImport } = await import('tsx/esm/api'); // only now: the browser fallback never pays for it
  const plan = await tsImport(HELPERS, import.meta.url);
  const req = createRequire(join(root, 'package.json'));
  const addonDir = dirname(req.resolve(`${plan.ADDON_PACKAGE}/package.json`));
  const target = {
    electron: versionOf(req.resolve('electron/package.json')),
    addon: versionOf(join(addonDir, 'package.json')),
    platform: process.platform,
    arch: process.arch,
  };
  const file = plan.addonCacheFile(root, target);
  const result = (built) => ({ binding: file, env: { [plan.SQLITE_BINDING_ENV]: file }, built });
  if (existsSync(file)) return result(false);

  log(`Building FinGood's SQLite engine for Electron ${target.electron} (once; this can take a few minutes)…`);
  // A copy of the sources: node-gyp writes build/ where it runs, and the package's own build/
  // (Node's ABI) must stay as it is.
  const work = mkdtempSync(join(tmpdir(), 'fingood-native-'));
  try {
    for (const part of ['package.json', 'binding.gyp', 'src', 'deps']) cpSync(join(addonDir, part), join(work, part), { recursive: true });
    const built = join(work, 'build', 'Release', plan.ADDON_FILE);
    const fromRelease = prebuilt(plan, target, addonDir, work) ?? probe(electron, addonDir, built);
    if (fromRelease) {
      log(`No ready-made build fits (${fromRelease}); compiling it with node-gyp.`);
      rmSync(join(work, 'build'), { recursive: true, force: true });
      compile(plan, target, work, devdir);
      const problem = probe(electron, addonDir, built);
      if (problem) throw new Error(`the addon compiled for Electron ${target.electron} does not load in it: ${problem}`);
    }
    install(built, file);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  log(`Built ${file}.`);
  return result(true);
}

function versionOf(packageJson) {
  return JSON.parse(readFileSync(packageJson, 'utf8')).version;
}

/** The package's published Electron binary into work/build/Release; null when there, else why not. */
function prebuilt(plan, target, addonDir, work) {
  let bin;
  try {
    bin = createRequire(join(addonDir, 'package.json')).resolve('prebuild-install/bin.js');
  } catch {
    return 'prebuild-install is not installed';
  }
  const r = spawnSync(process.execPath, [bin, ...plan.prebuildArgs(target)], { cwd: work, encoding: 'utf8', timeout: 120_000 });
  if (r.status === 0 && existsSync(join(work, 'build', 'Release', plan.ADDON_FILE))) return null;
  return lastLine(r.stderr) || r.error?.message || 'the download failed';
}

function compile(plan, target, work, devdir) {
  const gyp = findNodeGyp(plan);
  if (!gyp) throw new Error('node-gyp was not found (npm ships it; is npm installed?)');
  const r = spawnSync(process.execPath, [gyp, ...plan.nodeGypArgs(target, devdir)], { cwd: work, stdio: 'inherit', env: plan.nodeGypEnv(process.env) });
  if (r.status !== 0) {
    throw new Error(`node-gyp could not compile it (${r.error?.message ?? `exit ${r.status ?? r.signal}`}): it needs a C++ compiler, Python, and electronjs.org for the headers`);
  }
}

function findNodeGyp(plan) {
  const o = { env: process.env, execPath: process.execPath, platform: process.platform };
  const local = plan.nodeGypCandidates(o).find((p) => existsSync(p));
  if (local) return local;
  const npm = spawnSync('npm', ['prefix', '-g'], { encoding: 'utf8', shell: process.platform === 'win32' });
  const globalPrefix = npm.status === 0 ? npm.stdout.trim() : undefined;
  return plan.nodeGypCandidates({ ...o, globalPrefix }).find((p) => existsSync(p)) ?? null;
}

/** Loads the addon in Electron (as Node) and opens a database with it; null when that works, else why not. */
function probe(electron, addonDir, file) {
  if (!existsSync(file)) return 'nothing was built';
  const code = `const D = require(${JSON.stringify(addonDir)}); new D(':memory:', { nativeBinding: ${JSON.stringify(file)} }).prepare('select 1').get();`;
  const r = spawnSync(electron, ['-e', code], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  return r.status === 0 ? null : (lastLine(r.stderr) || r.error?.message || `exit ${r.status ?? r.signal}`);
}

/** Into the cache in one rename, so a half-copied file is never taken for a build; older builds go. */
function install(built, file) {
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  copyFileSync(built, tmp);
  renameSync(tmp, file);
  const cache = dirname(dir);
  for (const old of readdirSync(cache)) {
    if (old !== basename(dir)) rmSync(join(cache, old), { recursive: true, force: true });
  }
}

function lastLine(text) {
  return (text ?? '').trim().split(/\r?\n/).pop()?.trim() ?? '';
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = process.argv[2] ? resolve(process.argv[2]) : ROOT;
  ensureElectronAddon({ root, log: (m) => console.error(m) }).then((r) => {
    if (r.skipped) console.error(`skipped: ${r.skipped}`);
    else console.log(r.binding);
  }, (err) => {
    console.error(`Building FinGood's SQLite engine for Electron failed: ${err.message}`);
    process.exitCode = 1;
  });
}
