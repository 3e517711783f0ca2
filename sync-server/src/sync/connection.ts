import { applyAwarenessUpdate } from 'y-protocols/awareness';
import type { RawData, WebSocket } from 'ws';
import type * as Y from 'yjs';
import { leadScopeViolation } from '@concord/shared/requests';
import { CloseCode, CloseReason } from '@concord/shared/protocol';
import type { RelayMetrics } from '../metrics/relay-metrics';
import type { Grant } from './admit';
import { decodeClientMessage, encodeAwareness, encodeStored, encodeSyncStep1, encodeSyncStep2, ProtocolError } from './protocol';
import type { Room, RoomClient } from './room';
import type { Rooms } from './rooms';
import { BUDGET_CHECKED_FRAME_BYTES } from './connection-limits';
import { DEFAULT_PRESENCE_LIMITS, screenPresence, type PresenceLimits } from './presence-guard';
import { TokenBucket } from './token-bucket';

/** A request link's updates may change only its lead's responses (docs/PROTOCOL.md R53). */
const insideLeadScope = (doc: Y.Doc, update: Uint8Array): boolean => leadScopeViolation(doc, update) === null;

/** Per-connection limits. */
export interface ConnectionOptions {
  /** Larger frames close the connection with CloseCode.tooLarge. */
  maxMessageBytes: number;
  /** A client whose unsent frames exceed this many bytes is too slow to keep: it is closed (and reconnects). */
  maxBufferedBytes: number;
  /** Messages per second allowed on average, and in one burst. */
  rate: { perSecond: number; burst: number };
  /**
   * Closes other sockets' slowest readers until `bytes` more unsent bytes fit the relay's budget; false when they
   * still do not (the frame is then refused). Asked before queueing a large frame. Default: always room.
   */
  makeRoom?(bytes: number, keep: Connection): boolean;
  /** Caps on one socket's presence; default DEFAULT_PRESENCE_LIMITS. */
  presence?: PresenceLimits;
  /** Counts updates by outcome and refusals by reason. */
  metrics?: RelayMetrics;
  log(event: string, detail: Record<string, unknown>): void;
}

/** The longest a commit waits for its receipt while the client's frames keep the connection busy (ms). */
export const RECEIPT_DELAY_MS = 50;

/**
 * One admitted client socket in one room. Frames are handled strictly in arrival order, and none before the
 * room has loaded from the store, so the first sync answer already holds everything stored.
 */
export class Connection implements RoomClient {
  private readonly room: Room;
  private queue: Promise<void>;
  private closed = false;
  private readonly bucket: TokenBucket;
  /** Frames received but not yet handled; receipts go out when this drops to zero, or RECEIPT_DELAY_MS after a commit. */
  private inFlight = 0;
  private receiptDue = false;
  private receiptTimer: NodeJS.Timeout | null = null;
  /** Whether the client has answered our sync step 1 (its step 2 carries everything we lacked at greeting). */
  private answeredStep1 = false;

  constructor(
    private readonly socket: WebSocket,
    roomId: string,
    private readonly rooms: Rooms,
    private readonly grant: Grant,
    private readonly options: ConnectionOptions,
  ) {
    this.bucket = new TokenBucket(options.rate.perSecond, options.rate.burst);
    this.room = rooms.join(roomId, this);
    // Listeners go on before the first await: a client sends sync step 1 the moment the socket opens.
    socket.on('message', (data, isBinary) => this.receive(data, isBinary));
    socket.on('close', () => this.detach());
    socket.on('error', (error) => {
      options.log('socket-error', { room: roomId, error: String(error) });
      this.detach();
    });
    this.queue = this.room.ready.then((ok) => (ok ? this.greet() : this.close(CloseCode.internalError, CloseReason.storeFailed)));
  }

  /** The room (plan) this connection is in. */
  get roomId(): string {
    return this.room.id;
  }

  /** The grant this connection was admitted with. */
  get tokenId(): string | null {
    return this.grant.tokenId;
  }

  /**
   * Sends one frame if the socket is still open; closes a reader that lets too much pile up. The bound applies to
   * the backlog already waiting, not to the frame: a sync answer for a large plan can alone exceed it, and counting
   * it would cut every new reader of that plan before it ever synced.
   */
  send(frame: Uint8Array): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return;
    if (this.socket.bufferedAmount > this.options.maxBufferedBytes) {
      this.close(CloseCode.tryAgainLater, CloseReason.slowReader);
      // The close frame waits behind the backlog; a reader that stalled may never take it.
      setTimeout(() => this.socket.terminate(), 1000).unref();
      return;
    }
    if (frame.byteLength >= BUDGET_CHECKED_FRAME_BYTES && this.options.makeRoom?.(frame.byteLength, this) === false) {
      this.options.log('connection-shed', { room: this.room.id, reason: CloseReason.relayBusy, frame: frame.byteLength });
      return this.close(CloseCode.tryAgainLater, CloseReason.relayBusy);
    }
    this.socket.send(frame, { binary: true }, (error) => {
      if (error) this.detach();
    });
  }

  /** Closes the socket with a named code and leaves the room. */
  close(code: CloseCode, reason: CloseReason): void {
    if (!this.closed) {
      this.socket.close(code, reason);
      // Shutdown, room resets and store faults are the relay's doing; everything else refuses the client.
      if (code !== CloseCode.goingAway && code !== CloseCode.internalError) this.options.metrics?.refused.inc(reason);
    }
    this.detach();
  }

  private greet(): void {
    this.send(encodeSyncStep1(this.room.doc));
    if (this.room.awareness.getStates().size > 0) this.send(encodeAwareness(this.room.awareness));
  }

  private receive(data: RawData, isBinary: boolean): void {
    if (this.closed) return;
    const frame = toBytes(data);
    if (!isBinary) return this.close(CloseCode.badRequest, CloseReason.malformedMessage);
    if (frame.byteLength > this.options.maxMessageBytes) return this.close(CloseCode.tooLarge, CloseReason.messageTooLarge);
    if (!this.bucket.take()) return this.close(CloseCode.tryAgainLater, CloseReason.rateLimited);
    this.inFlight++;
    this.queue = this.queue
      .then(() => this.handle(frame))
      .catch((error: unknown) => {
        this.options.log('connection-error', { room: this.room.id, error: String(error) });
        this.close(CloseCode.internalError, CloseReason.storeFailed);
      })
      .finally(() => {
        this.inFlight--;
        if (this.inFlight === 0 && this.receiptDue) this.sendReceipt();
      });
  }

  /**
   * One receipt per batch of frames: the client learns what is stored once its burst has been handled, and, while
   * frames keep coming (a busy client never empties its queue), at most RECEIPT_DELAY_MS after each commit.
   */
  private receiptAfterCommit(): void {
    this.receiptDue = true;
    this.receiptTimer ??= setTimeout(() => this.sendReceipt(), RECEIPT_DELAY_MS).unref();
  }

  private sendReceipt(): void {
    if (this.receiptTimer) clearTimeout(this.receiptTimer);
    this.receiptTimer = null;
    this.receiptDue = false;
    if (this.closed || this.room.state !== 'ready') return;
    this.send(encodeStored(this.room.storedStateVector()));
  }

  private async handle(frame: Uint8Array): Promise<void> {
    if (this.closed) return;
    // A room that failed or shut down has already closed its clients; this catches frames queued before that.
    if (this.room.state !== 'ready') return this.close(CloseCode.goingAway, CloseReason.roomReset);
    let message;
    try {
      message = decodeClientMessage(frame);
    } catch (error) {
      const reason = error instanceof ProtocolError ? error.reason : CloseReason.malformedMessage;
      return this.close(CloseCode.badRequest, reason);
    }
    switch (message.kind) {
      case 'sync-step1':
        return this.answerStep1(message.stateVector);
      case 'sync-update':
        return this.receiveUpdate(message.update, message.step2);
      case 'awareness':
        return this.receiveAwareness(message.update);
      case 'query-awareness':
        return this.send(encodeAwareness(this.room.awareness));
      case 'auth':
        return; // the relay authenticates at the upgrade; clients never need to send this
    }
  }

  private answerStep1(stateVector: Uint8Array): void {
    let answer: Uint8Array;
    try {
      answer = encodeSyncStep2(this.room.doc, stateVector);
    } catch {
      return this.close(CloseCode.badRequest, CloseReason.malformedMessage);
    }
    this.send(answer);
    // Also after the first sync: a client with nothing new learns at once that the server has all it holds.
    this.receiptDue = true;
  }

  private async receiveUpdate(update: Uint8Array, step2: boolean): Promise<void> {
    if (step2) this.answeredStep1 = true;
    // Viewers keep their local edits to themselves; the server drops them (docs/PROTOCOL.md R9).
    if (this.grant.role === 'viewer') return void this.options.metrics?.updatesReceived.inc('viewer-dropped');
    const outcome = await this.room.receiveUpdate(this, update, this.grant.scope === 'lead-responses' ? insideLeadScope : undefined);
    this.options.metrics?.updatesReceived.inc(outcome);
    if (outcome === 'stored' || outcome === 'unchanged') this.receiptAfterCommit();
    else if (outcome === 'malformed') this.close(CloseCode.badRequest, CloseReason.malformedUpdate);
    else if (outcome === 'too-large') this.close(CloseCode.tooLarge, CloseReason.documentTooLarge);
    else if (outcome === 'out-of-scope') this.refuseOutOfScope();
    else if (outcome === 'storage-full') {
      this.options.log('update-refused', { room: this.room.id, reason: CloseReason.storageFull });
      this.close(CloseCode.tryAgainLater, CloseReason.storageFull);
    }
    else if (outcome === 'missing-dependencies') this.refuseGap();
  }

  /**
   * An update that needs content we lack. Before the client's sync step 2 this is the reconnect race (a live edit
   * overtaking the step 2 that carries what it builds on): drop it, the step 2 includes it. After, only a fresh
   * sync exchange can fill the gap, so close with a code that makes y-websocket reconnect.
   */
  private refuseGap(): void {
    this.options.log('update-refused', { room: this.room.id, reason: CloseReason.missingDependencies });
    if (this.answeredStep1) this.close(CloseCode.resync, CloseReason.missingDependencies);
  }

  /** An update request link wrote outside its lead's responses: refused for this sender alone, nothing stored. */
  private refuseOutOfScope(): void {
    this.options.log('update-refused', { room: this.room.id, reason: CloseReason.outOfScope });
    this.close(CloseCode.forbidden, CloseReason.outOfScope);
  }

  /** Applies the entries this socket may speak for (presence-guard.ts); refuses malformed or oversized presence. */
  private receiveAwareness(update: Uint8Array): void {
    const { room } = this;
    const verdict = screenPresence(
      update,
      {
        role: this.grant.role,
        owns: (id) => room.ownsPresence(this, id),
        owned: room.presenceCount(this),
        presentAt: (id) => (room.awareness.getStates().has(id) ? (room.awareness.meta.get(id)?.clock ?? 0) : null),
      },
      this.options.presence ?? DEFAULT_PRESENCE_LIMITS,
    );
    if (!verdict.ok) {
      this.options.log('presence-refused', { room: room.id, reason: verdict.reason });
      if (verdict.reason === 'malformed') return this.close(CloseCode.badRequest, CloseReason.malformedAwareness);
      return this.close(CloseCode.tooLarge, CloseReason.presenceTooLarge);
    }
    if (verdict.forged.length > 0) this.options.log('presence-refused', { room: room.id, reason: 'not-its-own', ids: verdict.forged });
    if (verdict.update === null) return;
    try {
      applyAwarenessUpdate(room.awareness, verdict.update, this);
    } catch {
      this.close(CloseCode.badRequest, CloseReason.malformedAwareness);
    }
  }

  private detach(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.receiptTimer) clearTimeout(this.receiptTimer);
    this.rooms.leave(this.room, this);
  }
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
