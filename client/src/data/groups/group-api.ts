// The relay's working-group API, for the data layer: create a group, join by link, members, links and plans.
import type { PlanRole } from '../device/device-db';
import { isApiErrorReason } from '@concord/shared/protocol';
import { requestApi, type Invite, type SharingReason } from '../sharing/sharing-api';

/**
 * Why a group request failed; the UI words it. The server's reasons (the contract's), `offline`, `server-error`,
 * and `not-registered` (a plan made here is not on the server yet, so it cannot join a group).
 */
export type GroupReason = SharingReason | 'not-registered';

export class GroupAccessError extends Error {
  override name = 'GroupAccessError';
  constructor(readonly reason: GroupReason) {
    super(`working group request failed: ${reason}`);
  }
}

/** A member as the relay lists them (never their token). */
export interface MemberRecord {
  memberId: string;
  role: PlanRole;
  name: string;
  organisation: string;
  email: string | null;
  linkId: string | null;
  joinedAt: string;
  revokedAt: string | null;
}

/** A group invite link as the relay lists it: the same record as a plan's invite. */
export type GroupLink = Invite;

/** What creating or joining a group gives this device: its membership and member token. */
export interface Membership {
  groupId: string;
  memberId: string;
  role: PlanRole;
  token: string;
}

export interface MemberDetails {
  name: string;
  organisation: string;
  email: string | null;
}

function call<T>(serverUrl: string, method: string, path: string, bearer: string | null, body?: unknown): Promise<T> {
  return requestApi<T>(serverUrl, { method, path, bearer, body }, (reason) =>
    new GroupAccessError(reason === 'offline' ? 'offline' : isApiErrorReason(reason) ? reason : 'server-error'),
  );
}

const at = (groupId: string) => `/api/groups/${encodeURIComponent(groupId)}`;

export const groupApi = {
  create: (serverUrl: string, groupId: string, me: MemberDetails) =>
    call<Membership>(serverUrl, 'POST', '/api/groups', null, { groupId, ...me }),
  join: (serverUrl: string, groupId: string, link: string, me: MemberDetails) =>
    call<Membership>(serverUrl, 'POST', `${at(groupId)}/join`, link, me),
  members: async (serverUrl: string, groupId: string, token: string) =>
    (await call<{ members: MemberRecord[] }>(serverUrl, 'GET', `${at(groupId)}/members`, token)).members,
  revokeMember: (serverUrl: string, groupId: string, token: string, memberId: string) =>
    call<null>(serverUrl, 'DELETE', `${at(groupId)}/members/${encodeURIComponent(memberId)}`, token),
  links: async (serverUrl: string, groupId: string, token: string) =>
    (await call<{ links: GroupLink[] }>(serverUrl, 'GET', `${at(groupId)}/links`, token)).links,
  mintLink: (serverUrl: string, groupId: string, token: string, link: { role: Exclude<PlanRole, 'owner'>; label: string | null; expiresIn: string | null }) =>
    call<{ token: string; tokenId: string; role: PlanRole; expiresAt: string | null }>(serverUrl, 'POST', `${at(groupId)}/links`, token, link),
  revokeLink: (serverUrl: string, groupId: string, token: string, linkId: string, members: boolean) =>
    call<null>(serverUrl, 'DELETE', `${at(groupId)}/links/${encodeURIComponent(linkId)}${members ? '?members=revoke' : ''}`, token),
  addPlan: (serverUrl: string, groupId: string, token: string, planId: string, planToken: string) =>
    call<{ added: boolean }>(serverUrl, 'POST', `${at(groupId)}/plans`, token, { planId, planToken }),
  removePlan: (serverUrl: string, groupId: string, token: string, planId: string) =>
    call<null>(serverUrl, 'DELETE', `${at(groupId)}/plans/${encodeURIComponent(planId)}`, token),
};
