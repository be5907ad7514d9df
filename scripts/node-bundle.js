// The Node hosts (the `fingood` CLI, `fingood serve`, and their forked workers) as plain
// JavaScript in out/node, built by esbuild from the TypeScript sources. Starting from the bundle
// takes a third of the time of loading the sources through tsx (0.28 s against 0.7 s for
// `fingood --help` here), and every import pays it twice: the CLI and its worker.
// bin/fingood.js uses the bundle only while it is newer than every source file, so an edited
// source is never shadowed by an old bundle (it then runs through tsx until the next build).
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUNDLE_DIR = join(ROOT, 'out', 'node');
const SOURCES = ['src-main', 'src-worker', 'src-shared'];
/** Thread scripts are loaded by file (new Worker(url)), beside the module that starts them. */
const THREADS = ['src-main/ledger/checkpoint-thread.mjs', 'src-worker/jobs/row-writer-thread.mjs'];

function newestSource(root) {
  let newest = 0;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|mjs|js|json)$/.test(e.name) && !/\.test\.ts$/.test(e.name)) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  for (const d of SOURCES) if (existsSync(join(root, d))) walk(join(root, d));
  return newest;
}

/** The bundle's CLI module when it is complete and newer than the sources; otherwise null. */
export function freshBundle(root = ROOT) {
  const dir = join(root, 'out', 'node');
  const stamp = join(dir, 'built');
  if (!existsSync(stamp)) return null;
  return statSync(stamp).mtimeMs >= newestSource(root) ? join(dir, 'cli.js') : null;
}

/** Builds out/node: cli.js and worker.js (sharing chunks), the thread scripts, and the stamp last. */
export async function buildNodeBundle() {
  const { build } = await import('esbuild');
  rmSync(BUNDLE_DIR, { recursive: true, force: true });
  mkdirSync(BUNDLE_DIR, { recursive: true });
  const startedAt = Date.now();
  await build({
    entryPoints: { cli: join(ROOT, 'src-main/hosts/node/cli.ts'), worker: join(ROOT, 'src-worker/entry-node.ts') },
    outdir: BUNDLE_DIR,
    bundle: true,
    splitting: true, // the training job (TF.js) stays a chunk loaded when a training starts
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Pure-JS packages are bundled: loading kysely's hundred modules one by one took 0.1 s of
    // every command's start. The SQLite addon cannot be bundled, TF.js finds its wasm files
    // beside its own modules, and ws's optional native helpers may be missing.
    external: ['better-sqlite3-multiple-ciphers', '@tensorflow/*', 'bufferutil', 'utf-8-validate', 'tsx', 'esbuild', 'electron'],
    // The bundled CommonJS packages require Node's own modules.
    banner: { js: "import { createRequire as __fingoodRequire } from 'node:module'; const require = __fingoodRequire(import.meta.url);" },
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  for (const t of THREADS) copyFileSync(join(ROOT, t), join(BUNDLE_DIR, t.split('/').pop().replace(/\.mjs$/, '.js')));
  // Stamped with the build's start: a source saved during the build leaves the bundle stale.
  const stamp = join(BUNDLE_DIR, 'built');
  writeFileSync(stamp, '');
  utimesSync(stamp, startedAt / 1000, startedAt / 1000);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    await buildNodeBundle();
    console.log(`Node hosts built into ${BUNDLE_DIR}.`);
  } catch (err) {
    // After `npm install --omit=dev` there is no esbuild: fingood then runs its sources through tsx.
    if (!process.argv.includes('--if-possible')) throw err;
    console.log(`The Node hosts were not bundled (${err.message.split('\n')[0]}); fingood runs from its sources.`);
  }
}
