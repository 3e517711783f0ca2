/** Real y-websocket clients and small waits for the relay integration tests. */
import { join } from 'node:path';
import * as encoding from 'lib0/encoding';
import { SqliteUpdateStore } from '@concord/sync-server';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export interface SyncClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves once the first sync with the relay completed. */
  synced: Promise<void>;
  destroy(): void;
}

/** A y-websocket provider in Node: `ws` as WebSocket and no BroadcastChannel, so only the relay can carry edits. */
export function connectClient(wsUrl: string, room: string, params: Record<string, string> = {}): SyncClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsUrl, room, doc, {
    params,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 200,
  });
  const synced = new Promise<void>((done) => {
    if (provider.synced) return done();
    provider.once('sync', (isSynced: boolean) => isSynced && done());
  });
  return {
    doc,
    provider,
    synced,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Polls `check` until it returns true; fails with `what` after `timeoutMs`. */
export async function waitFor(what: string, check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A raw socket to the relay, recording frames and the close event. */
export interface RawSocket {
  ws: WebSocket;
  frames: Uint8Array[];
  opened: Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
}

/**
 * Opens a plain WebSocket to `url` (for frames a well-behaved provider would never send), offering `protocols`;
 * `localAddress` (e.g. 127.0.0.2) makes it come from another address than the relay's own machine's.
 */
export function openRaw(url: string, protocols: string[] = [], localAddress?: string): RawSocket {
  const ws = new WebSocket(url, protocols, localAddress ? { localAddress } : {});
  const frames: Uint8Array[] = [];
  ws.on('message', (data: Buffer) => frames.push(new Uint8Array(data)));
  const opened = new Promise<void>((done, fail) => {
    ws.once('open', () => done());
    ws.once('error', fail);
  });
  const closed = new Promise<{ code: number; reason: string }>((done) =>
    ws.once('close', (code, reason) => done({ code, reason: reason.toString() })),
  );
  return { ws, frames, opened, closed };
}

/** A y-websocket frame: message type, then (for sync) the sync step, then a length-prefixed payload. */
export function frame(type: number, step: number | null, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, type);
  if (step !== null) encoding.writeVarUint(e, step);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

/** The stored rows of `room`, read through the relay's own store (SQLite allows a second connection in WAL). */
export async function storedRows(dataDir: string, room: string): Promise<Uint8Array[]> {
  const store = new SqliteUpdateStore(join(dataDir, 'concord.db'));
  try {
    return (await store.load(room)).updates;
  } finally {
    await store.close();
  }
}

/** A JSON POST to the relay's API (as the app sends it), with an optional Bearer token; the status and JSON body. */
export async function postJson(url: string, path: string, body: unknown, bearer?: string | null) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  const res = await fetch(`${url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, string> };
}
