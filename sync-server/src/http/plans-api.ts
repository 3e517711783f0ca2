import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_ERROR_STATUS, isRole, type ApiErrorReason } from '@concord/shared/protocol';
import { parseLifetime } from '../auth/capability-token';
import { SharingError, type Sharing } from '../auth/sharing';
import { RequestError } from '../auth/request-sharing';

/** Prefix of the sharing API. */
export const API_PREFIX = '/api/';
const MAX_BODY_BYTES = 16 * 1024;

/** A refused API request (reason becomes the JSON `error` and picks the status). */
export class ApiError extends Error {
  constructor(readonly reason: ApiErrorReason) {
    super(reason);
  }
}

type Route =
  | { kind: 'plans' }
  | { kind: 'rotate'; planId: string }
  | { kind: 'invites'; planId: string }
  | { kind: 'invite'; planId: string; tokenId: string }
  | { kind: 'requests'; planId: string }
  | { kind: 'round'; planId: string; roundId: string };

function route(path: string): Route | null {
  let parts: string[];
  try {
    parts = path.slice(API_PREFIX.length).split('/').map(decodeURIComponent);
  } catch {
    return null; // a malformed %-escape
  }
  if (parts.length === 1 && parts[0] === 'plans') return { kind: 'plans' };
  if (parts.length === 3 && parts[0] === 'plans' && parts[2] === 'invites') return { kind: 'invites', planId: parts[1]! };
  if (parts.length === 3 && parts[0] === 'plans' && parts[2] === 'rotate') return { kind: 'rotate', planId: parts[1]! };
  if (parts.length === 4 && parts[0] === 'plans' && parts[2] === 'invites') {
    return { kind: 'invite', planId: parts[1]!, tokenId: parts[3]! };
  }
  if (parts.length === 3 && parts[0] === 'plans' && parts[2] === 'requests') return { kind: 'requests', planId: parts[1]! };
  if (parts.length === 4 && parts[0] === 'plans' && parts[2] === 'rounds') return { kind: 'round', planId: parts[1]!, roundId: parts[3]! };
  return null;
}

/**
 * The sharing API (JSON; the owner's token or the server's create key as `Authorization: Bearer …`):
 * - `POST /api/plans {planId}` creates a shared plan and answers 201 `{planId, role, token, tokenId}` (owner).
 * - `POST /api/plans/:id/invites {role, expiresIn?, label?}` (owner) answers 201 `{token, tokenId, role, expiresAt}`.
 * - `GET /api/plans/:id/invites` (owner) answers `{invites: TokenRecord[]}`.
 * - `DELETE /api/plans/:id/invites/:tokenId` (owner) revokes it and drops its live connections; 204.
 * - `POST /api/plans/:id/rotate` (owner) answers 201 `{planId, role, token, tokenId}`: a new owner token; the one
 *   presented is revoked.
 * - `POST /api/plans/:id/requests {roundId, requestId}` (owner) answers 201 `{token, tokenId, requestId}`: a lead's
 *   update request link; `GET …/requests` answers `{requests: RequestLinkRecord[]}`.
 * - `DELETE /api/plans/:id/rounds/:roundId` (owner) closes the round: revokes its request links; 204.
 * Errors answer `{error: reason}` with a matching status.
 */
export async function handlePlansApi(sharing: Sharing, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  try {
    const found = route(path);
    if (!found) throw new ApiError('not-found');
    const bearer = bearerOf(req);
    if (found.kind === 'plans') {
      expectMethod(req, 'POST');
      const body = await readJson(req);
      const issued = await sharing.createPlan(stringField(body, 'planId'), bearer);
      return json(res, 201, { planId: issued.claims.planId, role: issued.claims.role, token: issued.token, tokenId: issued.claims.tokenId });
    }
    if (found.kind === 'rotate') {
      expectMethod(req, 'POST');
      const issued = await sharing.rotateOwner(bearer, found.planId);
      return json(res, 201, { planId: found.planId, role: 'owner', token: issued.token, tokenId: issued.claims.tokenId });
    }
    await sharing.requireOwner(bearer, found.planId);
    if (found.kind === 'requests' || found.kind === 'round') return await handleRequests(sharing, req, res, found);
    if (found.kind === 'invite') {
      expectMethod(req, 'DELETE');
      await sharing.revoke(found.planId, found.tokenId);
      return json(res, 204, null);
    }
    if (req.method === 'GET') return json(res, 200, { invites: await sharing.list(found.planId) });
    expectMethod(req, 'POST');
    return json(res, 201, await createInvite(sharing, found.planId, await readJson(req)));
  } catch (error) {
    if (error instanceof ApiError || error instanceof SharingError || error instanceof RequestError) return json(res, API_ERROR_STATUS[error.reason], { error: error.reason });
    throw error;
  }
}

/** Update request links and rounds (the caller checked the owner token). */
async function handleRequests(
  sharing: Sharing,
  req: IncomingMessage,
  res: ServerResponse,
  found: { kind: 'requests'; planId: string } | { kind: 'round'; planId: string; roundId: string },
): Promise<void> {
  if (found.kind === 'round') {
    expectMethod(req, 'DELETE');
    await sharing.requests.closeRound(found.planId, found.roundId);
    return json(res, 204, null);
  }
  if (req.method === 'GET') return json(res, 200, { requests: await sharing.requests.links(found.planId) });
  expectMethod(req, 'POST');
  const body = await readJson(req);
  const issued = await sharing.requests.issue(found.planId, stringField(body, 'roundId'), stringField(body, 'requestId'));
  return json(res, 201, { token: issued.token, tokenId: issued.claims.tokenId, requestId: issued.claims.requestId });
}

async function createInvite(sharing: Sharing, planId: string, body: Record<string, unknown>) {
  const { role, expiresIn, label } = body;
  if (!isRole(role)) throw new ApiError('bad-request');
  const lifetime = expiresIn === undefined || expiresIn === null ? null : parseLifetime(String(expiresIn));
  if (lifetime === null && expiresIn !== undefined && expiresIn !== null) throw new ApiError('bad-request');
  if (label !== undefined && (typeof label !== 'string' || label.length > 200)) throw new ApiError('bad-request');
  const issued = await sharing.issue(planId, role, lifetime, label ?? null);
  const expiresAt = issued.claims.expiresAt === null ? null : new Date(issued.claims.expiresAt * 1000).toISOString();
  return { token: issued.token, tokenId: issued.claims.tokenId, role, expiresAt };
}

export function bearerOf(req: IncomingMessage): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return match ? match[1]! : null;
}

export function expectMethod(req: IncomingMessage, method: string): void {
  if (req.method !== method) throw new ApiError('method-not-allowed');
}

export function stringField(body: Record<string, unknown>, key: string): string {
  const value = body[key];
  if (typeof value !== 'string') throw new ApiError('bad-request');
  return value;
}

export async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > MAX_BODY_BYTES) throw new ApiError('too-large');
    chunks.push(chunk);
  }
  try {
    const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // fall through: not JSON
  }
  throw new ApiError('bad-request');
}

export function json(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Cache-Control', 'no-store');
  if (body === null) return void res.end();
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}
