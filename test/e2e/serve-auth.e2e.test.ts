import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startServeHost, type ServeHost } from './support/serve-host';

interface HttpAnswer { status: number; headers: Record<string, string | string[] | undefined>; body: string }

function http(host: ServeHost, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d: string) => { body += d; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** Opens a WebSocket; resolves with the refusal's HTTP status, or 101 and the open socket. */
function upgrade(url: string, opts: WebSocket.ClientOptions = {}): Promise<{ status: number; socket?: WebSocket }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, opts);
    ws.once('unexpected-response', (_req, res) => { resolve({ status: res.statusCode ?? 0 }); ws.terminate(); });
    ws.once('open', () => resolve({ status: 101, socket: ws }));
    ws.once('error', (e) => { if (!/Unexpected server response/.test(e.message)) reject(e); });
  });
}

let nextId = 1;
function call(ws: WebSocket, method: string, args: unknown): Promise<{ ok: boolean; value?: any; error?: any }> {
  return new Promise((resolve) => {
    const id = nextId++;
    const onMessage = (data: WebSocket.RawData) => {
      const msg = JSON.parse(String(data)) as { id?: number; result?: any };
      if (msg.id !== id) return;
      ws.off('message', onMessage);
      resolve(msg.result);
    };
    ws.on('message', onMessage);
    ws.send(JSON.stringify({ id, method, args }));
  });
}

describe('the serve host lets only its own page in', () => {
  let host: ServeHost;
  const foreign = 'http://evil.example';

  beforeAll(async () => { host = await startServeHost(); });
  afterAll(async () => { await host?.stop(); });

  it('serves the page for the printed URL and hands the token over as an HttpOnly cookie', async () => {
    const r = await http(host, `/?token=${host.token}`);
    expect(r.status).toBe(200);
    expect(r.body).toContain('<div id="root">');
    expect(String(r.headers['set-cookie'])).toMatch(/fingood_token=[0-9a-f]+; HttpOnly; SameSite=Strict/);
    expect(String(r.headers['content-security-policy'])).toContain("script-src 'self'");
    const withCookie = await http(host, '/', { headers: { cookie: `fingood_token=${host.token}` } });
    expect(withCookie.status).toBe(200);
  });

  it('refuses HTTP requests without the token or with a wrong one (401)', async () => {
    expect((await http(host, '/')).status).toBe(401);
    expect((await http(host, '/?token=0123456789abcdef')).status).toBe(401);
    expect((await http(host, '/', { headers: { cookie: 'fingood_token=wrong' } })).status).toBe(401);
    const upload = await http(host, '/api/upload?name=a.csv', { method: 'POST', body: 'Date,Amount\n' });
    expect(upload.status).toBe(401);
    expect(upload.body).not.toContain('uploadId');
  });

  it('refuses HTTP requests from a foreign Origin or Host even with the token (403)', async () => {
    const fromElsewhere = await http(host, `/?token=${host.token}`, { headers: { origin: foreign } });
    expect(fromElsewhere.status).toBe(403);
    const upload = await http(host, `/api/upload?name=a.csv&token=${host.token}`, { method: 'POST', headers: { origin: foreign }, body: 'x' });
    expect(upload.status).toBe(403);
    const rebound = await http(host, `/?token=${host.token}`, { headers: { host: `evil.example:${host.port}` } });
    expect(rebound.status).toBe(403);
  });

  it('refuses WebSocket upgrades without the token or with a wrong one (401)', async () => {
    const ws = `ws://127.0.0.1:${host.port}/ws`;
    expect((await upgrade(ws)).status).toBe(401);
    expect((await upgrade(`${ws}?token=nope`)).status).toBe(401);
    expect((await upgrade(ws, { headers: { cookie: 'fingood_token=nope' } })).status).toBe(401);
  });

  it('refuses a WebSocket upgrade from a foreign Origin even with the token (403)', async () => {
    const r = await upgrade(`ws://127.0.0.1:${host.port}/ws?token=${host.token}`, { origin: foreign });
    expect(r.status).toBe(403);
  });

  it('answers calls over a WebSocket opened with the cookie its own page holds', async () => {
    const r = await upgrade(`ws://127.0.0.1:${host.port}/ws`, {
      origin: host.origin, headers: { cookie: `fingood_token=${host.token}` },
    });
    expect(r.status).toBe(101);
    try {
      const info = await call(r.socket!, 'ledger.info', {});
      expect(info.ok).toBe(true);
      expect(info.value.transactionCount).toBe(0);
      const unknown = await call(r.socket!, 'fs.readFile', { path: '/etc/passwd' });
      expect(unknown).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    } finally {
      r.socket!.close();
    }
  });
});
