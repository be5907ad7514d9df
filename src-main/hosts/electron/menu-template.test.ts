import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate, type MenuActions } from './menu-template';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

function build(opts: { isMac?: boolean; dev?: boolean } = {}) {
  const calls: string[] = [];
  const actions: MenuActions = { importFiles: () => calls.push('import'), show: (v) => calls.push(`show:${v}`), undo: () => calls.push('undo'), redo: () => calls.push('redo') };
  const items = flatten(menuTemplate({ isMac: opts.isMac ?? false, dev: opts.dev ?? false, actions }));
  const click = (label: string) => {
    const item = items.find((i) => i.label === label);
    (item?.click as unknown as () => void)();
  };
  return { items, calls, click };
}

describe('application menu', () => {
  it('has File, Edit, View and Help', () => {
    const top = menuTemplate({ isMac: false, dev: false, actions: { importFiles() {}, show() {}, undo() {}, redo() {} } });
    expect(top.map((i) => i.label ?? i.role)).toEqual(['&File', '&Edit', '&View', 'help']);
  });

  it('sends Import… and the views to their actions', () => {
    const m = build();
    m.click('Import…');
    m.click('Transactions');
    m.click('Import');
    expect(m.calls).toEqual(['import', 'show:transactions', 'show:import']);
    expect(m.items.find((i) => i.label === 'Import…')?.accelerator).toBe('CmdOrCtrl+O');
  });

  it('sends Edit › Undo and Redo to the ledger history, keeping cut/copy/paste', () => {
    const m = build();
    m.click('Undo');
    m.click('Redo');
    expect(m.calls).toEqual(['undo', 'redo']);
    expect(m.items.find((i) => i.label === 'Undo')?.accelerator).toBe('CmdOrCtrl+Z');
    expect(m.items.map((i) => i.role)).toEqual(expect.arrayContaining(['cut', 'copy', 'paste']));
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (dev: boolean) => build({ dev }).items.map((i) => i.role).filter(Boolean);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload', 'forceReload']));
  });

  it('follows the platform: macOS gets the app menu and closes windows from File', () => {
    const mac = build({ isMac: true }).items.map((i) => i.role);
    expect(mac[0]).toBe('appMenu');
    expect(mac).toContain('close');
    expect(build().items.map((i) => i.role)).toContain('quit');
  });
});
