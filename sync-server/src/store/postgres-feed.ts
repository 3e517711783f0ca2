import pg from 'pg';
import type { ClusterFeed, ClusterHandlers } from '../sync/cluster-feed';
import type { PostgresConfig } from './postgres-config';
import type { PostgresUpdateStore } from './postgres-store';

/** NOTIFY payloads are capped at 8000 bytes; presence bigger than this stays on its node until the next change. */
const MAX_AWARENESS_BASE64 = 7000;
const RECONNECT_MS = 1000;

/**
 * Feed tuning; the `drop…` switches exist so a test can prove the poll alone delivers every update and drops every
 * revoked token's connections.
 */
export interface PostgresFeedOptions {
  dropUpdateNotifications?: boolean;
  dropRevocationNotifications?: boolean;
  log(event: string, detail: Record<string, unknown>): void;
}

/**
 * ClusterFeed over PostgreSQL LISTEN/NOTIFY on one dedicated connection, next to a PostgresUpdateStore (whose
 * appends NOTIFY the update channel) and a PostgresTokenRegistry (whose revocations NOTIFY the revocation
 * channel). Reconnects after a dropped connection; what it missed meanwhile arrives through the poll.
 */
export class PostgresClusterFeed implements ClusterFeed {
  private client: pg.Client | null = null;
  private handlers: ClusterHandlers | null = null;
  private closed = false;
  private retry: NodeJS.Timeout | undefined;
  private readonly config: PostgresConfig;

  constructor(
    private readonly store: PostgresUpdateStore,
    private readonly options: PostgresFeedOptions,
  ) {
    this.config = store.config;
  }

  async start(handlers: ClusterHandlers): Promise<void> {
    this.handlers = handlers;
    await this.connect();
  }

  publishAwareness(room: string, update: Uint8Array | null): void {
    const data = update === null ? null : Buffer.from(update).toString('base64');
    if (data !== null && data.length > MAX_AWARENESS_BASE64) return;
    const payload = JSON.stringify({ room, node: this.store.nodeId, data });
    this.client?.query('SELECT pg_notify($1, $2)', [this.config.awarenessChannel, payload]).catch((error: unknown) => {
      this.options.log('presence-publish-failed', { room, error: String(error) });
    });
  }

  lastSeqs(rooms: string[]): Promise<Map<string, number>> {
    return this.store.lastSeqs(rooms);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.config.connectionString });
    client.on('notification', (message) => this.receive(message.channel, message.payload));
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    await client.connect();
    await client.query(`LISTEN "${this.config.updateChannel}"`);
    await client.query(`LISTEN "${this.config.awarenessChannel}"`);
    await client.query(`LISTEN "${this.config.revocationChannel}"`);
    if (this.closed) return void (await client.end());
    this.client = client;
  }

  private lost(client: pg.Client, error: Error): void {
    if (this.closed || this.client !== client) return;
    this.client = null;
    this.options.log('feed-connection-error', { error: String(error) });
    void client.end().catch(() => {});
    const again = () => {
      if (this.closed) return;
      this.connect().catch(() => (this.retry = setTimeout(again, RECONNECT_MS)));
    };
    this.retry = setTimeout(again, RECONNECT_MS);
  }

  private receive(channel: string, payload: string | undefined): void {
    if (!this.handlers || payload === undefined) return;
    let message: { room?: unknown; node?: unknown; seq?: unknown; data?: unknown; token?: unknown };
    try {
      message = JSON.parse(payload) as typeof message;
    } catch {
      return;
    }
    // Revocations come from the token registry and name no node: the revoking node drops its own sockets twice, harmlessly.
    if (channel === this.config.revocationChannel) {
      if (typeof message.token === 'string' && !this.options.dropRevocationNotifications) this.handlers.tokenRevoked(message.token);
      return;
    }
    if (typeof message.room !== 'string' || message.node === this.store.nodeId) return;
    if (channel === this.config.updateChannel) {
      if (typeof message.seq !== 'number') return;
      // Logged (as a routine event) so a test can wait for the notification it proves the poll makes up for.
      if (this.options.dropUpdateNotifications) return this.options.log('update-notification-dropped', { room: message.room, seq: message.seq });
      this.handlers.roomChanged(message.room, message.seq);
    } else if (channel === this.config.awarenessChannel) {
      const data = typeof message.data === 'string' ? new Uint8Array(Buffer.from(message.data, 'base64')) : null;
      this.handlers.awareness(message.room, data);
    }
  }
}
