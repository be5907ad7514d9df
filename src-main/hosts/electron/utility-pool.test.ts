import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { FromWorker, ToWorker } from '../../../src-shared/contract/worker-protocol';
import type { WorkerExit } from '../../jobs/worker-pool';
import { createUtilityPool, type UtilityChild } from './utility-pool';

/** Behaves like Electron's UtilityProcess as far as the pool can tell. */
class FakeUtility extends EventEmitter implements UtilityChild {
  pid: number | undefined = 4242;
  posted: unknown[] = [];
  kills = 0;
  postMessage(message: unknown) {
    if (this.pid === undefined) throw new Error('process gone');
    this.posted.push(message);
  }
  kill() {
    this.kills++;
    return true;
  }
  exit(code: number) {
    this.pid = undefined;
    this.emit('exit', code);
  }
}

function pool() {
  const forked: { entry: string; child: FakeUtility }[] = [];
  const p = createUtilityPool('/app/out/main/entry-electron.js', (entry) => {
    const child = new FakeUtility();
    forked.push({ entry, child });
    return child;
  });
  return { p, forked };
}

describe('utility process worker pool', () => {
  it('forks the built worker entry, one process per job, and carries protocol messages both ways', () => {
    const { p, forked } = pool();
    const w = p.spawn();
    p.spawn();
    expect(forked.map((f) => f.entry)).toEqual(['/app/out/main/entry-electron.js', '/app/out/main/entry-electron.js']);
    const child = forked[0]!.child;
    expect(w.pid).toBe(4242);

    const start: ToWorker = { type: 'start', jobId: 'j', kind: 'import', input: { path: '/x.csv' } };
    w.send(start);
    expect(child.posted).toEqual([start]);

    const got: FromWorker[] = [];
    w.onMessage((m) => got.push(m));
    child.emit('message', { type: 'progress', progress: { phase: 'parsing', done: 1, total: 2, fraction: 0.5, etaMs: null } });
    expect(got).toHaveLength(1);
  });

  it("maps Electron's exit code to a WorkerExit, for listeners added before and after the exit", () => {
    const { p, forked } = pool();
    const w = p.spawn();
    const exits: WorkerExit[] = [];
    w.onExit((e) => exits.push(e));
    forked[0]!.child.exit(139);
    w.onExit((e) => exits.push(e));
    expect(exits).toEqual([{ code: 139, signal: null }, { code: 139, signal: null }]);
    expect(w.pid).toBeUndefined();
  });

  it('drops messages to and kills of a process that already exited, instead of throwing', () => {
    const { p, forked } = pool();
    const w = p.spawn();
    const child = forked[0]!.child;
    child.exit(0);
    expect(() => w.send({ type: 'cancel' })).not.toThrow();
    w.kill();
    expect(child.kills).toBe(0);
  });

  it('close kills every live worker and no exited one', async () => {
    const { p, forked } = pool();
    p.spawn();
    p.spawn();
    forked[1]!.child.exit(0);
    await p.close();
    expect(forked.map((f) => f.child.kills)).toEqual([1, 0]);
  });
});
