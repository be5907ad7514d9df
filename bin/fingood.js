#!/usr/bin/env node
// The fingood command: the bundle in out/node (scripts/node-bundle.js) while it is newer than
// every source file; otherwise the TypeScript sources through tsx's loader (workers likewise).
import { freshBundle } from '../scripts/node-bundle.js';

const bundle = freshBundle();
let cli;
if (bundle) {
  cli = await import(bundle);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('../src-main/hosts/node/cli.ts');
}
process.exitCode = await cli.runCli(process.argv.slice(2));
