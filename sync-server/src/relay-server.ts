import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { loopbackOrigins, originAllowed } from './auth/origin-check';
import { Sharing, type AuthMode, type TokenBackend } from './auth/sharing';
import { createHttpHandler } from './http/http-handler';
import { RelayMetrics } from './metrics/relay-metrics';
import { handlePlansApi } from './http/plans-api';
import { GROUPS_API_PREFIX, handleGroupsApi } from './http/groups-api';
import { SQLITE_FILE_NAME, SqliteUpdateStore } from './store/sqlite-store';
import type { UpdateStore } from './store/update-store';
import type { Authorize } from './sync/admit';
import type { ClusterFeed } from './sync/cluster-feed';
import { DEFAULT_POLL_MS, linkCluster } from './sync/cluster-link';
import { DEFAULT_CONNECTION_LIMITS, type ConnectionLimits } from './sync/connection-limits';
import { Rooms } from './sync/rooms';
import { StorageQuota } from './store/storage-quota';

/** The total-storage quota when none is given: 10 GiB, far above any real group's plans (a 200-action plan is ~1 MB). */
export const DEFAULT_MAX_STORAGE_BYTES = 10 * 2 ** 30;
import { createSyncEndpoint } from './sync/sync-endpoint';

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
  /** How long an empty room stays in memory, for clients that reconnect (ms). Default 10 000. */
  unloadGraceMs?: number;
  /** Compact a room once it holds more than this many rows and pauses (see Room). Default 500. */
  compactAfterRows?: number;
  /** The pause in a room's updates that a due compaction waits for (ms). Default 1000. */
  compactQuietMs?: number;
  /** Largest accepted WebSocket frame (bytes). Default 2 MiB (a 200-action plan's first sync is well under). */
  maxMessageBytes?: number;
  /** Refuse updates that would grow a room's stored rows past this (bytes). Default 64 MiB. */
  maxDocumentBytes?: number;
  /** Close a client whose unsent frames exceed this (bytes). Default 8 MiB. */
  maxBufferedBytes?: number;
  /** Connections per address and per token, and the unsent-bytes budget. Default DEFAULT_CONNECTION_LIMITS. */
  limits?: Partial<ConnectionLimits>;
  /** Total-storage quota (bytes the store may take); past it updates and new plans are refused. Default 10 GiB. */
  maxStorageBytes?: number;
  /** Per-connection message rate: average per second and burst. Default 100/s, burst 500. */
  rate?: { perSecond: number; burst: number };
  /** Token policy (see AuthMode). Default 'required': every room needs a token. */
  auth?: AuthMode;
  /** When set, creating a plan or group (POST /api/plans, /api/groups) needs this key (or a creator token) as Bearer. */
  createKey?: string | null;
  /**
   * Whether anyone who reaches the relay may create plans when no create key is set. Default: only when `host` is a
   * loopback address (one person's machine); beyond loopback creating needs the key or a creator token.
   */
  openCreation?: boolean;
  /**
   * The relay's public origins (`https://concord.example.org`): browser pages from these, and from the relay's own
   * loopback origins, may use it; `*` for any. Default none. The Host header is never trusted for this.
   */
  allowedOrigins?: string[];
  /** Addresses that may read `GET /metrics` (besides holders of `metricsToken`). Default loopback only. */
  metricsFrom?: string[];
  /** A Bearer token that may read `GET /metrics` from any address. Default none. */
  metricsToken?: string | null;
  /** Serve source maps (`.map`) from the client build. Default false: they would publish the source. */
  serveSourceMaps?: boolean;
  /** Ping sockets this often and drop those that missed the previous pong (ms). Default 30 000. */
  heartbeatMs?: number;
  /** Admission policy; the default checks Origin and capability tokens (Sharing.authorize). */
  authorize?: Authorize;
  /** Other relay nodes sharing `store` (PostgreSQL); null or absent for a single node. */
  cluster?: ClusterFeed | null;
  /** With `cluster`: how often to check the log for rows no notification announced (ms). Default 2000. */
  pollMs?: number;
  /**
   * Token-signing secret and token registry; default `relay-secret` and SQLite in `dataDir`. Nodes sharing a
   * PostgreSQL store share these too (PostgresTokenRegistry). The relay closes the registry on shutdown.
   */
  tokens?: TokenBackend;
  /** Storage; default SQLite in `<dataDir>/concord.db`. The relay closes it on shutdown. */
  store?: UpdateStore;
  /** Serve `GET /debug/memory` (full GC, then memory figures), for leak tests. Default false. */
  debugMemory?: boolean;
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
  const host = options.host ?? '127.0.0.1';
  const limits: ConnectionLimits = { ...DEFAULT_CONNECTION_LIMITS, ...options.limits };
  const metrics: RelayMetrics = new RelayMetrics({
    connections: (): number => sync.connections,
    roomsLoaded: (): number => rooms.size,
    unsentBytes: (): number => sync.unsentBytes(),
    storageBytes: (): number => quota.usedBytes,
    limits: { ...limits, maxStorageBytes: options.maxStorageBytes ?? DEFAULT_MAX_STORAGE_BYTES },
  });
  const store = metrics.instrument(options.store ?? new SqliteUpdateStore(join(options.dataDir, SQLITE_FILE_NAME)));
  const quota = new StorageQuota(store, options.maxStorageBytes ?? DEFAULT_MAX_STORAGE_BYTES, log);
  await quota.refresh();
  const rooms = new Rooms(store, {
    storageFull: () => quota.full,
    unloadGraceMs: options.unloadGraceMs ?? 10_000,
    compactAfterRows: options.compactAfterRows ?? 500,
    compactQuietMs: options.compactQuietMs ?? 1000,
    maxDocumentBytes: options.maxDocumentBytes ?? 64 * 1024 * 1024,
    log,
  });
  // Filled in with the loopback origins once the port is known (0 picks one); Sharing reads it on each admission.
  const allowedOrigins = [...(options.allowedOrigins ?? [])];
  const sharing = new Sharing({
    dataDir: options.dataDir,
    auth: options.auth ?? 'required',
    createKey: options.createKey ?? null,
    openCreation: options.openCreation ?? isLoopback(host),
    storageFull: () => quota.full,
    allowedOrigins,
    backend: options.tokens,
  });
  const sync = createSyncEndpoint({
    rooms,
    authorize: options.authorize ?? sharing.authorize,
    maxMessageBytes: options.maxMessageBytes ?? 2 * 1024 * 1024,
    maxBufferedBytes: options.maxBufferedBytes ?? 8 * 1024 * 1024,
    rate: options.rate ?? { perSecond: 100, burst: 500 },
    heartbeatMs: options.heartbeatMs ?? 30_000,
    limits,
    metrics,
    log,
  });
  sharing.onRevoke((tokenId) => sync.dropToken(tokenId));
  let open = true;
  const clientDist = options.clientDist ? resolve(options.clientDist) : null;
  const api = (req: IncomingMessage, res: ServerResponse, path: string) =>
    path === GROUPS_API_PREFIX || path.startsWith(`${GROUPS_API_PREFIX}/`)
      ? handleGroupsApi(sharing.groups, req, res, path)
      : handlePlansApi(sharing, req, res, path);
  const http = createServer(
    createHttpHandler({
      clientDist,
      isReady: () => open,
      api,
      metrics: () => metrics.render(),
      metricsAccess: { from: options.metricsFrom ?? LOOPBACK_ADDRESSES, token: options.metricsToken ?? null },
      originAllowed: (origin) => originAllowed(origin, allowedOrigins),
      serveSourceMaps: options.serveSourceMaps ?? false,
      debugMemory: options.debugMemory,
      log,
    }),
  );
  http.on('upgrade', sync.onUpgrade);
  const pollMs = options.pollMs ?? DEFAULT_POLL_MS;
  const dropToken = (tokenId: string) => sync.dropToken(tokenId);
  const sweepRevoked = async () => (await sharing.revokedAmong(sync.liveTokenIds())).forEach(dropToken);
  const link = options.cluster ? await linkCluster(rooms, options.cluster, { pollMs, log, dropToken, sweepRevoked }) : null;
  let port: number;
  try {
    port = await listen(http, options.port ?? 8787, host);
    allowedOrigins.push(...loopbackOrigins(port));
  } catch (error) {
    metrics.stop();
    quota.stop();
    await store.close();
    await sharing.close();
    throw error;
  }

  let closing: Promise<void> | null = null;
  const shutdown = async () => {
    open = false;
    const httpClosed = new Promise<void>((done) => http.close(() => done()));
    http.closeIdleConnections();
    await sync.close(1000);
    await link?.stop();
    await rooms.closeAll();
    quota.stop();
    metrics.stop();
    await store.close();
    await sharing.close();
    http.closeAllConnections();
    await httpClosed;
  };
  return {
    host,
    port,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    get loadedRooms() {
      return rooms.size;
    },
    close: () => (closing ??= shutdown()),
  };
}

/** Peer addresses of this machine, as Node reports them (IPv4, IPv6, IPv4-mapped IPv6). */
const LOOPBACK_ADDRESSES = ['127.0.0.1', '::1', '::ffff:127.0.0.1'];

/** Whether `host` is reachable only from this machine (127.0.0.0/8, ::1, localhost). */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
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
