import { isRefusalCode } from '@concord/shared/protocol';
import type { WebsocketProvider } from 'y-websocket';

/** Where a provider's connection stands while it has not been refused: offline, connecting, or synced. */
export function providerConnection(provider: WebsocketProvider): 'offline' | 'connecting' | 'synced' {
  if (!navigator.onLine) return 'offline';
  return provider.wsconnected && provider.synced ? 'synced' : 'connecting';
}

/**
 * The reason a close event refuses the connection for good (4400-4499: y-websocket stops reconnecting), or null for
 * a dropped line it retries. A refusal with no reason reads as its code.
 */
export function refusalOf(event: { code: number; reason: string }): string | null {
  return isRefusalCode(event.code) ? event.reason || String(event.code) : null;
}

/** Calls `run` once after a burst of calls in one task (a doc's updates batched into one snapshot). */
export function batched(run: () => void): () => void {
  let queued = false;
  return () => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      run();
    });
  };
}
