import * as Y from 'yjs';

/**
 * Counts this device's changes the relay has not confirmed as stored. Each local transaction of this session is
 * one change, settled when a receipt's state vector covers its last clock. Changes from earlier sessions (other
 * Yjs client ids) are counted one per client id with content the receipt does not cover: their transaction
 * boundaries are gone, and "some changes" is still true. Until the first receipt, `carried` (the count the
 * catalogue saved last session) stands in for them.
 */
export class PendingChanges {
  /** Own clock after each local transaction of this session, oldest first. */
  private ends: number[] = [];

  constructor(private carried = 0) {}

  /** Call after each local transaction. */
  recordLocal(doc: Y.Doc): void {
    this.ends.push(Y.getState(doc.store, doc.clientID));
  }

  /** Settles what `stored` covers; returns the number still pending. */
  applyReceipt(stored: Map<number, number>, doc: Y.Doc): number {
    const mine = stored.get(doc.clientID) ?? 0;
    this.ends = this.ends.filter((end) => end > mine);
    let older = 0;
    for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(doc))) {
      if (client !== doc.clientID && (stored.get(client) ?? 0) < clock) older++;
    }
    this.carried = older;
    return this.count;
  }

  /** Forget everything (a stock relay without receipts: "sent while synced" is the best signal there is). */
  clear(): void {
    this.ends = [];
    this.carried = 0;
  }

  get count(): number {
    return this.ends.length + this.carried;
  }
}

/** The three states a plan's save status can be in; the UI words them. */
export type SaveStatus =
  | { kind: 'pending'; count: number }
  | { kind: 'on-server'; at: string }
  | { kind: 'on-device' };

/** Which save state to show: pending changes win; "on the server" only with a receipt time. */
export function saveStatusOf(pendingCount: number, lastStoredAt: string | null): SaveStatus {
  if (pendingCount > 0) return { kind: 'pending', count: pendingCount };
  if (lastStoredAt !== null) return { kind: 'on-server', at: lastStoredAt };
  return { kind: 'on-device' };
}
