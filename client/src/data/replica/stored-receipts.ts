import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import type { WebsocketProvider } from 'y-websocket';
import { MessageType } from '@concord/shared/protocol';

/**
 * Listens for the relay's "stored" receipts: the state vector of everything it has durably committed for the
 * room. A stock y-websocket relay never sends them; callers then fall back to "synced" as the best signal.
 */
export function onStoredReceipt(provider: WebsocketProvider, listener: (stored: Map<number, number>) => void): void {
  provider.messageHandlers[MessageType.stored] = (_encoder, decoder) => {
    listener(Y.decodeStateVector(decoding.readVarUint8Array(decoder)));
  };
}

/** True when the server's stored state vector covers every insertion this doc holds. */
export function storedCovers(stored: Map<number, number>, doc: Y.Doc): boolean {
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(doc))) {
    if ((stored.get(client) ?? 0) < clock) return false;
  }
  return true;
}
