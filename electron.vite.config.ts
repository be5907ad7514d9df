import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'electron-vite';
import renderer from './vite.renderer.config';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * `electron-vite build`: the desktop app into out/ (package.json "main" is out/main/index.js).
 * It needs Electron's package.json (for its version), never the Electron binary.
 */
export default defineConfig({
  main: {
    build: {
      // Every package.json dependency stays a runtime import from node_modules: the native
      // better-sqlite3-multiple-ciphers cannot be bundled, and the others need not be.
      externalizeDeps: true,
      rollupOptions: {
        // The worker entry is built beside main so utility-pool forks out/main/entry-electron.js.
        input: {
          index: here('./src-main/hosts/electron/main.ts'),
          'entry-electron': here('./src-worker/entry-electron.ts'),
          // The ledger's checkpoint thread (src-main/ledger/checkpointer.ts loads it beside main).
          'checkpoint-thread': here('./src-main/ledger/checkpoint-thread.mjs'),
          // An import's row writer, a thread of the worker (src-worker/jobs/row-writer.ts loads it beside the worker entry).
          'row-writer-thread': here('./src-worker/jobs/row-writer-thread.mjs'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload runs as one plain CommonJS script: it can require only 'electron',
      // so everything else is bundled in, and .cjs keeps "type": "module" from claiming it.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: here('./src-main/hosts/electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  // The same renderer build as `npm run build:renderer` (the serve host's), never a second
  // definition of it: both write out/renderer.
  renderer: mergeConfig(renderer, {
    build: { rollupOptions: { input: here('./src-renderer/index.html') } },
  }),
});
