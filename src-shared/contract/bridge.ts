/**
 * What the Electron preload exposes as `window.fingood` (contextBridge): a transport, not an
 * API. The dispatcher in main validates every call, so nothing here is trusted.
 */
export interface FinGoodBridge {
  invoke(method: string, args?: unknown): Promise<unknown>;
  on(event: string, cb: (payload: unknown) => void): () => void;
  upload(name: string, bytes: Uint8Array): Promise<unknown>;
}

/**
 * What a host's native menu asks the renderer to do, delivered as the `menu.command` event.
 * Files picked with the native dialog arrive by path; the renderer imports them with
 * `imports.start({ files })` as it does dropped files.
 */
export type MenuCommand =
  | { command: 'import'; files: { name: string; path: string }[] }
  | { command: 'show'; view: 'import' | 'transactions' | 'review' | 'rules' }
  | { command: 'undo' }
  | { command: 'redo' };
