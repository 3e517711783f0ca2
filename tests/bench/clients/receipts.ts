import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import type { WebsocketProvider } from 'y-websocket';
import { MessageType } from '@concord/shared/protocol';

type StateVector = Map<number, number>;

/**
 * Concord's durable receipts (message 100: the state vector the relay has committed). A relay that never sends
 * one (the stock relay and Hocuspocus) leaves `seen` false, and callers fall back to "merged" and say so.
 */
export class ReceiptTracker {
  seen = false;
  stored: StateVector = new Map();
  private waiters: { covers: StateVector; resolve: () => void }[] = [];

  /** Hooks message 100 on this provider only (y-websocket copies its handler table per instance). */
  attach(provider: WebsocketProvider): void {
    provider.messageHandlers[MessageType.stored] = (_encoder, decoder) => {
      this.receive(Y.decodeStateVector(decoding.readVarUint8Array(decoder)));
    };
  }

  /** True when everything up to `clock` from `client` is in the last receipt. */
  covers(client: number, clock: number): boolean {
    return (this.stored.get(client) ?? 0) >= clock;
  }

  /** Resolves once a receipt covers every entry of `sv` (typically the client's own state vector). */
  whenCovers(sv: StateVector): Promise<void> {
    if (this.coversAll(sv)) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ covers: sv, resolve }));
  }

  private coversAll(sv: StateVector): boolean {
    for (const [client, clock] of sv) if (!this.covers(client, clock)) return false;
    return true;
  }

  private receive(sv: StateVector): void {
    this.seen = true;
    // Receipts only grow; keep the maximum in case two arrive out of order.
    for (const [client, clock] of sv) if (clock > (this.stored.get(client) ?? 0)) this.stored.set(client, clock);
    this.waiters = this.waiters.filter((w) => {
      if (!this.coversAll(w.covers)) return true;
      w.resolve();
      return false;
    });
  }
}
