import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CLI = fileURLToPath(new URL('../../../bin/fingood.js', import.meta.url));
export const RENDERER_INDEX = fileURLToPath(new URL('../../../out/renderer/index.html', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../../fixtures/e2e/', import.meta.url));
export const RESULTS_DIR = fileURLToPath(new URL('../../../test-results/', import.meta.url));

/** The E2E tests drive the built UI; a stale or missing build must be obvious, not a timeout. */
export function assertRendererBuilt(): void {
  if (!existsSync(RENDERER_INDEX)) {
    throw new Error(`The renderer is not built (${RENDERER_INDEX} is missing). Run "npm run build:renderer" before the e2e tests.`);
  }
}
