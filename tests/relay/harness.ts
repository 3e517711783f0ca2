/** Per-test relays and clients that are torn down after each test (registers its own afterEach). */
import { afterEach } from 'vitest';
import { startRelay, type RunningRelay, type StartRelayOptions } from '../helpers/relay';
import { connectClient, type SyncClient } from './clients';

export interface RelayHarness {
  /** Starts a relay process, killed after the test. */
  relay(opts?: StartRelayOptions): Promise<RunningRelay>;
  /** A y-websocket client of `room` on a relay (or any sync URL), destroyed after the test. */
  client(target: RunningRelay | string, room: string): SyncClient;
  /** Runs `clean` after the test (in reverse order of registration). */
  defer(clean: () => Promise<void> | void): void;
}

/** Call once at the top of a test file. */
export function relayHarness(): RelayHarness {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const clean of cleanups.splice(0).reverse()) await clean();
  });
  return {
    async relay(opts = {}) {
      const r = await startRelay(opts);
      cleanups.push(() => r.kill());
      return r;
    },
    client(target, room) {
      const c = connectClient(typeof target === 'string' ? target : target.wsUrl, room);
      cleanups.push(() => c.destroy());
      return c;
    },
    defer: (clean) => cleanups.push(clean),
  };
}
