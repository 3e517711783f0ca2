/** The relay's HTTP API as the group tests use it: create plans and groups, mint links, join, add plans. */
import { expect } from 'vitest';
import type { RunningRelay } from '../helpers/relay';

export interface ApiAnswer {
  status: number;
  body: Record<string, any> | null;
}

/** One JSON request to `target`'s API with an optional Bearer token. */
export async function api(target: RunningRelay, method: string, path: string, bearer: string | null, body?: unknown): Promise<ApiAnswer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (bearer !== null) headers.authorization = `Bearer ${bearer}`;
  const res = await fetch(`${target.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text === '' ? null : (JSON.parse(text) as Record<string, any>) };
}

/** Registers `planId` and returns its owner token. */
export async function createPlan(target: RunningRelay, planId: string): Promise<string> {
  const created = await api(target, 'POST', '/api/plans', null, { planId });
  expect(created.status).toBe(201);
  return created.body!.token as string;
}

/** A member as the API answers: their id, role and token. */
export interface Member {
  memberId: string;
  role: string;
  token: string;
}

/** Creates group `groupId` with its facilitator as the owner member. */
export async function createGroup(target: RunningRelay, groupId: string): Promise<Member> {
  const created = await api(target, 'POST', '/api/groups', null, { groupId, name: 'Facilitator', organisation: 'County council' });
  expect(created.status).toBe(201);
  expect(created.body).toMatchObject({ groupId, role: 'owner' });
  return created.body as Member;
}

/** Adds a plan to a group as the owner of both. */
export async function addPlan(target: RunningRelay, groupId: string, owner: string, planId: string, planToken: string): Promise<void> {
  const added = await api(target, 'POST', `/api/groups/${groupId}/plans`, owner, { planId, planToken });
  expect(added.status).toBe(201);
}

/** Mints a group invite link for `role`. */
export async function mintLink(target: RunningRelay, groupId: string, owner: string, role: string): Promise<{ token: string; tokenId: string }> {
  const link = await api(target, 'POST', `/api/groups/${groupId}/links`, owner, { role });
  expect(link.status).toBe(201);
  return link.body as { token: string; tokenId: string };
}

/** Joins a group by an invite link. */
export async function join(target: RunningRelay, groupId: string, link: string, name: string, organisation = 'Police'): Promise<Member> {
  const joined = await api(target, 'POST', `/api/groups/${groupId}/join`, link, { name, organisation });
  expect(joined.status).toBe(201);
  return joined.body as Member;
}
