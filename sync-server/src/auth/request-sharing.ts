import { CloseCode, CloseReason, isRequestId, isValidRoomId } from '@concord/shared/protocol';
import type { Grant } from '../sync/admit';
import { mintCapability, type PlanClaims } from './capability-token';
import { parseRequestLabel, requestLabel, type RequestClaims } from './request-token-kinds';
import type { TokenRegistryStore } from './token-registry';

/** Admitted with a grant, or refused with a close code and reason. */
export type RequestAdmission = { ok: true; grant: Grant } | { ok: false; code: CloseCode; reason: CloseReason };

/** One request link as the facilitator's round list shows it (never the token). */
export interface RequestLinkRecord {
  roundId: string;
  requestId: string;
  tokenId: string;
  createdAt: string;
  revokedAt: string | null;
}

/** Why a request operation was refused (the API gives each reason its status). */
export type RequestErrorReason = 'invalid-request' | 'not-found';

export class RequestError extends Error {
  constructor(readonly reason: RequestErrorReason) {
    super(reason);
    this.name = 'RequestError';
  }
}

export interface RequestSharingOptions {
  secret: Uint8Array;
  /** The plans' token registry: request links are recorded there under their plan, so revocation works as for invites. */
  registry: TokenRegistryStore;
  /** Drops this node's live connections admitted with token `tokenId` (other nodes hear the registry's notice). */
  drop(tokenId: string): void;
}

/**
 * Update request links on the relay (docs/UPDATE-REQUESTS.md). A plan's owner mints one link per lead per round;
 * each opens exactly one request room, where the connection may write only the lead's responses (Grant.scope).
 * The links live in the plan's token registry under a label naming their round and room, so the plan's owners and
 * editors can be admitted to the request rooms of their own plan's rounds, and closing a round revokes every link
 * of it on every node, as revoking an invite does.
 */
export class RequestSharing {
  constructor(private readonly options: RequestSharingOptions) {}

  /** Mints the link for request `requestId` of round `roundId` of plan `planId` (the caller checked the owner). */
  async issue(planId: string, roundId: string, requestId: string): Promise<{ token: string; claims: RequestClaims }> {
    if (!isRequestId(requestId) || !isValidRoomId(roundId) || roundId.length > 40) throw new RequestError('invalid-request');
    const issued = await mintCapability(this.options.secret, { kind: 'request', requestId, planId, roundId });
    // Recorded as the plan's token so the registry's revocation (and its notice to other nodes) covers it.
    const record: PlanClaims = { kind: 'plan', planId, role: 'editor', tokenId: issued.claims.tokenId, expiresAt: null };
    await this.options.registry.record(record, requestLabel(roundId, requestId));
    return issued;
  }

  /** Every request link issued for `planId`'s rounds, oldest first. */
  async links(planId: string): Promise<RequestLinkRecord[]> {
    const records = await this.options.registry.list(planId);
    return records.flatMap((record) => {
      const parsed = parseRequestLabel(record.label);
      return parsed === null ? [] : [{ ...parsed, tokenId: record.id, createdAt: record.createdAt, revokedAt: record.revokedAt }];
    });
  }

  /**
   * Closes round `roundId` of `planId`: every link of it is revoked and its live connections close with
   * `4403 revoked`, on every node. Closing a closed round again changes nothing; a round with no links is 'not-found'.
   */
  async closeRound(planId: string, roundId: string): Promise<number> {
    const links = (await this.links(planId)).filter((link) => link.roundId === roundId);
    if (links.length === 0) throw new RequestError('not-found');
    let revoked = 0;
    for (const link of links.filter((l) => l.revokedAt === null)) {
      if (await this.options.registry.revoke(planId, link.tokenId)) revoked++;
      this.options.drop(link.tokenId);
    }
    return revoked;
  }

  /** What a request link opens: its own request room, writing only the lead's responses there. */
  admitLink(claims: RequestClaims, roomId: string): RequestAdmission {
    if (roomId !== claims.requestId) return { ok: false, code: CloseCode.forbidden, reason: CloseReason.forbidden };
    return { ok: true, grant: { role: 'editor', tokenId: claims.tokenId, scope: 'lead-responses' } };
  }

  /** A plan's owners and editors may open the request rooms of their plan's rounds (to write copies, read responses). */
  async admitPlanToken(claims: PlanClaims, roomId: string): Promise<RequestAdmission> {
    const refused = { ok: false, code: CloseCode.forbidden, reason: CloseReason.forbidden } as const;
    if (claims.role === 'viewer') return refused;
    const links = await this.links(claims.planId);
    if (!links.some((link) => link.requestId === roomId)) return refused;
    return { ok: true, grant: { role: claims.role, tokenId: claims.tokenId } };
  }
}
