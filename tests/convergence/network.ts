import * as Y from 'yjs';

/** Origin tag for updates that arrived over the simulated network, so they are not echoed back as local edits. */
export const NET = Symbol('net');

/** One message on a link: an update, and whether it is the relay's answer to the replica's sync step 1. */
export interface Message {
  update: Uint8Array;
  step2?: boolean;
}

/** One link direction between a replica and the relay: FIFO like a TCP connection, dropped when it breaks. */
export class Link {
  queue: Message[] = [];
  push(update: Uint8Array, step2 = false): void {
    this.queue.push(step2 ? { update, step2 } : { update });
  }
  take(): Message | undefined {
    return this.queue.shift();
  }
  drop(): void {
    this.queue = [];
  }
}

/** The updates a device has persisted (y-indexeddb keeps every update it sees), and a doc rebuilt from them. */
export class DeviceStore {
  private updates: Uint8Array[] = [];
  add(update: Uint8Array): void {
    this.updates.push(update);
    if (this.updates.length > 64) this.updates = [Y.mergeUpdates(this.updates)];
  }
  load(clientID: number): Y.Doc {
    const doc = new Y.Doc();
    doc.clientID = clientID;
    if (this.updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(this.updates), NET);
    return doc;
  }
}

/** The sync a y-websocket client does on (re)connect: each side sends what the other lacks by state vector. */
export function diffFor(from: Y.Doc, to: Y.Doc): Uint8Array {
  return Y.encodeStateAsUpdate(from, Y.encodeStateVector(to));
}
