import pg from 'pg';
import { parsePostgresUrl, type PostgresConfig } from './postgres-config';
import { createSchemaLocked, inTransaction, openPool } from './postgres-pool';
import { StoreError, type StoredRoom, type UpdateStore } from './update-store';

/**
 * UpdateStore on PostgreSQL, shared by several relay nodes. `rooms` holds each room's last sequence number; taking
 * its row lock to bump it serialises appends per room, so rows commit in sequence order and a node that reads "rows
 * after the last seq I applied" can never skip a row that commits later with a smaller seq.
 *
 * Every append also NOTIFYs `updateChannel` in the same statement (delivered on commit): that only wakes the other
 * nodes, which then read the log (see postgres-feed.ts).
 */
export class PostgresUpdateStore implements UpdateStore {
  private readonly pool: pg.Pool;
  private closed = false;

  private constructor(
    readonly config: PostgresConfig,
    /** Sent in each notification so a node can ignore its own. */
    readonly nodeId: string,
  ) {
    this.pool = openPool(config.connectionString, 4);
  }

  /**
   * Connects to `location` (`postgres://…[?schema=name]`) and creates the schema and tables if needed.
   * @throws StoreError 'open-failed' when the database is unreachable or the schema cannot be created.
   */
  static async open(location: string, nodeId = 'single'): Promise<PostgresUpdateStore> {
    const store = new PostgresUpdateStore(parsePostgresUrl(location), nodeId);
    try {
      await store.createSchema();
    } catch (cause) {
      await store.pool.end().catch(() => {});
      throw new StoreError('open-failed', `cannot open PostgreSQL store: ${(cause as Error).message}`, { cause });
    }
    return store;
  }

  private get t() {
    const s = `"${this.config.schema}"`;
    return { updates: `${s}.updates`, rooms: `${s}.rooms` };
  }

  private async createSchema(): Promise<void> {
    await createSchemaLocked(this.pool, this.config.schema, async (client) => {
      await client.query(`CREATE TABLE IF NOT EXISTS ${this.t.rooms} (room text PRIMARY KEY, last_seq bigint NOT NULL)`);
      await client.query(
        `CREATE TABLE IF NOT EXISTS ${this.t.updates} (room text NOT NULL, seq bigint NOT NULL, data bytea NOT NULL, PRIMARY KEY (room, seq))`,
      );
    });
  }

  async load(room: string): Promise<StoredRoom> {
    return this.readAfter(room, 0);
  }

  async readAfter(room: string, afterSeq: number): Promise<StoredRoom> {
    this.assertOpen();
    const { rows } = await this.pool.query<{ seq: string; data: Buffer }>(
      `SELECT seq, data FROM ${this.t.updates} WHERE room = $1 AND seq > $2 ORDER BY seq`,
      [room, afterSeq],
    );
    return {
      updates: rows.map((row) => new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength)),
      lastSeq: rows.length > 0 ? Number(rows.at(-1)!.seq) : afterSeq,
    };
  }

  async append(room: string, update: Uint8Array): Promise<number> {
    this.assertOpen();
    // One statement is one transaction: bump the counter (row lock), insert the row, queue the notification.
    const { rows } = await this.pool.query<{ seq: string }>(
      `WITH bumped AS (
         INSERT INTO ${this.t.rooms} (room, last_seq) VALUES ($1, 1)
         ON CONFLICT (room) DO UPDATE SET last_seq = ${this.t.rooms}.last_seq + 1 RETURNING last_seq
       ), inserted AS (
         INSERT INTO ${this.t.updates} (room, seq, data) SELECT $1, last_seq, $2 FROM bumped RETURNING seq
       )
       SELECT seq, pg_notify($3, json_build_object('room', $1::text, 'seq', seq, 'node', $4::text)::text) FROM inserted`,
      [room, Buffer.from(update.buffer, update.byteOffset, update.byteLength), this.config.updateChannel, this.nodeId],
    );
    return Number(rows[0]!.seq);
  }

  async compact(room: string, snapshot: Uint8Array, upToSeq: number): Promise<void> {
    this.assertOpen();
    await inTransaction(this.pool, async (client) => {
      const { rows } = await client.query<{ last_seq: string }>(
        `SELECT last_seq FROM ${this.t.rooms} WHERE room = $1 FOR UPDATE`,
        [room],
      );
      const last = Number(rows[0]?.last_seq ?? 0);
      if (upToSeq > last) throw new StoreError('stale-compaction', `room ${room} has no row ${upToSeq} (last is ${last})`);
      await client.query(`DELETE FROM ${this.t.updates} WHERE room = $1 AND seq <= $2`, [room, upToSeq]);
      await client.query(`INSERT INTO ${this.t.updates} (room, seq, data) VALUES ($1, $2, $3)`, [
        room,
        upToSeq,
        Buffer.from(snapshot.buffer, snapshot.byteOffset, snapshot.byteLength),
      ]);
    });
  }

  /** The updates table with its indexes and TOAST, as PostgreSQL counts them. */
  async totalBytes(): Promise<number> {
    this.assertOpen();
    const { rows } = await this.pool.query<{ bytes: string }>(`SELECT pg_total_relation_size($1::regclass) AS bytes`, [this.t.updates]);
    return Number(rows[0]?.bytes ?? 0);
  }

  async listRooms(): Promise<string[]> {
    this.assertOpen();
    const { rows } = await this.pool.query<{ room: string }>(`SELECT DISTINCT room FROM ${this.t.updates} ORDER BY room`);
    return rows.map((row) => row.room);
  }

  /** The highest seq of each of `rooms` that has any (one query, for the poll that backs up notifications). */
  async lastSeqs(rooms: string[]): Promise<Map<string, number>> {
    this.assertOpen();
    const { rows } = await this.pool.query<{ room: string; last_seq: string }>(
      `SELECT room, last_seq FROM ${this.t.rooms} WHERE room = ANY($1::text[])`,
      [rooms],
    );
    return new Map(rows.map((row) => [row.room, Number(row.last_seq)]));
  }

  /** Drops the schema and everything in it (tests clean up their own schema with this). */
  async dropSchema(): Promise<void> {
    await this.pool.query(`DROP SCHEMA IF EXISTS "${this.config.schema}" CASCADE`);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreError('closed', 'the update store is closed');
  }
}
