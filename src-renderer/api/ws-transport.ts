import type { AppEventName, AppEvents } from '../../src-shared/contract/events';
import type { Result } from '../../src-shared/contract/errors';
import { EventListeners } from './event-listeners';
import { PendingRequests } from './pending-requests';
import { asResult, failure, type Transport } from './transport';

/** The part of a browser WebSocket this transport uses (a fake stands in for it in tests). */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  onopen: (() => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: (() => void) | null;
}

export interface WsTransportDeps {
  /** ws://host:port/ws; the page's cookie carries the token. */
  socketUrl: string;
  /** POST target for a file's raw bytes. */
  uploadUrl(name: string): string;
  createSocket(url: string): SocketLike;
  fetch(url: string, init: { method: string; body: Blob; headers: Record<string, string> }): Promise<{ status: number; text(): Promise<string> }>;
  /** Schedules a reconnect; injectable so tests control time. */
  later(fn: () => void, ms: number): void;
}

const OPEN = 1;
const LOST = 'The connection to FinGood was lost, so this could not finish. Check that "fingood serve" is still running; the window reconnects by itself.';

/**
 * The serve host's transport: calls and events over one WebSocket, file bytes over HTTP.
 * Calls made while connecting wait for the socket; a lost connection fails every waiting call
 * and reconnects with backoff, keeping event subscriptions.
 */
export function createWsTransport(deps: WsTransportDeps): Transport {
  const pending = new PendingRequests();
  const listeners = new EventListeners();
  let outbox: string[] = [];
  let socket: SocketLike;
  let failures = 0;

  const connect = () => {
    socket = deps.createSocket(deps.socketUrl);
    socket.onopen = () => {
      failures = 0;
      const queued = outbox;
      outbox = [];
      for (const msg of queued) socket.send(msg);
    };
    socket.onmessage = (ev) => receive(ev.data);
    socket.onclose = () => {
      outbox = [];
      pending.failAll(LOST);
      failures++;
      deps.later(connect, Math.min(500 * 2 ** (failures - 1), 10_000));
    };
  };

  const receive = (data: unknown) => {
    let msg: { id?: unknown; result?: unknown; event?: unknown; payload?: unknown };
    try {
      msg = JSON.parse(String(data));
    } catch {
      return;
    }
    if (typeof msg.id === 'number') pending.settle(msg.id, asResult(msg.result));
    else if (typeof msg.event === 'string') listeners.emit(msg.event, msg.payload);
  };

  connect();

  return {
    invoke(method, args) {
      const { id, answer } = pending.open();
      const msg = JSON.stringify({ id, method, args });
      if (socket.readyState === OPEN) socket.send(msg);
      else outbox.push(msg);
      return answer;
    },
    on<E extends AppEventName>(event: E, cb: (payload: AppEvents[E]) => void) {
      return listeners.add(event, cb as (payload: unknown) => void);
    },
    async upload(name, data): Promise<Result<{ uploadId: string }>> {
      let res;
      try {
        res = await deps.fetch(deps.uploadUrl(name), {
          method: 'POST', body: data, headers: { 'content-type': 'application/octet-stream' },
        });
      } catch {
        return failure(`${name} could not be sent to FinGood: the connection was lost. Check that "fingood serve" is still running and drop the file again.`);
      }
      const text = await res.text();
      try {
        return asResult(JSON.parse(text)) as Result<{ uploadId: string }>;
      } catch {
        if (res.status === 401 || res.status === 403) {
          return failure('This window is no longer signed in to FinGood. Open the address that "fingood serve" printed and drop the file again.');
        }
        return failure(`${name} could not be sent to FinGood (HTTP ${res.status}). Drop the file again.`);
      }
    },
  };
}

/** The transport for a page the serve host delivered: same host, cookie authentication. */
export function browserWsTransport(loc: Location): Transport {
  const wsProtocol = loc.protocol === 'https:' ? 'wss:' : 'ws:';
  return createWsTransport({
    socketUrl: `${wsProtocol}//${loc.host}/ws`,
    uploadUrl: (name) => `/api/upload?name=${encodeURIComponent(name)}`,
    createSocket: (url) => adaptSocket(new WebSocket(url)),
    fetch: (url, init) => fetch(url, { ...init, credentials: 'same-origin' }),
    later: (fn, ms) => void setTimeout(fn, ms),
  });
}

function adaptSocket(ws: WebSocket): SocketLike {
  const s: SocketLike = {
    get readyState() { return ws.readyState; },
    send: (data) => ws.send(data),
    onopen: null, onmessage: null, onclose: null,
  };
  ws.onopen = () => s.onopen?.();
  ws.onmessage = (ev) => s.onmessage?.({ data: ev.data });
  ws.onclose = () => s.onclose?.();
  return s;
}
