import type { AppEventName, AppEvents } from '../../src-shared/contract/events';
import type { FinGoodBridge } from '../../src-shared/contract/bridge';
import type { Result } from '../../src-shared/contract/errors';
import { asResult, failure, type Transport } from './transport';

export type { FinGoodBridge };

export function isFinGoodBridge(v: unknown): v is FinGoodBridge {
  if (!v || typeof v !== 'object') return false;
  const b = v as Record<string, unknown>;
  return typeof b.invoke === 'function' && typeof b.on === 'function' && typeof b.upload === 'function';
}

const IPC_FAILED = 'FinGood did not answer this window. Restart FinGood; your books are safe.';

/** The desktop app's transport: IPC through the preload; file bytes travel with the call. */
export function createElectronTransport(bridge: FinGoodBridge): Transport {
  const settle = async (call: () => Promise<unknown>): Promise<Result<unknown>> => {
    try {
      return asResult(await call());
    } catch {
      return failure(IPC_FAILED);
    }
  };
  return {
    invoke: (method, args) => settle(() => bridge.invoke(method, args)),
    on<E extends AppEventName>(event: E, cb: (payload: AppEvents[E]) => void) {
      return bridge.on(event, cb as (payload: unknown) => void);
    },
    async upload(name, data) {
      const bytes = new Uint8Array(await data.arrayBuffer());
      return settle(() => bridge.upload(name, bytes)) as Promise<Result<{ uploadId: string }>>;
    },
  };
}
