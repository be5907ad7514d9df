import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freshBundle } from '../../../scripts/node-bundle.js';

// bin/fingood.js runs the bundle only while it is newer than every source: an edited source is
// never shadowed by an old bundle.
describe('the Node hosts bundle', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function project(sourceAt: number, stampAt: number | null): void {
    root = mkdtempSync(join(tmpdir(), 'fingood-bundle-'));
    mkdirSync(join(root, 'src-worker', 'jobs'), { recursive: true });
    const source = join(root, 'src-worker', 'jobs', 'import.ts');
    writeFileSync(source, 'export {};');
    utimesSync(source, sourceAt, sourceAt);
    if (stampAt === null) return;
    mkdirSync(join(root, 'out', 'node'), { recursive: true });
    writeFileSync(join(root, 'out', 'node', 'built'), '');
    utimesSync(join(root, 'out', 'node', 'built'), stampAt, stampAt);
  }

  it('is used when built after the last source change', () => {
    project(1_000, 2_000);
    expect(freshBundle(root)).toBe(join(root, 'out', 'node', 'cli.js'));
  });

  it('is passed over when a source changed after the build', () => {
    project(3_000, 2_000);
    expect(freshBundle(root)).toBeNull();
  });

  it('is passed over when the build never finished (no stamp)', () => {
    project(1_000, null);
    expect(freshBundle(root)).toBeNull();
  });
});
