import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { CloseCode, CloseReason } from '@concord/shared/protocol';
import type { RelayMetrics } from '../metrics/relay-metrics';
import { admit, type Admission, type Authorize } from './admit';
import { Connection } from './connection';
import { ConnectionCounts, DEFAULT_CONNECTION_LIMITS, slowestToShed, unsentBytes, type ConnectionLimits } from './connection-limits';
import { selectSubprotocol } from './protocol-version';
import type { Rooms } from './rooms';

/** What the WebSocket side of the relay needs. */
export interface SyncEndpointOptions {
  rooms: Rooms;
  authorize: Authorize;
  maxMessageBytes: number;
  maxBufferedBytes: number;
  rate: { perSecond: number; burst: number };
  heartbeatMs: number;
  /** Connections per address and per token, and the unsent-bytes budget. Default DEFAULT_CONNECTION_LIMITS. */
  limits?: ConnectionLimits;
  metrics?: RelayMetrics;
  log(event: string, detail: Record<string, unknown>): void;
}

/** The `/sync/<roomId>` WebSocket endpoint: admission at the upgrade, then one Connection per socket. */
export interface SyncEndpoint {
  /** The http server's 'upgrade' listener. */
  onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Closes every live connection admitted with token `tokenId`, or access key (Grant.accessKeys), with 4403 revoked. */
  dropToken(tokenId: string): void;
  /** Ids of the tokens, and the access keys, that have live connections here. */
  liveTokenIds(): string[];
  /** Open WebSocket connections. */
  readonly connections: number;
  /** Bytes of frames queued on all sockets and not yet sent. */
  unsentBytes(): number;
  /** Refuses new sockets, closes open ones with 1001 (waiting up to `graceMs` for the handshakes). */
  close(graceMs: number): Promise<void>;
}

/** Creates the endpoint; sockets are admitted until `close` is called. */
export function createSyncEndpoint(options: SyncEndpointOptions): SyncEndpoint {
  const { rooms, authorize, maxMessageBytes, log } = options;
  const byToken = new Map<string, Set<Connection>>();
  // ws enforces a hard ceiling with 1009; frames between the two limits get our named code (no reconnect loop).
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes * 2, handleProtocols: selectSubprotocol });
  const heartbeat = createHeartbeat(options.heartbeatMs);
  const limits = options.limits ?? DEFAULT_CONNECTION_LIMITS;
  const counts = new ConnectionCounts(limits);
  const live = new Map<WebSocket, Connection>();
  let accepting = true;

  /** Closes the slowest readers (not `keep`) until `extra` more unsent bytes fit the budget; true when they do. */
  const makeRoom = (extra: number, keep: Connection | null): boolean => {
    for (const ws of slowestToShed(wss.clients, limits.unsentBudgetBytes, extra)) {
      const connection = live.get(ws);
      if (!connection || connection === keep) continue;
      log('connection-shed', { room: connection.roomId, reason: CloseReason.slowReader, unsent: ws.bufferedAmount, budget: limits.unsentBudgetBytes });
      connection.close(CloseCode.tryAgainLater, CloseReason.slowReader);
      ws.terminate();
    }
    // One frame may go when nothing else waits, however large: a plan bigger than the budget must still sync.
    const total = unsentBytes(wss.clients);
    return total === 0 || total + extra <= limits.unsentBudgetBytes;
  };
  const budgetTimer = setInterval(() => makeRoom(0, null), 250);
  budgetTimer.unref();
  const connectionOptions = { ...options, makeRoom };

  const connect = (socket: WebSocket, admission: Admission, request: IncomingMessage) => {
    if (!admission.ok) {
      options.metrics?.refused.inc(admission.reason);
      return socket.close(admission.code, admission.reason);
    }
    if (!accepting) return socket.close(CloseCode.goingAway, CloseReason.shuttingDown);
    const place = counts.take(request, admission.grant.tokenId);
    if (!place.ok) {
      log('connection-refused', { room: admission.roomId, reason: CloseReason.tooManyConnections, limit: place.limit, address: request.socket.remoteAddress });
      options.metrics?.refused.inc(CloseReason.tooManyConnections);
      return socket.close(CloseCode.tryAgainLater, CloseReason.tooManyConnections);
    }
    socket.once('close', place.release);
    heartbeat.watch(socket);
    const connection = new Connection(socket, admission.roomId, rooms, admission.grant, connectionOptions);
    live.set(socket, connection);
    socket.once('close', () => live.delete(socket));
    const { tokenId, accessKeys = [] } = admission.grant;
    for (const key of tokenId === null ? accessKeys : [tokenId, ...accessKeys]) {
      const live = byToken.get(key) ?? new Set();
      byToken.set(key, live.add(connection));
      socket.once('close', () => {
        live.delete(connection);
        if (live.size === 0 && byToken.get(key) === live) byToken.delete(key);
      });
    }
  };
  return {
    onUpgrade(req, socket, head) {
      // A named function, not a closure: a closure here would share this scope and keep `req` (and its headers)
      // alive for the socket's whole life (~1 KB per idle connection, seen in a heap snapshot).
      socket.on('error', destroySocket);
      // Authorisation happens before the 101 answer, so no frame can arrive while it is pending.
      admit(req, authorize)
        .then((admission) => {
          if (admission === null) return refuseUpgrade(socket, 404, 'Not Found');
          wss.handleUpgrade(req, socket, head, (ws) => connect(ws, admission, req));
        })
        .catch((error: unknown) => {
          log('admission-error', { error: String(error) });
          refuseUpgrade(socket, 500, 'Internal Server Error');
        });
    },
    liveTokenIds: () => [...byToken.keys()],
    get connections() {
      return wss.clients.size;
    },
    unsentBytes: () => unsentBytes(wss.clients),
    dropToken(tokenId) {
      for (const connection of byToken.get(tokenId) ?? []) connection.close(CloseCode.forbidden, CloseReason.revoked);
    },
    async close(graceMs) {
      accepting = false;
      heartbeat.stop();
      clearInterval(budgetTimer);
      await closeSockets(wss, graceMs);
    },
  };
}

function destroySocket(this: Duplex): void {
  this.destroy();
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

/** Closes every socket with 1001, waits up to `graceMs` for the close handshakes, then cuts the rest. */
async function closeSockets(wss: WebSocketServer, graceMs: number): Promise<void> {
  const closed = [...wss.clients].map(
    (ws) => new Promise<void>((done) => (ws.readyState === ws.CLOSED ? done() : ws.once('close', () => done()))),
  );
  for (const ws of wss.clients) ws.close(CloseCode.goingAway, CloseReason.shuttingDown);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((done) => (timer = setTimeout(done, graceMs)));
  await Promise.race([Promise.all(closed), timeout]);
  clearTimeout(timer);
  for (const ws of wss.clients) ws.terminate();
}
