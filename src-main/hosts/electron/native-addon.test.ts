import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ELECTRON_HEADERS_URL, SQLITE_BINDING_ENV, addonCacheFile, addonCacheRoot, nodeGypArgs, nodeGypCandidates, nodeGypEnv,
  prebuildArgs, sqliteBindingFor, type AddonTarget,
} from './native-addon';

const SCRIPT = fileURLToPath(new URL('../../../scripts/electron-native.js', import.meta.url));
const target: AddonTarget = { electron: '41.7.1', addon: '12.11.1', platform: 'linux', arch: 'x64' };

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fingood-native-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the cached Electron build', () => {
  it('lives in node_modules, one build per Electron version, addon version and architecture', () => {
    const file = addonCacheFile('/repo', target);
    expect(file.startsWith(join('/repo', 'node_modules', '.fingood-native'))).toBe(true);
    expect(file.endsWith('better_sqlite3.node')).toBe(true);
    expect(file).toContain('electron-41.7.1');
    expect(addonCacheFile('/repo', { ...target })).toBe(file);
    const others = [{ electron: '41.7.2' }, { electron: '42.0.0-beta.1' }, { addon: '12.12.0' }, { arch: 'arm64' }, { platform: 'darwin' as const }]
      .map((change) => addonCacheFile('/repo', { ...target, ...change }));
    expect(new Set([file, ...others]).size).toBe(others.length + 1);
  });

  it('refuses versions that are not versions (they become a directory name)', () => {
    expect(() => addonCacheFile('/repo', { ...target, electron: '../../etc' })).toThrow(/Electron version/);
    expect(() => addonCacheFile('/repo', { ...target, addon: '1.0.0/../x' })).toThrow(/version/);
    expect(() => addonCacheFile('/repo', { ...target, arch: 'x64/..' })).toThrow(/platform/);
  });
});

describe('node-gyp', () => {
  it('builds a release for the Electron version and architecture, with Electron headers in their own folder', () => {
    const args = nodeGypArgs(target, '/home/u/.electron-gyp');
    expect(args.slice(0, 2)).toEqual(['rebuild', '--release']);
    expect(args).toEqual(expect.arrayContaining([
      '--target=41.7.1', '--arch=x64', `--dist-url=${ELECTRON_HEADERS_URL}`, '--runtime=electron', '--devdir=/home/u/.electron-gyp',
    ]));
    expect(ELECTRON_HEADERS_URL).toBe('https://electronjs.org/headers');
  });

  it('ignores npm settings that would choose another runtime, and keeps the rest', () => {
    const env = nodeGypEnv({
      PATH: '/usr/bin', npm_config_nodedir: '/usr', npm_config_target: '20.0.0', npm_config_runtime: 'node', npm_config_disturl: 'x',
      npm_config_dist_url: 'x', NPM_CONFIG_ARCH: 'ia32', npm_package_config_node_gyp_target: '1.0.0', npm_config_python: '/usr/bin/python3',
      npm_config_https_proxy: 'http://proxy:3128', npm_config_msvs_version: '2022',
    });
    expect(env).toEqual({ PATH: '/usr/bin', npm_config_python: '/usr/bin/python3', npm_config_https_proxy: 'http://proxy:3128', npm_config_msvs_version: '2022' });
  });

  it("is npm's own: the one npm names first, then the running npm's, then the npm beside node, then npm prefix -g", () => {
    const env = { npm_config_node_gyp: '/a/node-gyp.js', npm_execpath: '/b/npm/bin/npm-cli.js' };
    expect(nodeGypCandidates({ env, execPath: '/usr/bin/node', platform: 'linux', globalPrefix: '/opt/g' })).toEqual([
      '/a/node-gyp.js',
      '/b/npm/node_modules/node-gyp/bin/node-gyp.js',
      '/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js',
      '/opt/g/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js',
    ]);
    // pnpm's or yarn's execpath has no node-gyp beside it; a non-script is no candidate
    expect(nodeGypCandidates({ env: { npm_execpath: '/p/pnpm.cjs', npm_config_node_gyp: '/x/node-gyp' }, execPath: '/usr/bin/node', platform: 'linux' }))
      .toEqual(['/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js']);
  });

  it('is found beside node.exe on Windows', () => {
    const [first] = nodeGypCandidates({ env: {}, execPath: join('C:', 'node', 'node.exe'), platform: 'win32' });
    expect(first).toBe(join('C:', 'node', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  });

  it('is only tried after the published Electron build for this platform', () => {
    expect(prebuildArgs(target)).toEqual(['--runtime=electron', '--target=41.7.1', '--arch=x64', '--platform=linux', '--tag-prefix=v']);
  });
});

describe('the binding the desktop app loads', () => {
  it("is the package's own unless npm start names one", () => {
    expect(sqliteBindingFor({}, false)).toBeUndefined();
    expect(sqliteBindingFor({ [SQLITE_BINDING_ENV]: '' }, false)).toBeUndefined();
  });

  it('is the named file in development, and never in a packaged app (its addon is rebuilt for Electron)', () => {
    const file = join(dir, 'better_sqlite3.node');
    writeFileSync(file, '');
    expect(sqliteBindingFor({ [SQLITE_BINDING_ENV]: file }, false)).toBe(file);
    expect(sqliteBindingFor({ [SQLITE_BINDING_ENV]: file }, true)).toBeUndefined();
  });

  it('is an error, naming the variable, when the named file is not there', () => {
    expect(() => sqliteBindingFor({ [SQLITE_BINDING_ENV]: join(dir, 'gone.node') }, false)).toThrow(SQLITE_BINDING_ENV);
    expect(() => sqliteBindingFor({ [SQLITE_BINDING_ENV]: 'relative.node' }, false)).toThrow(/not an existing file/);
  });
});

describe('scripts/electron-native.js', () => {
  const run = (root: string) => spawnSync(process.execPath, [SCRIPT, root], { encoding: 'utf8', timeout: 60_000 });
  const write = (path: string, text: string) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  };
  const fakePackage = (name: string, version: string, main: string) => {
    write(join(dir, 'node_modules', name, 'package.json'), JSON.stringify({ name, version, main: 'index.js' }));
    write(join(dir, 'node_modules', name, 'index.js'), main);
  };
  beforeEach(() => write(join(dir, 'package.json'), '{"name":"fake-root","private":true}'));

  it('skips, building nothing, when the electron package is not installed', () => {
    const r = run(dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('skipped: Electron is not installed');
    expect(existsSync(addonCacheRoot(dir))).toBe(false);
  });

  it("skips when the electron package is there but its binary was never downloaded", () => {
    fakePackage('electron', '41.7.1', "throw new Error('Electron failed to install correctly');");
    const r = run(dir);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('skipped: Electron is not installed');
    expect(existsSync(addonCacheRoot(dir))).toBe(false);
  });

  it('uses the build cached for this Electron without building again', () => {
    fakePackage('electron', '41.7.1', `module.exports = ${JSON.stringify(process.execPath)};`);
    fakePackage('better-sqlite3-multiple-ciphers', '12.11.1', '');
    const cached = addonCacheFile(dir, { ...target, platform: process.platform, arch: process.arch });
    write(cached, 'built before');
    const r = run(dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(cached);
  });
});
