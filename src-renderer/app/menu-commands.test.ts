import { describe, expect, it } from 'vitest';
import { runMenuCommand, type MenuHandlers } from './menu-commands';

function recorder() {
  const calls: unknown[][] = [];
  const h: MenuHandlers = {
    importFiles: (files) => calls.push(['import', files]),
    show: (view) => calls.push(['show', view]),
    history: (action) => calls.push(['history', action]),
  };
  return { h, calls };
}

describe('runMenuCommand', () => {
  it('imports the files picked in the native dialog, in the Import view', () => {
    const { h, calls } = recorder();
    const files = [{ name: 'march.ofx', path: '/home/ann/march.ofx' }, { name: 'april.csv', path: 'C:\\Books\\april.csv' }];
    expect(runMenuCommand({ command: 'import', files }, h)).toBe(true);
    expect(calls).toEqual([['show', 'import'], ['import', files]]);
  });

  it('switches views and runs undo and redo', () => {
    const { h, calls } = recorder();
    runMenuCommand({ command: 'show', view: 'transactions' }, h);
    runMenuCommand({ command: 'undo' }, h);
    runMenuCommand({ command: 'redo' }, h);
    expect(calls).toEqual([['show', 'transactions'], ['history', 'undo'], ['history', 'redo']]);
  });

  it('ignores commands it does not know and malformed payloads', () => {
    const { h, calls } = recorder();
    expect(runMenuCommand({ command: 'show', view: 'reports' }, h)).toBe(false);
    expect(runMenuCommand({ command: 'import', files: [] }, h)).toBe(false);
    expect(runMenuCommand({ command: 'import', files: 'x.csv' }, h)).toBe(false);
    expect(runMenuCommand({ command: 'print' }, h)).toBe(false);
    expect(runMenuCommand(null, h)).toBe(false);
    expect(calls).toEqual([]);
  });

  it('imports only the well-formed files of a command, without extra fields', () => {
    const { h, calls } = recorder();
    runMenuCommand({ command: 'import', files: [{ name: 'a.csv', path: '/a.csv', extra: 1 }, { name: '', path: '/b.csv' }, { name: 'c.csv' }] }, h);
    expect(calls).toEqual([['show', 'import'], ['import', [{ name: 'a.csv', path: '/a.csv' }]]]);
  });
});
