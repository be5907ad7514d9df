import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * The renderer bundle, served by the serve host and loaded by Electron. Both pages run under
 * a CSP with script-src 'self': every script must be a file, never inline.
 */
export default defineConfig({
  root: here('./src-renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: here('./out/renderer'),
    emptyOutDir: true,
    // Chromium (browser and Electron) has modulepreload; no polyfill code is needed.
    modulePreload: { polyfill: false },
    // Assets stay files: the CSP allows data: for images only.
    assetsInlineLimit: 0,
    target: 'chrome120',
  },
});
