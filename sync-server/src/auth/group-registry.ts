import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Role } from '@concord/shared/protocol';
import type { GroupLinkClaims } from './group-token-kinds';
import { expiryOf } from './token-registry';

type Awaitable<T> = T | Promise<T>;

/** A member of a working group, as the relay knows them (the owner's member list; never their token). */
export interface GroupMemberRecord {
  memberId: string;
  role: Role;
  name: string;
  organisation: string;
  email: string | null;
  /** The invite link they joined by; null for the group's creator. */
  linkId: string | null;
  joinedAt: string;
  revokedAt: string | null;
}

/** One group invite link (never the token itself). */
export interface GroupLinkRecord {
  id: string;
  role: Role;
  label: string | null;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

/** What a member token may open right now: null when the member is unknown or revoked. */
export interface MemberAccess {
  role: Role;
  /** Whether `planId` (when asked) is one of the group's plans now. */
  hasPlan: boolean;
}

/** The new member's details, as the join request and the creator give them. */
export type NewMember = Omit<GroupMemberRecord, 'joinedAt' | 'revokedAt'>;

/** The access key that revoking member `memberId` of `groupId` drops (see Grant.accessKeys). */
export const memberKey = (groupId: string, memberId: string) => `member:${groupId}:${memberId}`;
/** The access key that taking plan `planId` out of `groupId` drops. */
export const groupPlanKey = (groupId: string, planId: string) => `group-plan:${groupId}:${planId}`;

/**
 * The relay's own record of working groups: which plans belong to which group, who the members are and which
 * invite links were issued, with revocations. Authorisation reads only this, never the group's document (whose
 * content any editor can change). SQLite for one node (GroupRegistry), PostgreSQL for several
 * (PostgresGroupRegistry). A revocation and a plan leaving a group make the access keys they end (memberKey,
 * groupPlanKey) show up in `revokedAmong`, so every node's periodic check drops what a lost notice did not.
 */
export interface GroupRegistryStore {
  /** Records a new group; false when the id is taken. */
  createGroup(groupId: string): Awaitable<boolean>;
  groupExists(groupId: string): Awaitable<boolean>;
  addMember(groupId: string, member: NewMember): Awaitable<void>;
  /** Every member of the group, oldest first, revoked ones included. */
  members(groupId: string): Awaitable<GroupMemberRecord[]>;
  /** Revokes one member; false when there is no such live member. Notifies the other nodes (memberKey). */
  revokeMember(groupId: string, memberId: string): Awaitable<boolean>;
  /** The live members who joined by `linkId`. */
  membersByLink(groupId: string, linkId: string): Awaitable<string[]>;
  /** Adds a plan to the group (again, if it had left); false when it is in the group already. */
  addPlan(groupId: string, planId: string): Awaitable<boolean>;
  /** Takes a plan out of the group; false when it was not in it. Notifies the other nodes (groupPlanKey). */
  removePlan(groupId: string, planId: string): Awaitable<boolean>;
  /** The group's plans now, in the order they were added. */
  plans(groupId: string): Awaitable<string[]>;
  recordLink(claims: GroupLinkClaims, label: string | null): Awaitable<void>;
  links(groupId: string): Awaitable<GroupLinkRecord[]>;
  revokeLink(groupId: string, linkId: string): Awaitable<boolean>;
  isLinkRevoked(linkId: string): Awaitable<boolean>;
  /** The access of member `memberId` (and whether `planId` is a group plan), or null when not a live member. */
  memberAccess(groupId: string, memberId: string, planId: string | null): Awaitable<MemberAccess | null>;
  /** Those of `keys` (memberKey / groupPlanKey; others are ignored) that no longer grant anything. */
  revokedAmong(keys: readonly string[]): Awaitable<string[]>;
  close(): Awaitable<void>;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS groups (id TEXT PRIMARY KEY, created_at TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS group_members (
    group_id TEXT NOT NULL, member_id TEXT NOT NULL, role TEXT NOT NULL, name TEXT NOT NULL,
    organisation TEXT NOT NULL, email TEXT, link_id TEXT, joined_at TEXT NOT NULL, revoked_at TEXT,
    PRIMARY KEY (group_id, member_id)
  );
  CREATE TABLE IF NOT EXISTS group_plans (
    group_id TEXT NOT NULL, plan_id TEXT NOT NULL, added_at TEXT NOT NULL, removed_at TEXT,
    PRIMARY KEY (group_id, plan_id)
  );
  CREATE TABLE IF NOT EXISTS group_links (
    id TEXT PRIMARY KEY, group_id TEXT NOT NULL, role TEXT NOT NULL, label TEXT,
    created_at TEXT NOT NULL, expires_at TEXT, revoked_at TEXT
  );
  CREATE INDEX IF NOT EXISTS group_links_by_group ON group_links (group_id, created_at);
`;

/** A `group_members` row as both registries store it. */
export interface MemberRow {
  member_id: string;
  role: Role;
  name: string;
  organisation: string;
  email: string | null;
  link_id: string | null;
  joined_at: string;
  revoked_at: string | null;
}

/** A `group_links` row as both registries store it. */
export interface LinkRow {
  id: string;
  role: Role;
  label: string | null;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
}

export const memberOf = (row: MemberRow): GroupMemberRecord => ({
  memberId: row.member_id,
  role: row.role,
  name: row.name,
  organisation: row.organisation,
  email: row.email,
  linkId: row.link_id,
  joinedAt: row.joined_at,
  revokedAt: row.revoked_at,
});

export const linkOf = (row: LinkRow): GroupLinkRecord => ({
  id: row.id,
  role: row.role,
  label: row.label,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  revokedAt: row.revoked_at,
});

/** Splits access keys into the member and group-plan pairs they name; other keys are left out. */
export function parseAccessKeys(keys: readonly string[]) {
  const members: { key: string; groupId: string; id: string }[] = [];
  const plans: { key: string; groupId: string; id: string }[] = [];
  for (const key of keys) {
    const [kind, groupId, id, ...rest] = key.split(':');
    if (groupId === undefined || id === undefined || rest.length > 0) continue;
    if (kind === 'member') members.push({ key, groupId, id });
    else if (kind === 'group-plan') plans.push({ key, groupId, id });
  }
  return { members, plans };
}

/** The group registry in the relay's SQLite file (its own connection, beside the update store and token registry). */
export class GroupRegistry implements GroupRegistryStore {
  private readonly db: Database.Database;

  constructor(file: string) {
    mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
  }

  createGroup(groupId: string): boolean {
    return this.db.prepare('INSERT OR IGNORE INTO groups (id, created_at) VALUES (?, ?)').run(groupId, now()).changes === 1;
  }

  groupExists(groupId: string): boolean {
    return this.db.prepare('SELECT 1 FROM groups WHERE id = ?').get(groupId) !== undefined;
  }

  addMember(groupId: string, m: NewMember): void {
    this.db
      .prepare(
        `INSERT INTO group_members (group_id, member_id, role, name, organisation, email, link_id, joined_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(groupId, m.memberId, m.role, m.name, m.organisation, m.email, m.linkId, now());
  }

  members(groupId: string): GroupMemberRecord[] {
    const rows = this.db.prepare('SELECT * FROM group_members WHERE group_id = ? ORDER BY joined_at, member_id').all(groupId);
    return (rows as MemberRow[]).map(memberOf);
  }

  revokeMember(groupId: string, memberId: string): boolean {
    const sql = 'UPDATE group_members SET revoked_at = ? WHERE group_id = ? AND member_id = ? AND revoked_at IS NULL';
    return this.db.prepare(sql).run(now(), groupId, memberId).changes === 1;
  }

  membersByLink(groupId: string, linkId: string): string[] {
    const sql = 'SELECT member_id FROM group_members WHERE group_id = ? AND link_id = ? AND revoked_at IS NULL';
    return (this.db.prepare(sql).all(groupId, linkId) as { member_id: string }[]).map((r) => r.member_id);
  }

  addPlan(groupId: string, planId: string): boolean {
    const sql = `INSERT INTO group_plans (group_id, plan_id, added_at) VALUES (?, ?, ?)
                 ON CONFLICT (group_id, plan_id) DO UPDATE SET removed_at = NULL, added_at = excluded.added_at
                 WHERE group_plans.removed_at IS NOT NULL`;
    return this.db.prepare(sql).run(groupId, planId, now()).changes === 1;
  }

  removePlan(groupId: string, planId: string): boolean {
    const sql = 'UPDATE group_plans SET removed_at = ? WHERE group_id = ? AND plan_id = ? AND removed_at IS NULL';
    return this.db.prepare(sql).run(now(), groupId, planId).changes === 1;
  }

  plans(groupId: string): string[] {
    const sql = 'SELECT plan_id FROM group_plans WHERE group_id = ? AND removed_at IS NULL ORDER BY added_at, plan_id';
    return (this.db.prepare(sql).all(groupId) as { plan_id: string }[]).map((r) => r.plan_id);
  }

  recordLink(claims: GroupLinkClaims, label: string | null): void {
    this.db
      .prepare('INSERT INTO group_links (id, group_id, role, label, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(claims.tokenId, claims.groupId, claims.role, label, now(), expiryOf(claims));
  }

  links(groupId: string): GroupLinkRecord[] {
    const rows = this.db.prepare('SELECT * FROM group_links WHERE group_id = ? ORDER BY created_at, id').all(groupId);
    return (rows as LinkRow[]).map(linkOf);
  }

  revokeLink(groupId: string, linkId: string): boolean {
    const sql = 'UPDATE group_links SET revoked_at = ? WHERE id = ? AND group_id = ? AND revoked_at IS NULL';
    return this.db.prepare(sql).run(now(), linkId, groupId).changes === 1;
  }

  isLinkRevoked(linkId: string): boolean {
    return this.db.prepare('SELECT 1 FROM group_links WHERE id = ? AND revoked_at IS NOT NULL').get(linkId) !== undefined;
  }

  memberAccess(groupId: string, memberId: string, planId: string | null): MemberAccess | null {
    const sql = `SELECT m.role AS role, EXISTS (SELECT 1 FROM group_plans p WHERE p.group_id = m.group_id
                   AND p.plan_id = ? AND p.removed_at IS NULL) AS has_plan
                 FROM group_members m WHERE m.group_id = ? AND m.member_id = ? AND m.revoked_at IS NULL`;
    const row = this.db.prepare(sql).get(planId, groupId, memberId) as { role: Role; has_plan: number } | undefined;
    return row ? { role: row.role, hasPlan: row.has_plan === 1 } : null;
  }

  revokedAmong(keys: readonly string[]): string[] {
    const { members, plans } = parseAccessKeys(keys);
    const live = this.db.prepare('SELECT 1 FROM group_members WHERE group_id = ? AND member_id = ? AND revoked_at IS NULL');
    const inGroup = this.db.prepare('SELECT 1 FROM group_plans WHERE group_id = ? AND plan_id = ? AND removed_at IS NULL');
    return [
      ...members.filter((m) => live.get(m.groupId, m.id) === undefined),
      ...plans.filter((p) => inGroup.get(p.groupId, p.id) === undefined),
    ].map((entry) => entry.key);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function now(): string {
  return new Date().toISOString();
}
