import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { PostgresConfig } from '../store/postgres-config';
import { createSchemaLocked, inTransaction, openPool } from '../store/postgres-pool';
import { StoreError } from '../store/update-store';
import type { PlanClaims } from './capability-token';
import { expiryOf, recordOf, type RegistryRows, type TokenRecord, type TokenRegistryStore, type TokenRow } from './token-registry';

/**
 * The token registry and signing secret in PostgreSQL, next to the update log (same schema), so every relay node
 * sharing the database accepts the same tokens and honours the same revocations. A revocation also NOTIFYs
 * `revocationChannel` (delivered on commit) so every node drops that token's live connections at once.
 */
export class PostgresTokenRegistry implements TokenRegistryStore {
  private readonly pool: pg.Pool;
  private closed = false;

  private constructor(
    readonly config: PostgresConfig,
    /** The signing secret every node shares (read once at open). */
    private secretValue: Uint8Array,
  ) {
    this.pool = openPool(config.connectionString, 2);
  }

  /**
   * Connects, creates the tables if needed and reads the shared secret, creating it if no node has: `seed` (a
   * node's existing `relay-secret`) or 32 random bytes. Two nodes opening at once agree: only one INSERT wins.
   * @throws StoreError 'open-failed' when the database is unreachable or the tables cannot be created.
   */
  static async open(config: PostgresConfig, seed: Uint8Array | null): Promise<PostgresTokenRegistry> {
    const registry = new PostgresTokenRegistry(config, new Uint8Array());
    try {
      await registry.createSchema();
      registry.secretValue = await registry.loadOrCreateSecret(seed ?? new Uint8Array(randomBytes(32)));
    } catch (cause) {
      await registry.pool.end().catch(() => {});
      throw new StoreError('open-failed', `cannot open the PostgreSQL token registry: ${(cause as Error).message}`, { cause });
    }
    return registry;
  }

  /** The shared token-signing secret. */
  get secret(): Uint8Array {
    return this.secretValue;
  }

  private get t() {
    const s = `"${this.config.schema}"`;
    return { plans: `${s}.shared_plans`, tokens: `${s}.tokens`, secret: `${s}.relay_secret` };
  }

  private async createSchema(): Promise<void> {
    await createSchemaLocked(this.pool, this.config.schema, async (client) => {
      await client.query(`CREATE TABLE IF NOT EXISTS ${this.t.plans} (plan text PRIMARY KEY, created_at text NOT NULL)`);
      await client.query(
        `CREATE TABLE IF NOT EXISTS ${this.t.tokens} (id text PRIMARY KEY, plan text NOT NULL, role text NOT NULL,
           label text, created_at text NOT NULL, expires_at text, revoked_at text)`,
      );
      await client.query(`CREATE INDEX IF NOT EXISTS tokens_by_plan ON ${this.t.tokens} (plan, created_at)`);
      await client.query(`CREATE TABLE IF NOT EXISTS ${this.t.secret} (id int PRIMARY KEY CHECK (id = 1), value bytea NOT NULL)`);
    });
  }

  private async loadOrCreateSecret(candidate: Uint8Array): Promise<Uint8Array> {
    // Never overwritten once stored: replacing it would invalidate every token ever issued.
    await this.pool.query(`INSERT INTO ${this.t.secret} (id, value) VALUES (1, $1) ON CONFLICT (id) DO NOTHING`, [Buffer.from(candidate)]);
    const { rows } = await this.pool.query<{ value: Buffer }>(`SELECT value FROM ${this.t.secret} WHERE id = 1`);
    const value = rows[0]!.value;
    if (value.byteLength < 32) throw new Error('the stored relay secret holds fewer than 32 bytes');
    return new Uint8Array(value);
  }

  async registerPlan(planId: string): Promise<boolean> {
    const result = await this.pool.query(`INSERT INTO ${this.t.plans} (plan, created_at) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
      planId,
      new Date().toISOString(),
    ]);
    return result.rowCount === 1;
  }

  async isShared(planId: string): Promise<boolean> {
    return ((await this.pool.query(`SELECT 1 FROM ${this.t.plans} WHERE plan = $1`, [planId])).rowCount ?? 0) > 0;
  }

  async record(claims: PlanClaims, label: string | null): Promise<void> {
    await this.pool.query(
      `INSERT INTO ${this.t.tokens} (id, plan, role, label, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [claims.tokenId, claims.planId, claims.role, label, new Date().toISOString(), expiryOf(claims)],
    );
  }

  async list(planId: string): Promise<TokenRecord[]> {
    const { rows } = await this.pool.query<TokenRow>(`SELECT * FROM ${this.t.tokens} WHERE plan = $1 ORDER BY created_at, id`, [planId]);
    return rows.map(recordOf);
  }

  async revoke(planId: string, tokenId: string): Promise<boolean> {
    // One statement, one transaction: the row changes and the notice goes out on commit, or neither happens.
    const result = await this.pool.query(
      `WITH revoked AS (
         UPDATE ${this.t.tokens} SET revoked_at = $3 WHERE id = $1 AND plan = $2 AND revoked_at IS NULL RETURNING id
       )
       SELECT pg_notify($4, json_build_object('token', id)::text) FROM revoked`,
      [tokenId, planId, new Date().toISOString(), this.config.revocationChannel],
    );
    return result.rowCount === 1;
  }

  /**
   * Merges a node's former SQLite registry in: its shared plans stay shared and its revocations stay revoked (a row
   * already here keeps its data, but takes a revocation it lacked). Safe to repeat on every start.
   */
  async importRows(rows: RegistryRows): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      for (const row of rows.plans) {
        await client.query(`INSERT INTO ${this.t.plans} (plan, created_at) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [row.plan, row.created_at]);
      }
      for (const row of rows.tokens) {
        await client.query(
          `INSERT INTO ${this.t.tokens} (id, plan, role, label, created_at, expires_at, revoked_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (id) DO UPDATE SET revoked_at = COALESCE(${this.t.tokens}.revoked_at, EXCLUDED.revoked_at)`,
          [row.id, row.plan, row.role, row.label, row.created_at, row.expires_at, row.revoked_at],
        );
      }
    });
  }

  async isRevoked(tokenId: string): Promise<boolean> {
    return (await this.revokedAmong([tokenId])).length > 0;
  }

  async revokedAmong(tokenIds: readonly string[]): Promise<string[]> {
    if (tokenIds.length === 0) return [];
    const { rows } = await this.pool.query<{ id: string }>(
      `SELECT id FROM ${this.t.tokens} WHERE id = ANY($1::text[]) AND revoked_at IS NOT NULL`,
      [tokenIds],
    );
    return rows.map((row) => row.id);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
