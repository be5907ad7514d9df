// `npm test`: everything CI checks, in order, stopping at the first failure.
// Type-check and lint (import boundaries), unit and corpus tests, the builds (renderer for the
// serve host and E2E, the Electron host with electron-vite), integration tests with real
// forked workers, then E2E tests in Debian Chromium.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.js';

const steps = [
  ['type-check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['eslint', '.']],
  ['unit and corpus tests', 'npx', ['vitest', 'run', '--project', 'unit']],
  ['build (renderer and Electron host)', 'npm', ['run', 'build']],
  ['integration tests', 'npx', ['vitest', 'run', '--project', 'integration']],
  ['chromium', null, null],
  ['end-to-end tests', 'npx', ['vitest', 'run', '--project', 'e2e']],
];

const started = Date.now();
for (const [name, cmd, args] of steps) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}`);
  if (cmd === null) {
    console.log(ensureChromium());
    continue;
  }
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } });
  if (r.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${r.status ?? r.signal}).`);
    process.exit(r.status || 1);
  }
  console.log(`✓ ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
