import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';

/** Bounds on what connections may hold of the relay; each has a flag (`concord serve --help`) and a gauge in /metrics. */
export interface ConnectionLimits {
  /**
   * Open sockets from one peer address (an office behind one NAT shares one). This machine's own address is not
   * limited: a reverse proxy on the same host brings every user from it.
   */
  perAddress: number;
  /** Open sockets admitted with one token (an invite link passed round a group shares one). */
  perToken: number;
  /** Bytes of unsent frames all sockets together may hold; past it the slowest readers are closed first. */
  unsentBudgetBytes: number;
}

/** The peer addresses of this machine's own connections (a local reverse proxy, the tests, the benchmark). */
const LOCAL_PEERS = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = { perAddress: 256, perToken: 64, unsentBudgetBytes: 256 * 1024 * 1024 };

/** Frames this large are checked against the budget before they are queued (sync answers for big plans). */
export const BUDGET_CHECKED_FRAME_BYTES = 256 * 1024;

/** Counts open sockets per address and per token; says which limit a new one would pass. */
export class ConnectionCounts {
  private readonly byAddress = new Map<string, number>();
  private readonly byToken = new Map<string, number>();

  constructor(private readonly limits: ConnectionLimits) {}

  /** Takes a place for a socket from `request` with `tokenId`, or says which limit refuses it; `release` gives it back. */
  take(request: IncomingMessage, tokenId: string | null): { ok: true; release(): void } | { ok: false; limit: 'per-address' | 'per-token' } {
    const address = request.socket.remoteAddress ?? 'unknown';
    const limited = !LOCAL_PEERS.has(address);
    if (limited && (this.byAddress.get(address) ?? 0) >= this.limits.perAddress) return { ok: false, limit: 'per-address' };
    if (tokenId !== null && (this.byToken.get(tokenId) ?? 0) >= this.limits.perToken) return { ok: false, limit: 'per-token' };
    bump(this.byAddress, address, 1);
    if (tokenId !== null) bump(this.byToken, tokenId, 1);
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        bump(this.byAddress, address, -1);
        if (tokenId !== null) bump(this.byToken, tokenId, -1);
      },
    };
  }
}

function bump(counts: Map<string, number>, key: string, by: number): void {
  const next = (counts.get(key) ?? 0) + by;
  if (next <= 0) counts.delete(key);
  else counts.set(key, next);
}

/** Bytes all `sockets` have queued and not yet sent: O(sockets), so read on a timer and for large frames only. */
export function unsentBytes(sockets: Iterable<WebSocket>): number {
  let total = 0;
  for (const ws of sockets) total += ws.bufferedAmount;
  return total;
}

/** The sockets to close, slowest reader first, so that `extra` more bytes fit in `budget`. */
export function slowestToShed(sockets: Iterable<WebSocket>, budget: number, extra = 0): WebSocket[] {
  const all = [...sockets].filter((ws) => ws.bufferedAmount > 0).sort((a, b) => b.bufferedAmount - a.bufferedAmount);
  let total = all.reduce((sum, ws) => sum + ws.bufferedAmount, 0) + extra;
  const shed: WebSocket[] = [];
  for (const ws of all) {
    if (total <= budget) break;
    shed.push(ws);
    total -= ws.bufferedAmount;
  }
  return shed;
}
