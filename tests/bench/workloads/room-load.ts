import type * as Y from 'yjs';
import { openClient, type BenchClient } from '../clients/bench-client';
import type { Endpoint } from '../contenders';
import type { LatencyHistogram } from '../stats';

type Pending = { sentAt: number; remaining: number; measured: boolean };

/**
 * One room of writing clients. Each update types a character into the writer's own text and bumps the writer's
 * sequence number in a shared map in the same transaction; peers see the sequence number and look up when it was
 * sent (all clients of a room live in this process, so one monotonic clock times both ends).
 */
export class RoomLoad {
  readonly clients: BenchClient[] = [];
  private seq: number[] = [];
  private pending: Map<number, Pending>[] = [];
  /** lastSeen[peer][writer]: the highest sequence number this peer has seen from that writer. */
  private lastSeen: number[][] = [];
  histogram: LatencyHistogram | null = null;

  constructor(endpoint: Endpoint, room: string, size: number) {
    for (let i = 0; i < size; i++) {
      this.clients.push(openClient(endpoint, room));
      this.seq.push(0);
      this.pending.push(new Map());
      this.lastSeen.push(new Array<number>(size).fill(0));
    }
    this.clients.forEach((client, peer) => this.observe(client.doc, peer));
  }

  whenSynced(): Promise<void> {
    return Promise.all(this.clients.map((c) => c.whenSynced())).then(() => undefined);
  }

  /** One update from `writer`; `measured` updates feed the histogram. */
  send(writer: number, measured: boolean): void {
    const seq = ++this.seq[writer]!;
    this.pending[writer]!.set(seq, { sentAt: performance.now(), remaining: this.clients.length - 1, measured });
    const doc = this.clients[writer]!.doc;
    doc.transact(() => {
      const text = doc.getText(`w${writer}`);
      text.insert(text.length, 'x');
      doc.getMap<number>('seq').set(`w${writer}`, seq);
    });
  }

  /** Counts measured deliveries still missing, and forgets every pending update (called after a step drains). */
  settle(): number {
    let missing = 0;
    for (const pending of this.pending) {
      for (const p of pending.values()) if (p.measured) missing += p.remaining;
      pending.clear();
    }
    return missing;
  }

  destroy(): void {
    for (const client of this.clients) client.destroy();
  }

  private observe(doc: Y.Doc, peer: number): void {
    doc.getMap<number>('seq').observe((event) => {
      if (event.transaction.local) return;
      const now = performance.now();
      for (const key of event.keysChanged) {
        const writer = Number(key.slice(1));
        const seq = doc.getMap<number>('seq').get(key) ?? 0;
        this.delivered(peer, writer, seq, now);
      }
    });
  }

  // A peer may see several of a writer's updates in one transaction (e.g. after a resync): all up to `seq` arrived.
  private delivered(peer: number, writer: number, seq: number, now: number): void {
    const seen = this.lastSeen[peer]!;
    const pending = this.pending[writer]!;
    for (let s = seen[writer]! + 1; s <= seq; s++) {
      const p = pending.get(s);
      if (!p) continue;
      if (p.measured) this.histogram?.add(now - p.sentAt);
      if (--p.remaining === 0) pending.delete(s);
    }
    if (seq > seen[writer]!) seen[writer] = seq;
  }
}
