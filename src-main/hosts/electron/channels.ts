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

export const MENU_EVENT = 'menu.command';
export type { MenuCommand } from '../../../src-shared/contract/bridge';
