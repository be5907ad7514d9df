import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { WebSocketServer, type WebSocket } from 'ws';
import { APP_EVENT_NAMES } from '../../../src-shared/contract/events';
import type { AppCore } from '../../app-core';
import { TOKEN_COOKIE, originAllowed, requestToken, tokenMatches } from './serve-auth';
import { serveStatic } from './serve-static';

export const RENDERER_DIR = fileURLToPath(new URL(import.meta.url.endsWith('.ts') ? '../../../out/renderer' : '../renderer', import.meta.url));
const MAX_UPLOAD = 512 * 1024 * 1024;

export interface ServeHandle {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/**
 * The serve host: the renderer as static files and the core over a WebSocket, on 127.0.0.1
 * only, behind a random token. File drops arrive as POST /api/upload (raw bytes).
 */
export async function startServe(core: AppCore, opts: { port?: number; rendererDir?: string } = {}): Promise<ServeHandle> {
  const token = randomBytes(24).toString('hex');
  const root = opts.rendererDir ?? RENDERER_DIR;
  if (!existsSync(`${root}/index.html`)) {
    throw new Error(`The FinGood UI is not built (${root}). Run "npm run build:renderer" first.`);
  }
  let port = 0;
  const csp = () => `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' ws://127.0.0.1:${port} ws://localhost:${port}; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'`;

  const guard = (req: IncomingMessage, res: ServerResponse): boolean => {
    if (!originAllowed(req, port)) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('Forbidden: FinGood answers only its own page on 127.0.0.1.');
      return false;
    }
    if (!tokenMatches(requestToken(req), token)) {
      res.writeHead(401, { 'content-type': 'text/plain' }).end('Unauthorized: open the URL that "fingood serve" printed (it carries the token).');
      return false;
    }
    return true;
  };

  const server = createServer((req, res) => {
    void (async () => {
      if (!guard(req, res)) return;
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname === '/api/upload' && req.method === 'POST') return upload(req, res, url);
      if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
      const headers: Record<string, string> = {
        'content-security-policy': csp(), 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer',
        'set-cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
      };
      await serveStatic(root, url.pathname, res, headers);
    })().catch((err) => { if (!res.headersSent) res.writeHead(500).end(String((err as Error).message)); });
  });

  const upload = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_UPLOAD) {
        res.writeHead(413, { 'content-type': 'application/json' })
          .end(JSON.stringify({ ok: false, error: { code: 'TOO_LARGE', message: 'The file is larger than 512 MB. Split it by date range and import the parts.' } }));
        req.destroy();
        return;
      }
      chunks.push(chunk as Buffer);
    }
    const bytes = new Uint8Array(Buffer.concat(chunks));
    const result = await core.dispatch('imports.upload', { name: url.searchParams.get('name') ?? 'statement', bytes });
    res.writeHead(result.ok ? 200 : 400, { 'content-type': 'application/json' }).end(JSON.stringify(result));
  };

  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  server.on('upgrade', (req, socket, head) => {
    const refuse = (status: number, text: string) => {
      socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    if (new URL(req.url ?? '/', 'http://127.0.0.1').pathname !== '/ws') return refuse(404, 'Not Found');
    if (!originAllowed(req, port)) return refuse(403, 'Forbidden');
    if (!tokenMatches(requestToken(req), token)) return refuse(401, 'Unauthorized');
    wss.handleUpgrade(req, socket, head, (ws) => bridge(ws));
  });

  const bridge = (ws: WebSocket) => {
    const unsubscribe = APP_EVENT_NAMES.map((event) =>
      core.events.on(event, (payload) => ws.send(JSON.stringify({ event, payload }))));
    ws.on('message', (data) => {
      void (async () => {
        let msg: { id?: unknown; method?: unknown; args?: unknown };
        try { msg = JSON.parse(String(data)); } catch { return; }
        if (typeof msg.id !== 'number') return;
        const result = await core.dispatch(String(msg.method), msg.args);
        ws.send(JSON.stringify({ id: msg.id, result }));
      })();
    });
    ws.on('close', () => unsubscribe.forEach((u) => u()));
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    async close() {
      for (const c of wss.clients) c.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
