#!/usr/bin/env node
// The fingood command. Runs the TypeScript sources through tsx's loader (workers do the same).
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src-main/hosts/node/cli.ts');
const code = await runCli(process.argv.slice(2));
process.exitCode = code;
