import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { CloseCode, CloseReason } from './close-codes';
import { createHttpHandler } from './http/http-handler';
import { SQLITE_FILE_NAME, SqliteUpdateStore } from './store/sqlite-store';
import type { UpdateStore } from './store/update-store';
import { admit, admitEveryone, type Admission, type Authorize } from './sync/admit';
import { Connection } from './sync/connection';
import { Rooms } from './sync/rooms';

/** How to run a relay. Only `dataDir` is required. */
export interface RelayOptions {
  /** Directory for `concord.db` (created if missing). */
  dataDir: string;
  /** 0 picks a free port. Default 8787. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Built client to serve (client/dist), or null for none. Default null. */
  clientDist?: string | null;
  /** How long an empty room stays in memory (ms). Default 30 000. */
  unloadGraceMs?: number;
  /** Compact a room once it holds more than this many rows. Default 500. */
  compactAfterRows?: number;
  /** Largest accepted WebSocket frame (bytes). Default 16 MiB: a first sync of a big plan is one frame. */
  maxMessageBytes?: number;
  /** Ping sockets this often and drop those that missed the previous pong (ms). Default 30 000. */
  heartbeatMs?: number;
  /** Admission policy; the default admits everyone as editor (capability tokens come later). */
  authorize?: Authorize;
  /** Storage; default SQLite in `<dataDir>/concord.db`. The relay closes it on shutdown. */
  store?: UpdateStore;
  log?: (event: string, detail: Record<string, unknown>) => void;
}

/** A running relay. */
export interface RelayServer {
  host: string;
  port: number;
  /** http://host:port */
  url: string;
  /** Number of rooms loaded in memory. */
  readonly loadedRooms: number;
  /** Stops accepting, closes clients (1001), compacts and unloads every room, closes the store. Idempotent. */
  close(): Promise<void>;
}

/** Opens the store, then serves HTTP and WebSocket (`/sync/<planId>`) on one port; resolves once listening. */
export async function startRelayServer(options: RelayOptions): Promise<RelayServer> {
  const log = options.log ?? (() => {});
  const store = options.store ?? new SqliteUpdateStore(join(options.dataDir, SQLITE_FILE_NAME));
  const rooms = new Rooms(store, {
    unloadGraceMs: options.unloadGraceMs ?? 30_000,
    compactAfterRows: options.compactAfterRows ?? 500,
    log,
  });
  const maxMessageBytes = options.maxMessageBytes ?? 16 * 1024 * 1024;
  const authorize = options.authorize ?? admitEveryone;
  let accepting = true;

  const clientDist = options.clientDist ? resolve(options.clientDist) : null;
  const http = createServer(createHttpHandler({ clientDist, isReady: () => accepting, log }));
  // ws enforces a hard ceiling with 1009; frames between the two limits get our named code (no reconnect loop).
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes * 2 });

  const heartbeat = createHeartbeat(options.heartbeatMs ?? 30_000);
  const connect = (socket: WebSocket, admission: Admission) => {
    if (!admission.ok) return socket.close(admission.code, admission.reason);
    if (!accepting) return socket.close(CloseCode.goingAway, CloseReason.shuttingDown);
    heartbeat.watch(socket);
    new Connection(socket, admission.roomId, rooms, admission.grant, { maxMessageBytes, log });
  };
  http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    upgrade(req, authorize, accepting)
      .then((admission) => {
        if (admission === null) return refuseUpgrade(socket, 404, 'Not Found');
        wss.handleUpgrade(req, socket, head, (ws) => connect(ws, admission));
      })
      .catch((error: unknown) => {
        log('admission-error', { error: String(error) });
        refuseUpgrade(socket, 500, 'Internal Server Error');
      });
  });

  const port = await listen(http, options.port ?? 8787, options.host ?? '127.0.0.1');
  const host = options.host ?? '127.0.0.1';
  let closing: Promise<void> | null = null;
  return {
    host,
    port,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    get loadedRooms() {
      return rooms.size;
    },
    close: () => {
      closing ??= (async () => {
        accepting = false;
        heartbeat.stop();
        const httpClosed = new Promise<void>((done) => http.close(() => done()));
        http.closeIdleConnections();
        await closeSockets(wss, CloseCode.goingAway, CloseReason.shuttingDown, 1000);
        await rooms.closeAll();
        await store.close();
        http.closeAllConnections();
        await httpClosed;
      })();
      return closing;
    },
  };
}

/** Admission for an upgrade; null for paths that are not sync paths. Refuses everything once shutdown began. */
async function upgrade(req: IncomingMessage, authorize: Authorize, accepting: boolean): Promise<Admission | null> {
  if (!accepting) return { ok: false, code: CloseCode.goingAway, reason: CloseReason.shuttingDown };
  return admit(req, authorize);
}

function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** Pings every socket each period; one that has not answered the previous ping is dead (laptop lid shut). */
function createHeartbeat(everyMs: number) {
  const alive = new WeakSet<WebSocket>();
  const watched = new Set<WebSocket>();
  const timer = setInterval(() => {
    for (const ws of watched) {
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
    }
  }, everyMs);
  timer.unref();
  return {
    watch(ws: WebSocket): void {
      alive.add(ws);
      watched.add(ws);
      ws.on('pong', () => alive.add(ws));
      ws.on('close', () => watched.delete(ws));
    },
    stop: () => clearInterval(timer),
  };
}

/** Closes every socket with `code`, waits up to `graceMs` for the close handshakes, then cuts the rest. */
async function closeSockets(wss: WebSocketServer, code: CloseCode, reason: CloseReason, graceMs: number): Promise<void> {
  const closed = [...wss.clients].map(
    (ws) => new Promise<void>((done) => (ws.readyState === ws.CLOSED ? done() : ws.once('close', () => done()))),
  );
  for (const ws of wss.clients) ws.close(code, reason);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((done) => (timer = setTimeout(done, graceMs)));
  await Promise.race([Promise.all(closed), timeout]);
  clearTimeout(timer);
  for (const ws of wss.clients) ws.terminate();
}

function listen(http: Server, port: number, host: string): Promise<number> {
  return new Promise((done, fail) => {
    http.once('error', fail);
    http.listen(port, host, () => {
      http.off('error', fail);
      done((http.address() as AddressInfo).port);
    });
  });
}
