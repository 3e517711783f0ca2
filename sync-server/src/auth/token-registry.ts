import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Role } from '@concord/shared/protocol';
import type { PlanClaims } from './capability-token';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS shared_plans (
    plan TEXT PRIMARY KEY,
    created_at TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS tokens (
    id TEXT PRIMARY KEY,
    plan TEXT NOT NULL,
    role TEXT NOT NULL,
    label TEXT,
    created_at TEXT NOT NULL,
    expires_at TEXT,
    revoked_at TEXT
  );
  CREATE INDEX IF NOT EXISTS tokens_by_plan ON tokens (plan, created_at);
`;

/** One issued token as the owner's share list shows it (never the token itself). */
export interface TokenRecord {
  id: string;
  planId: string;
  role: Role;
  label: string | null;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

type Awaitable<T> = T | Promise<T>;

/**
 * Where a relay keeps which plans are shared and the tokens issued for them: SQLite in the data dir for one node
 * (TokenRegistry), or PostgreSQL shared by every node (PostgresTokenRegistry). Methods may answer synchronously.
 */
export interface TokenRegistryStore {
  /** Marks `planId` as shared; false when it already was (someone else created it first). */
  registerPlan(planId: string): Awaitable<boolean>;
  /** True once a plan was created on the server (or given a token): from then on it needs a token. */
  isShared(planId: string): Awaitable<boolean>;
  /** Records an issued token. */
  record(claims: PlanClaims, label: string | null): Awaitable<void>;
  /** Every token issued for `planId`, oldest first. */
  list(planId: string): Awaitable<TokenRecord[]>;
  /** Revokes token `tokenId` of `planId`; false when the plan has no such token or it was already revoked. */
  revoke(planId: string, tokenId: string): Awaitable<boolean>;
  /** True when `tokenId` was revoked. */
  isRevoked(tokenId: string): Awaitable<boolean>;
  /** Those of `tokenIds` that were revoked (the periodic check behind lost revocation notices). */
  revokedAmong(tokenIds: readonly string[]): Awaitable<string[]>;
  close(): Awaitable<void>;
}

/** A registry's whole content, as rows. */
export interface RegistryRows {
  plans: { plan: string; created_at: string }[];
  tokens: TokenRow[];
}

/** A `tokens` row as both registries store it (ISO timestamps as text). */
export interface TokenRow {
  id: string;
  plan: string;
  role: Role;
  label: string | null;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
}

/**
 * Which plans are shared (created on the server, so they require tokens) and every token issued for them, with
 * revocations. Lives in the relay's SQLite file (its own connection; WAL lets it sit beside the update store).
 */
export class TokenRegistry implements TokenRegistryStore {
  private readonly db: Database.Database;

  /** Opens (creating if needed) the registry tables in the SQLite file `file`. */
  constructor(file: string) {
    mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
  }

  /** Marks `planId` as shared; false when it already was (someone else created it first). */
  registerPlan(planId: string): boolean {
    const insert = this.db.prepare('INSERT OR IGNORE INTO shared_plans (plan, created_at) VALUES (?, ?)');
    return insert.run(planId, new Date().toISOString()).changes === 1;
  }

  /** True once a plan was created on the server (or given a token): from then on it needs a token. */
  isShared(planId: string): boolean {
    return this.db.prepare('SELECT 1 FROM shared_plans WHERE plan = ?').get(planId) !== undefined;
  }

  /** Records an issued token. */
  record(claims: PlanClaims, label: string | null): void {
    const expires = expiryOf(claims);
    this.db
      .prepare('INSERT INTO tokens (id, plan, role, label, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(claims.tokenId, claims.planId, claims.role, label, new Date().toISOString(), expires);
  }

  /** Every token issued for `planId`, oldest first. */
  list(planId: string): TokenRecord[] {
    const rows = this.db.prepare('SELECT * FROM tokens WHERE plan = ? ORDER BY created_at, id').all(planId) as TokenRow[];
    return rows.map(recordOf);
  }

  /** Revokes token `tokenId` of `planId`; false when the plan has no such token or it was already revoked. */
  revoke(planId: string, tokenId: string): boolean {
    const update = this.db.prepare('UPDATE tokens SET revoked_at = ? WHERE id = ? AND plan = ? AND revoked_at IS NULL');
    return update.run(new Date().toISOString(), tokenId, planId).changes === 1;
  }

  /** True when `tokenId` was revoked. */
  isRevoked(tokenId: string): boolean {
    return this.db.prepare('SELECT 1 FROM tokens WHERE id = ? AND revoked_at IS NOT NULL').get(tokenId) !== undefined;
  }

  /** Every shared plan and token row (for moving a node's registry into PostgreSQL). */
  exportRows(): RegistryRows {
    return {
      plans: this.db.prepare('SELECT plan, created_at FROM shared_plans').all() as RegistryRows['plans'],
      tokens: this.db.prepare('SELECT * FROM tokens').all() as TokenRow[],
    };
  }

  revokedAmong(tokenIds: readonly string[]): string[] {
    return tokenIds.filter((id) => this.isRevoked(id));
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** The share list's view of a `tokens` row. */
export function recordOf(row: TokenRow): TokenRecord {
  return {
    id: row.id,
    planId: row.plan,
    role: row.role,
    label: row.label,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  };
}

/** The ISO expiry stored for `claims` (null for a token that never expires). */
export function expiryOf(claims: { expiresAt: number | null }): string | null {
  return claims.expiresAt === null ? null : new Date(claims.expiresAt * 1000).toISOString();
}
