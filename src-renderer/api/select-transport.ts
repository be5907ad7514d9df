import { createElectronTransport, isFinGoodBridge } from './electron-transport';
import type { Transport } from './transport';

/**
 * Electron's bridge when the preload installed one, else the serve host's WebSocket. The
 * factories are parameters so the choice is testable without a browser.
 */
export function selectTransport(
  win: { fingood?: unknown },
  serveTransport: () => Transport,
  electronTransport = createElectronTransport,
): { kind: 'electron' | 'serve'; transport: Transport } {
  if (isFinGoodBridge(win.fingood)) return { kind: 'electron', transport: electronTransport(win.fingood) };
  return { kind: 'serve', transport: serveTransport() };
}
