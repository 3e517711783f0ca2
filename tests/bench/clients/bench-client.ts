import * as Y from 'yjs';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { Endpoint } from '../contenders';
import { ReceiptTracker } from './receipts';

/** One editor: the provider each contender's own clients use, behind one shape so workloads are identical. */
export type BenchClient = {
  doc: Y.Doc;
  receipts: ReceiptTracker;
  /** Resolves after the first (or next, after `connect`) sync handshake with the server. */
  whenSynced(): Promise<void>;
  connect(): void;
  disconnect(): void;
  destroy(): void;
};

/** Creates a client for `room` and starts connecting (unless `connect: false`). */
export function openClient(
  endpoint: Endpoint,
  room: string,
  opts: { doc?: Y.Doc; connect?: boolean; WebSocket?: typeof WebSocket } = {},
): BenchClient {
  const doc = opts.doc ?? new Y.Doc();
  const connect = opts.connect ?? true;
  const ws = opts.WebSocket ?? WebSocket;
  return endpoint.kind === 'y-websocket'
    ? yWebsocketClient(endpoint.serverUrl, room, doc, connect, ws)
    : hocuspocusClient(endpoint.serverUrl, room, doc, connect, ws);
}

function yWebsocketClient(serverUrl: string, room: string, doc: Y.Doc, connect: boolean, ws: typeof WebSocket): BenchClient {
  const provider = new WebsocketProvider(serverUrl, room, doc, {
    connect,
    disableBc: true,
    WebSocketPolyfill: ws as unknown as typeof globalThis.WebSocket,
    maxBackoffTime: 500,
  });
  const receipts = new ReceiptTracker();
  receipts.attach(provider);
  return {
    doc,
    receipts,
    whenSynced: () =>
      provider.synced
        ? Promise.resolve()
        : new Promise((resolve) => {
            const onSync = (synced: boolean): void => {
              if (!synced) return;
              provider.off('sync', onSync);
              resolve();
            };
            provider.on('sync', onSync);
          }),
    connect: () => provider.connect(),
    disconnect: () => {
      provider.disconnect();
      provider.synced = false;
    },
    destroy: () => provider.destroy(),
  };
}

function hocuspocusClient(url: string, room: string, doc: Y.Doc, connect: boolean, ws: typeof WebSocket): BenchClient {
  // One socket per document, like a browser tab with one plan open (no multiplexing across documents).
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: ws, autoConnect: connect });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: room, document: doc });
  provider.attach();
  return {
    doc,
    receipts: new ReceiptTracker(),
    whenSynced: () =>
      provider.synced
        ? Promise.resolve()
        : new Promise((resolve) => {
            const onSynced = (): void => {
              provider.off('synced', onSynced);
              resolve();
            };
            provider.on('synced', onSynced);
          }),
    connect: () => void socket.connect(),
    disconnect: () => socket.disconnect(),
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}
