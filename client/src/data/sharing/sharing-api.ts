import { isApiErrorReason, type ApiErrorReason } from '@concord/shared/protocol';
import type { PlanRole } from '../device/device-db';

/**
 * Why a sharing request failed; the UI words it. The server's reasons, plus `offline` (the server could not be
 * reached at all) and `server-error` (a fault, or an answer that is not one of the API's reasons).
 */
export type SharingReason = ApiErrorReason | 'offline' | 'server-error';

export class SharingError extends Error {
  override name = 'SharingError';
  constructor(readonly reason: SharingReason) {
    super(`sharing request failed: ${reason}`);
  }
}

/** One token the owner issued, as the server lists it (never the token itself). */
export interface Invite {
  id: string;
  role: PlanRole;
  label: string | null;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

export interface IssuedInvite {
  token: string;
  tokenId: string;
  role: PlanRole;
  expiresAt: string | null;
}

/** The relay's HTTP origin for a plan's WebSocket address (ws://host/sync → http://host). */
export function apiBaseOf(serverUrl: string): string {
  const url = new URL(serverUrl);
  url.protocol = url.protocol === 'wss:' ? 'https:' : 'http:';
  url.pathname = url.pathname.replace(/\/sync\/?$/, '');
  return url.toString().replace(/\/$/, '');
}

/**
 * One JSON request to the relay's API. Resolves with the answer's body (null for 204); a refusal rejects with
 * `refused(reason)`, the server's `error` word or null when it gave none; an unreachable server with `refused('offline')`.
 */
export async function requestApi<T>(
  serverUrl: string,
  request: { method: string; path: string; bearer: string | null; body?: unknown },
  refused: (reason: string | null) => Error,
): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (request.bearer !== null) headers.authorization = `Bearer ${request.bearer}`;
  const body = request.body === undefined ? undefined : JSON.stringify(request.body);
  let res: Response;
  try {
    res = await fetch(`${apiBaseOf(serverUrl)}${request.path}`, { method: request.method, headers, body, cache: 'no-store' });
  } catch {
    throw refused('offline');
  }
  if (res.ok) return (res.status === 204 ? null : await res.json()) as T;
  const error = (await res.json().catch(() => null)) as { error?: string } | null;
  throw refused(typeof error?.error === 'string' ? error.error : null);
}

function call<T>(serverUrl: string, method: string, path: string, bearer: string | null, body?: unknown): Promise<T> {
  return requestApi<T>(serverUrl, { method, path, bearer, body }, (reason) => {
    if (reason === 'offline') return new SharingError('offline');
    return new SharingError(isApiErrorReason(reason) ? reason : 'server-error');
  });
}

/** Creates the plan on the server; resolves with this device's owner token. */
export async function registerOnServer(serverUrl: string, planId: string): Promise<string> {
  const created = await call<{ token: string }>(serverUrl, 'POST', '/api/plans', null, { planId });
  return created.token;
}

/** Mints an invite; `expiresIn` is a lifetime such as `7d` or null for none. */
export function createInvite(
  serverUrl: string,
  planId: string,
  owner: string,
  invite: { role: Exclude<PlanRole, 'owner'>; expiresIn: string | null; label: string | null },
): Promise<IssuedInvite> {
  return call(serverUrl, 'POST', `/api/plans/${encodeURIComponent(planId)}/invites`, owner, invite);
}

export async function listInvites(serverUrl: string, planId: string, owner: string): Promise<Invite[]> {
  const listed = await call<{ invites: Invite[] }>(serverUrl, 'GET', `/api/plans/${encodeURIComponent(planId)}/invites`, owner);
  return listed.invites;
}

export async function revokeInvite(serverUrl: string, planId: string, owner: string, tokenId: string): Promise<void> {
  await call<null>(serverUrl, 'DELETE', `/api/plans/${encodeURIComponent(planId)}/invites/${encodeURIComponent(tokenId)}`, owner);
}

/** Replaces this device's owner token with a new one (the server revokes the old); resolves with the new token. */
export async function rotateOwnerToken(serverUrl: string, planId: string, owner: string): Promise<string> {
  const rotated = await call<{ token: string }>(serverUrl, 'POST', `/api/plans/${encodeURIComponent(planId)}/rotate`, owner, {});
  return rotated.token;
}
