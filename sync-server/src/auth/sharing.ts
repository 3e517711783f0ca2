import { join } from 'node:path';
import { CloseCode, CloseReason, isGroupId, isRequestId, isValidRoomId, type ApiErrorReason, type Role } from '@concord/shared/protocol';
import { SQLITE_FILE_NAME } from '../store/sqlite-store';
import type { Admission, AdmissionRequest, Authorize, Grant } from '../sync/admit';
import { mintCapability, mintToken, TokenError, verifyToken, type PlanClaims, type TokenClaims } from './capability-token';
import type { CreatorClaims } from './token-kinds';
import { originAllowed } from './origin-check';
import { loadOrCreateSecret } from './server-secret';
import { TokenRegistry, type TokenRecord, type TokenRegistryStore } from './token-registry';
import { GroupRegistry, type GroupRegistryStore } from './group-registry';
import { GroupSharing } from './group-sharing';
import { RequestSharing } from './request-sharing';
import { parseRequestLabel } from './request-token-kinds';

/**
 * `required` (the default): every connection needs a token. `open` (local development only, an explicit opt-in): a
 * plan nobody created on the server syncs without a token until it is registered, which drops those tokenless
 * connections; a shared plan always needs one.
 */
export type AuthMode = 'open' | 'required';

/** Sharing settings of a relay. */
export interface SharingOptions {
  dataDir: string;
  auth: AuthMode;
  /** True while the relay's storage quota is reached: no plan may be created. Default never. */
  storageFull?(): boolean;
  /** When set, creating a plan or group needs this key (or a creator token). */
  createKey: string | null;
  /**
   * Anyone who reaches the relay may create plans and groups: true on a relay bound to loopback with no create key
   * (one person's machine); false once it listens beyond loopback, where creating needs the key or a creator token.
   */
  openCreation: boolean;
  /** Browser origins allowed: the relay's public origins and its loopback ones (`*` for any). */
  allowedOrigins: readonly string[];
  /** Secret and registry shared by several nodes (PostgreSQL); default: `relay-secret` and SQLite in `dataDir`. */
  backend?: TokenBackend;
}

/** What signs tokens and where they are recorded. */
export interface TokenBackend {
  secret: Uint8Array;
  registry: TokenRegistryStore;
  /** Working groups; default: SQLite in `dataDir` (PostgresGroupRegistry beside a PostgreSQL token registry). */
  groups?: GroupRegistryStore;
}

/** The sharing API reasons a sharing operation itself can fail with (the rest are about the HTTP request). */
export type SharingErrorReason = Extract<
  ApiErrorReason,
  'invalid-plan' | 'plan-exists' | 'create-key-required' | 'unauthorised' | 'forbidden' | 'not-found' | 'storage-full'
>;

/** A refused sharing request, with a machine-readable reason (the HTTP API maps it to a status). */
export class SharingError extends Error {
  constructor(readonly reason: SharingErrorReason) {
    super(reason);
    this.name = 'SharingError';
  }
}

/** A freshly issued token and what it grants. */
export interface IssuedToken<C extends TokenClaims = PlanClaims> {
  token: string;
  claims: C;
}

/**
 * Capability sharing: the signing secret, the registry of shared plans and tokens, the relay's admission check,
 * and revocation (which also drops live connections through `onRevoke` listeners).
 */
export class Sharing {
  private readonly secret: Uint8Array;
  private readonly registry: TokenRegistryStore;
  private readonly revokeListeners = new Set<(tokenId: string) => void>();
  /** Working groups: their tokens, members, plans and admission (see GroupSharing). */
  readonly groups: GroupSharing;
  /** Update request links: one per lead per round, each opening one request room (see RequestSharing). */
  readonly requests: RequestSharing;

  constructor(private readonly options: SharingOptions) {
    this.secret = options.backend?.secret ?? loadOrCreateSecret(options.dataDir);
    this.registry = options.backend?.registry ?? new TokenRegistry(join(options.dataDir, SQLITE_FILE_NAME));
    this.groups = new GroupSharing({
      secret: this.secret,
      registry: options.backend?.groups ?? new GroupRegistry(join(options.dataDir, SQLITE_FILE_NAME)),
      mayCreate: (bearer) => this.mayCreate(bearer),
      requirePlanOwner: (token, planId) => this.requireOwner(token, planId),
      drop: (key) => this.revokeListeners.forEach((listener) => listener(key)),
    });
    this.requests = new RequestSharing({
      secret: this.secret,
      registry: this.registry,
      drop: (tokenId) => this.revokeListeners.forEach((listener) => listener(tokenId)),
    });
  }

  /**
   * Creates plan `planId` on the server and returns its first owner token. `bearer` is what the creator showed: the
   * create key or a creator token, needed unless creation is open (see SharingOptions.openCreation). Tokenless
   * connections to the room (open mode) are dropped: from now on it needs a token.
   */
  async createPlan(planId: string, bearer: string | null): Promise<IssuedToken> {
    if (!(await this.mayCreate(bearer))) throw new SharingError('create-key-required');
    if (!isPlanId(planId)) throw new SharingError('invalid-plan');
    if (this.options.storageFull?.()) throw new SharingError('storage-full');
    if (!(await this.registry.registerPlan(planId))) throw new SharingError('plan-exists');
    this.revokeListeners.forEach((listener) => listener(anonymousKey(planId)));
    return this.issue(planId, 'owner', null, 'creator');
  }

  /** Whether the holder of `bearer` may create plans and groups here. */
  async mayCreate(bearer: string | null): Promise<boolean> {
    const { createKey, openCreation } = this.options;
    if (createKey !== null && bearer === createKey) return true;
    if (openCreation && createKey === null) return true;
    if (bearer === null || bearer === '') return false;
    try {
      const claims = await verifyToken(this.secret, bearer);
      return claims.kind === 'creator' && !(await this.registry.isRevoked(claims.tokenId));
    } catch {
      return false;
    }
  }

  /** Signs an operator's "may create plans" token (`concord token --creator`). */
  async issueCreator(expiresInSeconds: number | null): Promise<IssuedToken<CreatorClaims>> {
    return mintCapability(this.secret, { kind: 'creator' }, expiresInSeconds);
  }

  /** Issues a token (the plan becomes shared if it was not). Used by invites and by `concord token`. */
  async issue(planId: string, role: Role, expiresInSeconds: number | null, label: string | null): Promise<IssuedToken> {
    if (!isPlanId(planId)) throw new SharingError('invalid-plan');
    await this.registry.registerPlan(planId);
    const issued = await mintToken(this.secret, planId, role, expiresInSeconds);
    await this.registry.record(issued.claims, label);
    return issued;
  }

  /** The claims of a live owner token for `planId`; SharingError('unauthorised' | 'forbidden') otherwise. */
  async requireOwner(token: string | null, planId: string): Promise<PlanClaims> {
    const checked = await this.check(token, planId);
    if (!checked.ok) throw new SharingError(checked.code === CloseCode.unauthorised ? 'unauthorised' : 'forbidden');
    const { claims } = checked;
    if (claims.kind !== 'plan' || claims.role !== 'owner') throw new SharingError('forbidden');
    return claims;
  }

  /**
   * Replaces the owner token `bearer` of `planId` with a new one and revokes the old (its live connections are
   * dropped; the device that asked reconnects with the new token). Owner tokens never expire, so this is how an
   * owner retires one that may have leaked.
   */
  async rotateOwner(bearer: string | null, planId: string): Promise<IssuedToken> {
    const old = await this.requireOwner(bearer, planId);
    const label = (await this.registry.list(planId)).find((record) => record.id === old.tokenId)?.label ?? null;
    const issued = await this.issue(planId, 'owner', null, label);
    await this.revoke(planId, old.tokenId);
    return issued;
  }

  /** Every token issued for `planId`. */
  async list(planId: string): Promise<TokenRecord[]> {
    // Request links are the rounds' (RequestSharing.links), not invites the owner manages one by one.
    return (await this.registry.list(planId)).filter((record) => parseRequestLabel(record.label) === null);
  }

  /**
   * Revokes a token of `planId` and drops its live connections on this node (a shared registry tells the other
   * nodes itself); SharingError('not-found') if there is none.
   */
  async revoke(planId: string, tokenId: string): Promise<void> {
    if (!(await this.registry.revoke(planId, tokenId))) throw new SharingError('not-found');
    for (const listener of this.revokeListeners) listener(tokenId);
  }

  /** Those of `tokenIds` (and access keys) that were revoked (here or, with a shared registry, on any node). */
  async revokedAmong(tokenIds: readonly string[]): Promise<string[]> {
    const [tokens, keys] = await Promise.all([this.registry.revokedAmong(tokenIds), this.groups.revokedAmong(tokenIds)]);
    return [...tokens, ...keys];
  }

  /** Calls `listener` with the id of each token revoked from now on. */
  onRevoke(listener: (tokenId: string) => void): void {
    this.revokeListeners.add(listener);
  }

  /** The relay's admission check: Origin, then the token (see AuthMode). */
  readonly authorize: Authorize = async (request: AdmissionRequest): Promise<Admission> => {
    const { roomId, token } = request;
    if (!originAllowed(request.origin, this.options.allowedOrigins)) {
      return { ok: false, code: CloseCode.forbidden, reason: CloseReason.originNotAllowed };
    }
    // A working group's room and an update request's always need a token, in open mode too.
    if (token === null && this.options.auth === 'open' && isPlanId(roomId) && !(await this.registry.isShared(roomId))) {
      return { ok: true, roomId, grant: { role: 'editor', tokenId: null, accessKeys: [anonymousKey(roomId)] } };
    }
    const checked = await this.check(token, roomId);
    if (!checked.ok) return checked;
    return { ok: true, roomId, grant: checked.grant };
  };

  async close(): Promise<void> {
    await this.registry.close();
    await this.groups.close();
  }

  private async check(
    token: string | null,
    planId: string,
  ): Promise<{ ok: true; claims: TokenClaims; grant: Grant } | { ok: false; code: CloseCode; reason: CloseReason }> {
    if (token === null || token === '') return { ok: false, code: CloseCode.unauthorised, reason: CloseReason.unauthorised };
    let claims: TokenClaims;
    try {
      claims = await verifyToken(this.secret, token);
    } catch (error) {
      const reason = error instanceof TokenError && error.reason === 'expired' ? CloseReason.tokenExpired : CloseReason.unauthorised;
      return { ok: false, code: CloseCode.unauthorised, reason };
    }
    if (await this.registry.isRevoked(claims.tokenId)) return { ok: false, code: CloseCode.forbidden, reason: CloseReason.revoked };
    // What each kind of token opens; a kind with no entry here (an invite link) opens no room.
    if (claims.kind === 'group-member') {
      const admitted = await this.groups.admit(claims, planId);
      return admitted.ok ? { ok: true, claims, grant: admitted.grant } : admitted;
    }
    if (claims.kind === 'request') {
      const admitted = this.requests.admitLink(claims, planId);
      return admitted.ok ? { ok: true, claims, grant: admitted.grant } : admitted;
    }
    if (claims.kind === 'plan' && isRequestId(planId)) {
      const admitted = await this.requests.admitPlanToken(claims, planId);
      return admitted.ok ? { ok: true, claims, grant: admitted.grant } : admitted;
    }
    if (claims.kind !== 'plan' || claims.planId !== planId) return { ok: false, code: CloseCode.forbidden, reason: CloseReason.forbidden };
    return { ok: true, claims, grant: { role: claims.role, tokenId: claims.tokenId } };
  }
}

/** The access key of a room's tokenless connections (open mode), dropped when the plan is registered. */
function anonymousKey(roomId: string): string {
  return `anonymous:${roomId}`;
}

/** A plan id: a room id that is not a working group's or an update request's (they share the relay's rooms). */
function isPlanId(planId: string): boolean {
  return isValidRoomId(planId) && !isGroupId(planId) && !isRequestId(planId);
}
