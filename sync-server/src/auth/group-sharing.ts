import { randomUUID } from 'node:crypto';
import { CloseCode, CloseReason, isGroupId, type ApiErrorReason, type Role } from '@concord/shared/protocol';
import type { Grant } from '../sync/admit';
import { mintCapability, TokenError, verifyToken, type ClaimsOf } from './capability-token';
import { groupPlanKey, memberKey, type GroupLinkRecord, type GroupMemberRecord, type GroupRegistryStore } from './group-registry';
import type { GroupLinkClaims, GroupMemberClaims } from './group-token-kinds';

/** The API reasons a group operation can fail with (the contract gives each its status). */
export type GroupErrorReason = Extract<
  ApiErrorReason,
  'invalid-group' | 'group-exists' | 'create-key-required' | 'unauthorised' | 'forbidden' | 'not-found' | 'link-revoked' | 'invalid-member' | 'not-plan-owner'
>;

/** A refused group request, with a machine-readable reason (the HTTP API maps it to a status). */
export class GroupError extends Error {
  constructor(readonly reason: GroupErrorReason) {
    super(reason);
    this.name = 'GroupError';
  }
}

/** Who a member is, as they give it when they join (or create the group). */
export interface MemberDetails {
  name: string;
  organisation: string;
  email: string | null;
}

/** A token just issued, with what it grants. */
export interface Issued<C> {
  token: string;
  claims: C;
}

/** Admitted with a grant, or refused with a close code and reason. */
export type GroupAdmission = { ok: true; grant: Grant } | { ok: false; code: CloseCode; reason: CloseReason };

export interface GroupSharingOptions {
  secret: Uint8Array;
  registry: GroupRegistryStore;
  /** Whether the holder of `bearer` may create groups here (Sharing.mayCreate: the relay's creation policy). */
  mayCreate(bearer: string | null): Promise<boolean>;
  /** Throws unless `token` is a live owner token of plan `planId` (Sharing.requireOwner). */
  requirePlanOwner(token: string | null, planId: string): Promise<unknown>;
  /** Drops this node's live connections holding access key `key` (other nodes hear the registry's notice). */
  drop(key: string): void;
}

const MAX_TEXT = 200;

/**
 * Working groups on the relay: creating one, invite links per role, joining by a link (which makes a member and
 * gives them a member token), the member list and revocation, the group's plans, and the admission of member
 * tokens. A member token opens the group's room and every plan the registry lists for the group, now or later;
 * revoking the member or taking the plan out drops those connections on every node.
 */
export class GroupSharing {
  constructor(private readonly options: GroupSharingOptions) {}

  private get registry(): GroupRegistryStore {
    return this.options.registry;
  }

  /** Creates group `groupId` and makes its creator the first owner member; returns their member token. */
  async createGroup(groupId: string, createKey: string | null, creator: MemberDetails): Promise<Issued<GroupMemberClaims>> {
    if (!(await this.options.mayCreate(createKey))) throw new GroupError('create-key-required');
    if (!isGroupId(groupId)) throw new GroupError('invalid-group');
    checkDetails(creator);
    if (!(await this.registry.createGroup(groupId))) throw new GroupError('group-exists');
    return this.addMember(groupId, 'owner', creator, null);
  }

  /** The claims of a live member token of `groupId` (an owner's, with `owner`); GroupError otherwise. */
  async requireMember(token: string | null, groupId: string, owner: boolean): Promise<GroupMemberClaims> {
    const claims = await this.verify(token, 'group-member', groupId);
    const access = await this.registry.memberAccess(groupId, claims.memberId, null);
    if (access === null) throw new GroupError('forbidden');
    if (owner && access.role !== 'owner') throw new GroupError('forbidden');
    return claims;
  }

  /** Mints an invite link for `role`. */
  async mintLink(groupId: string, role: Role, expiresInSeconds: number | null, label: string | null): Promise<Issued<GroupLinkClaims>> {
    const issued = await mintCapability(this.options.secret, { kind: 'group-link', groupId, role }, expiresInSeconds);
    await this.registry.recordLink(issued.claims, label);
    return issued;
  }

  async links(groupId: string): Promise<GroupLinkRecord[]> {
    return this.registry.links(groupId);
  }

  /** Stops link `linkId` taking new members; with `members`, also revokes everyone who joined by it. */
  async revokeLink(groupId: string, linkId: string, members: boolean): Promise<void> {
    const joined = members ? await this.registry.membersByLink(groupId, linkId) : [];
    const revoked = await this.registry.revokeLink(groupId, linkId);
    if (!revoked && joined.length === 0) throw new GroupError('not-found');
    for (const memberId of joined) await this.revokeMember(groupId, memberId).catch(() => {});
  }

  /** Exchanges a live invite link of `groupId` for membership: a new member with the link's role, and their token. */
  async join(linkToken: string | null, groupId: string, details: MemberDetails): Promise<Issued<GroupMemberClaims>> {
    const link = await this.verify(linkToken, 'group-link', groupId);
    checkDetails(details);
    if (await this.registry.isLinkRevoked(link.tokenId)) throw new GroupError('link-revoked');
    if (!(await this.registry.groupExists(groupId))) throw new GroupError('not-found');
    return this.addMember(groupId, link.role, details, link.tokenId);
  }

  async members(groupId: string): Promise<GroupMemberRecord[]> {
    return this.registry.members(groupId);
  }

  /** Revokes a member: their token opens nothing from now on, and their open connections close, on every node. */
  async revokeMember(groupId: string, memberId: string): Promise<void> {
    if (!(await this.registry.revokeMember(groupId, memberId))) throw new GroupError('not-found');
    this.options.drop(memberKey(groupId, memberId));
  }

  /** Adds plan `planId` to the group; only the plan's owner can (`planToken`), so nobody takes a plan into a group. */
  async addPlan(groupId: string, planId: string, planToken: string | null): Promise<boolean> {
    try {
      await this.options.requirePlanOwner(planToken, planId);
    } catch {
      throw new GroupError('not-plan-owner');
    }
    return this.registry.addPlan(groupId, planId);
  }

  /** Takes a plan out of the group: members' connections to it close (the plan's own links keep working). */
  async removePlan(groupId: string, planId: string): Promise<void> {
    if (!(await this.registry.removePlan(groupId, planId))) throw new GroupError('not-found');
    this.options.drop(groupPlanKey(groupId, planId));
  }

  async plans(groupId: string): Promise<string[]> {
    return this.registry.plans(groupId);
  }

  /** What a member token opens: the group's room, or one of its plans now. */
  async admit(claims: GroupMemberClaims, roomId: string): Promise<GroupAdmission> {
    const { groupId, memberId, tokenId } = claims;
    const planId = roomId === groupId ? null : roomId;
    const access = await this.registry.memberAccess(groupId, memberId, planId);
    if (access === null) return { ok: false, code: CloseCode.forbidden, reason: CloseReason.revoked };
    if (planId !== null && !access.hasPlan) return { ok: false, code: CloseCode.forbidden, reason: CloseReason.forbidden };
    const accessKeys = [memberKey(groupId, memberId), ...(planId === null ? [] : [groupPlanKey(groupId, planId)])];
    // The registry's role, not the token's: it is the one the owner sees in the member list.
    return { ok: true, grant: { role: access.role, tokenId, accessKeys } };
  }

  async revokedAmong(keys: readonly string[]): Promise<string[]> {
    return this.registry.revokedAmong(keys);
  }

  async close(): Promise<void> {
    await this.registry.close();
  }

  private async addMember(groupId: string, role: Role, details: MemberDetails, linkId: string | null): Promise<Issued<GroupMemberClaims>> {
    const memberId = randomUUID();
    await this.registry.addMember(groupId, { memberId, role, ...details, linkId });
    return mintCapability(this.options.secret, { kind: 'group-member', groupId, memberId, role });
  }

  private async verify<K extends 'group-member' | 'group-link'>(token: string | null, kind: K, groupId: string): Promise<ClaimsOf<K>> {
    if (!isGroupId(groupId)) throw new GroupError('invalid-group');
    if (token === null || token === '') throw new GroupError('unauthorised');
    let claims;
    try {
      claims = await verifyToken(this.options.secret, token);
    } catch (error) {
      throw new GroupError(error instanceof TokenError ? 'unauthorised' : 'forbidden');
    }
    if (claims.kind !== kind || claims.groupId !== groupId) throw new GroupError('forbidden');
    return claims as ClaimsOf<K>;
  }
}

function checkDetails(details: MemberDetails): void {
  const { name, organisation, email } = details;
  const text = (value: unknown, min: number) => typeof value === 'string' && value.trim().length >= min && value.length <= MAX_TEXT;
  if (!text(name, 1) || !text(organisation, 0) || !(email === null || (text(email, 3) && email.includes('@')))) {
    throw new GroupError('invalid-member');
  }
}
