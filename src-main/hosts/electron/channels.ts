/**
 * The IPC vocabulary shared by main (ipc.ts, menu.ts) and the preload. Constants and types
 * only: the preload is bundled on its own and must not pull in anything that runs in main.
 */
export const INVOKE_CHANNEL = 'fingood:invoke';
/** Core events and menu commands both arrive here as `{ event, payload }`. */
export const EVENT_CHANNEL = 'fingood:event';

export interface EventMessage {
  event: string;
  payload: unknown;
}

/**
 * What the native menu asks the renderer to do, delivered as the `menu.command` event through
 * the preload's `on`. Files are picked with the native dialog in main because a renderer may
 * not open a file chooser without a user gesture of its own; the renderer then starts the
 * import with `imports.start({ files })` exactly as for dropped files.
 */
export const MENU_EVENT = 'menu.command';
export type MenuCommand =
  | { command: 'import'; files: { name: string; path: string }[] }
  | { command: 'show'; view: 'import' | 'transactions' };
