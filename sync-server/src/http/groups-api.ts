import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_ERROR_STATUS, isRole } from '@concord/shared/protocol';
import { parseLifetime } from '../auth/capability-token';
import { GroupError, type GroupSharing, type MemberDetails } from '../auth/group-sharing';
import { API_PREFIX, ApiError, bearerOf, expectMethod, json, readJson, stringField } from './plans-api';

/** Prefix of the working-group API. */
export const GROUPS_API_PREFIX = `${API_PREFIX}groups`;

type Collection = 'members' | 'links' | 'plans' | 'join';
type Route = { kind: 'groups' } | { kind: Collection; groupId: string; itemId: string | null };

function route(path: string): Route | null {
  let parts: string[];
  try {
    parts = path.slice(API_PREFIX.length).split('/').map(decodeURIComponent);
  } catch {
    return null;
  }
  if (parts[0] !== 'groups') return null;
  if (parts.length === 1) return { kind: 'groups' };
  const collection = parts[2] as Collection | undefined;
  if (!collection || !['members', 'links', 'plans', 'join'].includes(collection) || parts.length > 4) return null;
  if (collection === 'join' && parts.length === 4) return null;
  return { kind: collection, groupId: parts[1]!, itemId: parts[3] ?? null };
}

/**
 * The working-group API (JSON; a member token, an invite link or the server's create key as `Bearer …`):
 * - `POST /api/groups {groupId, name, organisation, email?}` creates a group: 201 `{groupId, memberId, role, token}`.
 * - `POST /api/groups/:id/join {name, organisation, email?}` (an invite link) makes a member: 201, as above.
 * - `GET /api/groups/:id/members` (any member) `{members}`; `DELETE …/members/:memberId` (owner) revokes: 204.
 * - `POST /api/groups/:id/links {role, expiresIn?, label?}` (owner) 201 `{token, tokenId, role, expiresAt}`;
 *   `GET …/links` (owner) `{links}`; `DELETE …/links/:id[?members=revoke]` (owner) 204.
 * - `GET /api/groups/:id/plans` (any member) `{plans}`; `POST …/plans {planId, planToken}` (owner of the group and
 *   of the plan) 201 `{planId, added}`; `DELETE …/plans/:planId` (owner) 204.
 * Errors answer `{error: reason}` with a matching status.
 */
export async function handleGroupsApi(groups: GroupSharing, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  try {
    const found = route(path);
    if (!found) throw new ApiError('not-found');
    const bearer = bearerOf(req);
    if (found.kind === 'groups') {
      expectMethod(req, 'POST');
      const body = await readJson(req);
      const issued = await groups.createGroup(stringField(body, 'groupId'), bearer, memberDetails(body));
      return json(res, 201, memberAnswer(issued));
    }
    if (found.kind === 'join') {
      expectMethod(req, 'POST');
      return json(res, 201, memberAnswer(await groups.join(bearer, found.groupId, memberDetails(await readJson(req)))));
    }
    const owner = req.method !== 'GET';
    await groups.requireMember(bearer, found.groupId, owner || found.kind === 'links');
    return await COLLECTIONS[found.kind](groups, req, res, found.groupId, found.itemId);
  } catch (error) {
    if (error instanceof GroupError || error instanceof ApiError) return json(res, API_ERROR_STATUS[error.reason], { error: error.reason });
    throw error;
  }
}

type Handler = (groups: GroupSharing, req: IncomingMessage, res: ServerResponse, groupId: string, itemId: string | null) => Promise<void>;

const COLLECTIONS: Record<Exclude<Collection, 'join'>, Handler> = {
  async members(groups, req, res, groupId, memberId) {
    if (memberId === null) {
      expectMethod(req, 'GET');
      return json(res, 200, { members: await groups.members(groupId) });
    }
    expectMethod(req, 'DELETE');
    await groups.revokeMember(groupId, memberId);
    json(res, 204, null);
  },
  async links(groups, req, res, groupId, linkId) {
    if (linkId !== null) {
      expectMethod(req, 'DELETE');
      const members = new URL(req.url ?? '/', 'http://relay.invalid').searchParams.get('members') === 'revoke';
      await groups.revokeLink(groupId, linkId, members);
      return json(res, 204, null);
    }
    if (req.method === 'GET') return json(res, 200, { links: await groups.links(groupId) });
    expectMethod(req, 'POST');
    const { role, lifetime, label } = linkRequest(await readJson(req));
    const issued = await groups.mintLink(groupId, role, lifetime, label);
    const expiresAt = issued.claims.expiresAt === null ? null : new Date(issued.claims.expiresAt * 1000).toISOString();
    json(res, 201, { token: issued.token, tokenId: issued.claims.tokenId, role, expiresAt });
  },
  async plans(groups, req, res, groupId, planId) {
    if (planId !== null) {
      expectMethod(req, 'DELETE');
      await groups.removePlan(groupId, planId);
      return json(res, 204, null);
    }
    if (req.method === 'GET') return json(res, 200, { plans: await groups.plans(groupId) });
    expectMethod(req, 'POST');
    const body = await readJson(req);
    const added = await groups.addPlan(groupId, stringField(body, 'planId'), stringField(body, 'planToken'));
    json(res, 201, { planId: body.planId, added });
  },
};

function linkRequest(body: Record<string, unknown>) {
  const { role, expiresIn, label } = body;
  if (!isRole(role)) throw new ApiError('bad-request');
  const lifetime = expiresIn === undefined || expiresIn === null ? null : parseLifetime(String(expiresIn));
  if (lifetime === null && expiresIn !== undefined && expiresIn !== null) throw new ApiError('bad-request');
  if (label !== undefined && label !== null && (typeof label !== 'string' || label.length > 200)) throw new ApiError('bad-request');
  return { role, lifetime, label: (label as string | null | undefined) ?? null };
}

function memberDetails(body: Record<string, unknown>): MemberDetails {
  const { name, organisation, email } = body;
  if (typeof name !== 'string' || (organisation !== undefined && typeof organisation !== 'string')) throw new GroupError('invalid-member');
  if (email !== undefined && email !== null && typeof email !== 'string') throw new GroupError('invalid-member');
  return { name, organisation: organisation ?? '', email: email === '' || email === undefined ? null : email };
}

function memberAnswer(issued: { token: string; claims: { groupId: string; memberId: string; role: string } }) {
  const { groupId, memberId, role } = issued.claims;
  return { groupId, memberId, role, token: issued.token };
}
