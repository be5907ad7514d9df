import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';

// Electron runs main on its own Node ABI, so the SQLite addon that npm built for Node (which
// the CLI and the tests load) cannot be loaded by the desktop app in development. `npm start`
// builds a copy for Electron once (scripts/electron-native.js) and names it in this variable.
// A packaged app has its addon rebuilt for Electron by the packager: there the package's own
// binding is right and the variable is ignored.
export const SQLITE_BINDING_ENV = 'FINGOOD_SQLITE_BINDING';
export const ADDON_PACKAGE = 'better-sqlite3-multiple-ciphers';
export const ADDON_FILE = 'better_sqlite3.node';
export const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

/** What an Electron build of the addon is for: a cached build fits only the same four. */
export interface AddonTarget {
  /** Electron's version (its ABI and headers). */
  electron: string;
  /** better-sqlite3-multiple-ciphers' version: its JS and its native part must match. */
  addon: string;
  platform: NodeJS.Platform;
  arch: string;
}

const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
const ARCH = /^[a-z0-9_]+$/;

/** The path the main process passes to better-sqlite3 as nativeBinding, or undefined for its own. */
export function sqliteBindingFor(env: NodeJS.ProcessEnv, isPackaged: boolean): string | undefined {
  const path = env[SQLITE_BINDING_ENV];
  if (isPackaged || !path) return undefined;
  if (!isAbsolute(path) || !existsSync(path)) {
    throw new Error(`${SQLITE_BINDING_ENV} names ${path}, which is not an existing file. Start FinGood with "npm start" (it builds the SQLite engine for Electron), or unset ${SQLITE_BINDING_ENV}.`);
  }
  return path;
}

/** Where the Electron build is kept: inside node_modules, so a fresh install drops it too. */
export function addonCacheFile(root: string, t: AddonTarget): string {
  // The versions come from package.json files and become a directory name: no "../" through.
  if (!VERSION.test(t.electron)) throw new Error(`Unexpected Electron version "${t.electron}".`);
  if (!VERSION.test(t.addon)) throw new Error(`Unexpected ${ADDON_PACKAGE} version "${t.addon}".`);
  if (!ARCH.test(t.platform) || !ARCH.test(t.arch)) throw new Error(`Unexpected platform ${t.platform}-${t.arch}.`);
  return join(addonCacheRoot(root), `electron-${t.electron}-${t.platform}-${t.arch}-sqlite-${t.addon}`, ADDON_FILE);
}

export const addonCacheRoot = (root: string): string => join(root, 'node_modules', '.fingood-native');

/**
 * node-gyp's arguments for an Electron build. Headers come from Electron's own server into
 * their own directory (electron-rebuild's): in node-gyp's default one, Electron 41.x.y headers
 * would pass for Node 41.x.y's.
 */
export function nodeGypArgs(t: AddonTarget, devdir: string): string[] {
  return [
    'rebuild', '--release',
    `--target=${t.electron}`, `--arch=${t.arch}`,
    `--dist-url=${ELECTRON_HEADERS_URL}`, '--runtime=electron',
    `--devdir=${devdir}`, '--jobs=max',
  ];
}

/** prebuild-install's arguments: the package's published Electron binary, when there is one. */
export function prebuildArgs(t: AddonTarget): string[] {
  return ['--runtime=electron', `--target=${t.electron}`, `--arch=${t.arch}`, `--platform=${t.platform}`, '--tag-prefix=v'];
}

// node-gyp reads npm_config_<name> (and npm_package_config_node_gyp_<name>) from the environment
// and lets it win over its command line; a user's .npmrc with nodedir or target set for another
// project would silently build for the wrong runtime.
const TARGET_CONFIG = /^npm_(?:config|package_config_node_gyp)_(?:target|arch|runtime|dist[-_]?url|nodedir|tarball|devdir|debug|directory|thin|ensure|jobs)$/i;

/** The environment for node-gyp: everything but the settings that choose what it builds for. */
export function nodeGypEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !TARGET_CONFIG.test(k)));
}

/**
 * Where npm's own node-gyp may be, best first: the one npm names to scripts, the one beside the
 * running npm, the one of the npm bundled with this Node, and the one under `npm prefix -g`.
 */
export function nodeGypCandidates(o: { env: NodeJS.ProcessEnv; execPath: string; platform: NodeJS.Platform; globalPrefix?: string }): string[] {
  const inNpm = (npmDir: string) => join(npmDir, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  const npmUnder = (prefix: string) => (o.platform === 'win32' ? join(prefix, 'node_modules', 'npm') : join(prefix, 'lib', 'node_modules', 'npm'));
  const list = [
    o.env.npm_config_node_gyp,
    o.env.npm_execpath && /npm-cli\.js$/.test(o.env.npm_execpath) ? inNpm(dirname(dirname(o.env.npm_execpath))) : undefined,
    inNpm(npmUnder(o.platform === 'win32' ? dirname(o.execPath) : dirname(dirname(o.execPath)))),
    o.globalPrefix ? inNpm(npmUnder(o.globalPrefix)) : undefined,
  ];
  return [...new Set(list.filter((p): p is string => !!p && /\.c?js$/.test(p)))];
}
