import pg from 'pg';
import type { PostgresConfig } from '../store/postgres-config';
import { createSchemaLocked, openPool } from '../store/postgres-pool';
import { StoreError } from '../store/update-store';
import type { Role } from '@concord/shared/protocol';
import {
  groupPlanKey,
  linkOf,
  memberKey,
  memberOf,
  parseAccessKeys,
  type GroupLinkRecord,
  type GroupMemberRecord,
  type GroupRegistryStore,
  type LinkRow,
  type MemberAccess,
  type MemberRow,
  type NewMember,
} from './group-registry';
import type { GroupLinkClaims } from './group-token-kinds';
import { expiryOf } from './token-registry';

/**
 * The group registry in PostgreSQL, beside the token registry (same schema), so every relay node sharing the
 * database admits the same members to the same plans. Revoking a member or taking a plan out of a group NOTIFYs
 * the revocation channel with the access key it ends (delivered on commit), so every node drops those
 * connections at once; the periodic check (revokedAmong) catches a lost notice.
 */
export class PostgresGroupRegistry implements GroupRegistryStore {
  private readonly pool: pg.Pool;
  private closed = false;

  private constructor(readonly config: PostgresConfig) {
    this.pool = openPool(config.connectionString, 2);
  }

  /** Connects and creates the tables if needed. @throws StoreError 'open-failed'. */
  static async open(config: PostgresConfig): Promise<PostgresGroupRegistry> {
    const registry = new PostgresGroupRegistry(config);
    try {
      await createSchemaLocked(registry.pool, config.schema, (client) => registry.createTables(client));
    } catch (cause) {
      await registry.pool.end().catch(() => {});
      throw new StoreError('open-failed', `cannot open the PostgreSQL group registry: ${(cause as Error).message}`, { cause });
    }
    return registry;
  }

  private get t() {
    const s = `"${this.config.schema}"`;
    return { groups: `${s}.groups`, members: `${s}.group_members`, plans: `${s}.group_plans`, links: `${s}.group_links` };
  }

  private async createTables(client: pg.PoolClient): Promise<void> {
    const t = this.t;
    await client.query(`CREATE TABLE IF NOT EXISTS ${t.groups} (id text PRIMARY KEY, created_at text NOT NULL)`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${t.members} (group_id text NOT NULL, member_id text NOT NULL,
      role text NOT NULL, name text NOT NULL, organisation text NOT NULL, email text, link_id text,
      joined_at text NOT NULL, revoked_at text, PRIMARY KEY (group_id, member_id))`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${t.plans} (group_id text NOT NULL, plan_id text NOT NULL,
      added_at text NOT NULL, removed_at text, PRIMARY KEY (group_id, plan_id))`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${t.links} (id text PRIMARY KEY, group_id text NOT NULL,
      role text NOT NULL, label text, created_at text NOT NULL, expires_at text, revoked_at text)`);
    await client.query(`CREATE INDEX IF NOT EXISTS group_links_by_group ON ${t.links} (group_id, created_at)`);
  }

  async createGroup(groupId: string): Promise<boolean> {
    const sql = `INSERT INTO ${this.t.groups} (id, created_at) VALUES ($1, $2) ON CONFLICT DO NOTHING`;
    return (await this.pool.query(sql, [groupId, now()])).rowCount === 1;
  }

  async groupExists(groupId: string): Promise<boolean> {
    return ((await this.pool.query(`SELECT 1 FROM ${this.t.groups} WHERE id = $1`, [groupId])).rowCount ?? 0) > 0;
  }

  async addMember(groupId: string, m: NewMember): Promise<void> {
    await this.pool.query(
      `INSERT INTO ${this.t.members} (group_id, member_id, role, name, organisation, email, link_id, joined_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [groupId, m.memberId, m.role, m.name, m.organisation, m.email, m.linkId, now()],
    );
  }

  async members(groupId: string): Promise<GroupMemberRecord[]> {
    const sql = `SELECT * FROM ${this.t.members} WHERE group_id = $1 ORDER BY joined_at, member_id`;
    return (await this.pool.query<MemberRow>(sql, [groupId])).rows.map(memberOf);
  }

  async revokeMember(groupId: string, memberId: string): Promise<boolean> {
    const sql = `UPDATE ${this.t.members} SET revoked_at = $3 WHERE group_id = $1 AND member_id = $2 AND revoked_at IS NULL RETURNING 1`;
    return this.changeAndNotify(sql, [groupId, memberId, now()], memberKey(groupId, memberId));
  }

  async membersByLink(groupId: string, linkId: string): Promise<string[]> {
    const sql = `SELECT member_id FROM ${this.t.members} WHERE group_id = $1 AND link_id = $2 AND revoked_at IS NULL`;
    return (await this.pool.query<{ member_id: string }>(sql, [groupId, linkId])).rows.map((r) => r.member_id);
  }

  async addPlan(groupId: string, planId: string): Promise<boolean> {
    const sql = `INSERT INTO ${this.t.plans} AS p (group_id, plan_id, added_at) VALUES ($1, $2, $3)
                 ON CONFLICT (group_id, plan_id) DO UPDATE SET removed_at = NULL, added_at = EXCLUDED.added_at
                 WHERE p.removed_at IS NOT NULL`;
    return (await this.pool.query(sql, [groupId, planId, now()])).rowCount === 1;
  }

  async removePlan(groupId: string, planId: string): Promise<boolean> {
    const sql = `UPDATE ${this.t.plans} SET removed_at = $3 WHERE group_id = $1 AND plan_id = $2 AND removed_at IS NULL RETURNING 1`;
    return this.changeAndNotify(sql, [groupId, planId, now()], groupPlanKey(groupId, planId));
  }

  async plans(groupId: string): Promise<string[]> {
    const sql = `SELECT plan_id FROM ${this.t.plans} WHERE group_id = $1 AND removed_at IS NULL ORDER BY added_at, plan_id`;
    return (await this.pool.query<{ plan_id: string }>(sql, [groupId])).rows.map((r) => r.plan_id);
  }

  async recordLink(claims: GroupLinkClaims, label: string | null): Promise<void> {
    await this.pool.query(
      `INSERT INTO ${this.t.links} (id, group_id, role, label, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [claims.tokenId, claims.groupId, claims.role, label, now(), expiryOf(claims)],
    );
  }

  async links(groupId: string): Promise<GroupLinkRecord[]> {
    const sql = `SELECT * FROM ${this.t.links} WHERE group_id = $1 ORDER BY created_at, id`;
    return (await this.pool.query<LinkRow>(sql, [groupId])).rows.map(linkOf);
  }

  async revokeLink(groupId: string, linkId: string): Promise<boolean> {
    const sql = `UPDATE ${this.t.links} SET revoked_at = $3 WHERE id = $1 AND group_id = $2 AND revoked_at IS NULL`;
    return (await this.pool.query(sql, [linkId, groupId, now()])).rowCount === 1;
  }

  async isLinkRevoked(linkId: string): Promise<boolean> {
    const sql = `SELECT 1 FROM ${this.t.links} WHERE id = $1 AND revoked_at IS NOT NULL`;
    return ((await this.pool.query(sql, [linkId])).rowCount ?? 0) > 0;
  }

  async memberAccess(groupId: string, memberId: string, planId: string | null): Promise<MemberAccess | null> {
    const sql = `SELECT m.role, EXISTS (SELECT 1 FROM ${this.t.plans} p WHERE p.group_id = m.group_id
                   AND p.plan_id = $3 AND p.removed_at IS NULL) AS has_plan
                 FROM ${this.t.members} m WHERE m.group_id = $1 AND m.member_id = $2 AND m.revoked_at IS NULL`;
    const { rows } = await this.pool.query<{ role: Role; has_plan: boolean }>(sql, [groupId, memberId, planId]);
    return rows[0] ? { role: rows[0].role, hasPlan: rows[0].has_plan } : null;
  }

  async revokedAmong(keys: readonly string[]): Promise<string[]> {
    const { members, plans } = parseAccessKeys(keys);
    const out: string[] = [];
    if (members.length > 0) {
      const sql = `SELECT k.key FROM unnest($1::text[], $2::text[], $3::text[]) AS k(key, g, m) WHERE NOT EXISTS
        (SELECT 1 FROM ${this.t.members} x WHERE x.group_id = k.g AND x.member_id = k.m AND x.revoked_at IS NULL)`;
      out.push(...(await this.keysOf(sql, members)));
    }
    if (plans.length > 0) {
      const sql = `SELECT k.key FROM unnest($1::text[], $2::text[], $3::text[]) AS k(key, g, m) WHERE NOT EXISTS
        (SELECT 1 FROM ${this.t.plans} x WHERE x.group_id = k.g AND x.plan_id = k.m AND x.removed_at IS NULL)`;
      out.push(...(await this.keysOf(sql, plans)));
    }
    return out;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  private async keysOf(sql: string, entries: { key: string; groupId: string; id: string }[]): Promise<string[]> {
    const params = [entries.map((e) => e.key), entries.map((e) => e.groupId), entries.map((e) => e.id)];
    return (await this.pool.query<{ key: string }>(sql, params)).rows.map((r) => r.key);
  }

  /** Runs a change that RETURNs a row when it changed something, and NOTIFYs `key` in the same statement. */
  private async changeAndNotify(change: string, params: unknown[], key: string): Promise<boolean> {
    const sql = `WITH changed AS (${change}) SELECT pg_notify($${params.length + 1}, json_build_object('token', $${params.length + 2}::text)::text) FROM changed`;
    const result = await this.pool.query(sql, [...params, this.config.revocationChannel, key]);
    return result.rowCount === 1;
  }
}

function now(): string {
  return new Date().toISOString();
}
