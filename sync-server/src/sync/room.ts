import { Awareness, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { CloseCode, CloseReason } from '@concord/shared/protocol';
import type { UpdateStore } from '../store/update-store';
import { CLUSTER_ORIGIN } from './cluster-feed';
import { checkUpdate } from './check-update';
import { dependencyVerdict } from './missing-dependencies';
import { encodeAwareness, encodeUpdate } from './protocol';

/** What a room needs from a connection: a way to send it frames and to close it. */
export interface RoomClient {
  send(frame: Uint8Array): void;
  close(code: CloseCode, reason: CloseReason): void;
}

/** Room tuning and callbacks. */
export interface RoomOptions {
  /**
   * Fold the room's rows into one snapshot once it holds more than this many and has been quiet for
   * `compactQuietMs`, or at once past `COMPACT_FORCE_FACTOR` times as many (so a room that never pauses still does).
   */
  compactAfterRows: number;
  /** How long a room with rows to fold waits for a pause in its updates (ms). Default 1000. */
  compactQuietMs?: number;
  /** Refuse updates once the room's stored rows would exceed this many bytes. */
  maxDocumentBytes: number;
  /** True while the relay's total-storage quota is reached: updates that change the doc are refused. */
  storageFull?(): boolean;
  /** Called once when the room gives up (load or store failure, poisoned doc) so it can be forgotten. */
  onFailed(room: Room): void;
  log(event: string, detail: Record<string, unknown>): void;
}

/** How an incoming update ended: stored and relayed, a no-op, or refused (and why). */
export type UpdateOutcome = 'stored' | 'unchanged' | 'malformed' | 'missing-dependencies' | 'too-large' | 'out-of-scope' | 'storage-full' | 'failed';

/** Whether an update (already decoded, its dependencies present) may change `doc`; the relay's scope for a sender. */
export type UpdateScope = (doc: Y.Doc, update: Uint8Array) => boolean;

export type RoomState = 'loading' | 'ready' | 'failed' | 'closed';

/** A room compacts regardless of pauses once it holds this many times `compactAfterRows` rows. */
export const COMPACT_FORCE_FACTOR = 4;

/**
 * One plan's live document on the relay. Loads from the store before anyone is answered, validates every update,
 * stores it, then relays it. Work that touches the doc or the store runs one task at a time, so the doc always
 * equals the stored rows and a snapshot can replace exactly the rows it contains.
 */
export class Room {
  /** The live doc; replaced by a copy rebuilt from the store if an update ever breaks it half-way (see apply). */
  private live = new Y.Doc();
  /** Presence needs a doc only for a client id of its own (the relay has none), so it never follows `live`. */
  readonly awareness = new Awareness(new Y.Doc());
  /** Connected clients, each with the awareness client ids it has announced (removed when it leaves). */
  private readonly members = new Map<RoomClient, Set<number>>();
  /** Resolves true once loaded, false if loading failed. */
  readonly ready: Promise<boolean>;
  private status: RoomState = 'loading';
  private tail: Promise<unknown>;
  private rowCount = 0;
  private lastSeq = 0;
  /** Bytes of the stored rows: an upper bound on the document's encoded size, without encoding it. */
  private storedBytes = 0;
  private nextCompactAt: number;
  private quietTimer: NodeJS.Timeout | null = null;

  constructor(
    readonly id: string,
    private readonly store: UpdateStore,
    private readonly options: RoomOptions,
    previousUnload: Promise<void> = Promise.resolve(),
  ) {
    // The relay is not a participant: no presence of its own.
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.relayAwareness);
    this.nextCompactAt = options.compactAfterRows;
    this.ready = previousUnload.then(() => this.load());
    this.tail = this.ready;
  }

  get state(): RoomState {
    return this.status;
  }

  /** The live document: everything stored for this room, and nothing else. */
  get doc(): Y.Doc {
    return this.live;
  }

  /**
   * Validates, applies, stores and relays one update from `from`. With `scope`, an update it does not admit is
   * refused ('out-of-scope') before it touches the doc; the check runs in the room's queue, against the doc the
   * update would be applied to.
   */
  receiveUpdate(from: RoomClient, update: Uint8Array, scope?: UpdateScope): Promise<UpdateOutcome> {
    return this.serially(async () => {
      if (this.status !== 'ready') return 'failed';
      const check = checkUpdate(update);
      if (!check.ok) return 'malformed';
      if (check.empty) return 'unchanged';
      if (this.storedBytes + update.byteLength > this.options.maxDocumentBytes) return 'too-large';
      if (this.options.storageFull?.()) return 'storage-full';
      // Never hold half an update waiting for its gap: refuse it, and the client's resync sends the gap first.
      const verdict = dependencyVerdict(check.decoded, this.doc);
      if (verdict === 'impossible') return 'malformed';
      if (verdict === 'missing') return 'missing-dependencies';
      if (scope && !scope(this.doc, update)) return 'out-of-scope';
      const applied = await this.apply(update, from);
      if (applied !== 'changed') return applied;
      try {
        await this.advanceTo(await this.store.append(this.id, update));
      } catch (error) {
        this.fail('append-failed', error, CloseCode.internalError, CloseReason.storeFailed);
        return 'failed';
      }
      this.rowCount++;
      this.storedBytes += update.byteLength;
      this.broadcast(encodeUpdate(update), from);
      // Encoding the whole doc takes milliseconds on a big plan: do it in a pause, not between keystrokes.
      if (this.rowCount > this.nextCompactAt + (COMPACT_FORCE_FACTOR - 1) * this.options.compactAfterRows) await this.compactNow();
      else if (this.rowCount > this.nextCompactAt) this.compactWhenQuiet();
      return 'stored';
    });
  }

  /** The state vector of everything stored for this room (the doc never holds more than the store). */
  storedStateVector(): Uint8Array {
    return Y.encodeStateVector(this.doc);
  }

  /** Seq of the last stored row the doc holds; the doc holds every row up to it. */
  get appliedSeq(): number {
    return this.lastSeq;
  }

  /**
   * Applies the rows other relay nodes stored after `appliedSeq` (a snapshot they compacted counts as a row and
   * holds everything before it) and relays what changed to this node's clients. Queued like all other room work.
   */
  catchUp(): Promise<void> {
    return this.serially(async () => {
      if (this.status === 'ready') await this.pullRows();
    });
  }

  /** Number of connected clients. */
  get size(): number {
    return this.members.size;
  }

  /** Adds a client; it receives updates and awareness from now on. */
  join(client: RoomClient): void {
    if (!this.members.has(client)) this.members.set(client, new Set());
  }

  /** Whether `client` introduced awareness client id `id` (it may then change or remove it). */
  ownsPresence(client: RoomClient, id: number): boolean {
    return this.members.get(client)?.has(id) ?? false;
  }

  /** How many awareness client ids `client` has introduced. */
  presenceCount(client: RoomClient): number {
    return this.members.get(client)?.size ?? 0;
  }

  /** Removes a client and the presence it announced, telling the others it left. */
  leave(client: RoomClient): void {
    const ids = this.members.get(client);
    if (!ids) return;
    this.members.delete(client);
    if (ids.size > 0 && this.status === 'ready') removeAwarenessStates(this.awareness, [...ids], client);
  }

  /** Stores a snapshot in place of the rows, waits for queued work, and frees the doc. */
  close(): Promise<void> {
    return this.serially(async () => {
      if (this.status !== 'ready') return; // a failed room was disposed when it failed
      await this.compactNow();
      this.dispose('closed');
    });
  }

  /** Sends `frame` to every client but `except`. */
  broadcast(frame: Uint8Array, except?: RoomClient): void {
    for (const client of this.members.keys()) if (client !== except) client.send(frame);
  }

  private async load(): Promise<boolean> {
    try {
      const stored = await this.store.load(this.id);
      Y.transact(this.doc, () => {
        for (const update of stored.updates) Y.applyUpdate(this.doc, update);
      });
      this.rowCount = stored.updates.length;
      this.storedBytes = stored.updates.reduce((sum, u) => sum + u.byteLength, 0);
      this.lastSeq = stored.lastSeq;
      this.status = 'ready';
      return true;
    } catch (error) {
      this.fail('load-failed', error, CloseCode.internalError, CloseReason.storeFailed);
      return false;
    }
  }

  /**
   * Applies `update` to the live doc and says whether the doc changed. The change is read off the transaction, not
   * from an 'update' listener: with one, Yjs encodes every transaction into a new update, and the relay already
   * holds the bytes it received. `lacksDependencies` refuses what Yjs would leave pending; what still fails here
   * (Yjs throwing on an item graph no Yjs would write) is refused for its sender alone: the part Yjs kept pending is
   * dropped, and a doc it half-changed is rebuilt from the store, which never saw the update. Other clients were
   * sent nothing of it, so they never notice.
   */
  private async apply(update: Uint8Array, from: RoomClient): Promise<'changed' | 'unchanged' | 'malformed' | 'failed'> {
    let changed = false;
    let failure: unknown = null;
    const onTransaction = (transaction: Y.Transaction) => (changed = changedBy(transaction));
    const doc = this.live;
    const before = Y.encodeStateVector(doc);
    doc.on('afterTransaction', onTransaction);
    try {
      Y.applyUpdate(doc, update, from);
    } catch (error) {
      failure = error;
    } finally {
      doc.off('afterTransaction', onTransaction);
    }
    if (failure === null && (doc.store.pendingStructs !== null || doc.store.pendingDs !== null)) failure = new Error('update left pending structs');
    if (failure === null) return changed ? 'changed' : 'unchanged';
    this.options.log('update-refused', { room: this.id, reason: CloseReason.malformedUpdate, error: String(failure) });
    if (!changed) {
      doc.store.pendingStructs = null;
      doc.store.pendingDs = null;
      return 'malformed';
    }
    return (await this.rebuild(before)) ? 'malformed' : 'failed';
  }

  /**
   * Replaces the live doc with one loaded from the store. Rows another node stored meanwhile (a cluster) come with
   * it: they are relayed as one update from `before`, what this node's clients had been sent.
   */
  private async rebuild(before: Uint8Array): Promise<boolean> {
    try {
      const stored = await this.store.load(this.id);
      const fresh = new Y.Doc();
      Y.transact(fresh, () => stored.updates.forEach((row) => Y.applyUpdate(fresh, row)));
      this.live.destroy();
      this.live = fresh;
      this.rowCount = stored.updates.length;
      this.storedBytes = stored.updates.reduce((sum, u) => sum + u.byteLength, 0);
      if (stored.lastSeq !== this.lastSeq) this.broadcast(encodeUpdate(Y.encodeStateAsUpdate(fresh, before)));
      this.lastSeq = stored.lastSeq;
      this.options.log('room-rebuilt', { room: this.id, seq: this.lastSeq });
      return true;
    } catch (error) {
      this.fail('rebuild-failed', error, CloseCode.internalError, CloseReason.storeFailed);
      return false;
    }
  }

  /** Our own row got `seq`; rows before it that another node stored must be applied before lastSeq moves on. */
  private async advanceTo(seq: number): Promise<void> {
    if (seq === this.lastSeq + 1) this.lastSeq = seq;
    else await this.pullRows();
  }

  private async pullRows(): Promise<void> {
    let rows;
    try {
      rows = await this.store.readAfter(this.id, this.lastSeq);
    } catch (error) {
      // Nothing changed here; the next notification or poll tries again.
      return this.options.log('catch-up-failed', { room: this.id, error: String(error) });
    }
    const relay = (update: Uint8Array, origin: unknown) => origin === CLUSTER_ORIGIN && this.broadcast(encodeUpdate(update));
    this.doc.on('update', relay);
    try {
      for (const row of rows.updates) Y.applyUpdate(this.doc, row, CLUSTER_ORIGIN);
    } catch (error) {
      return this.fail('catch-up-failed', error, CloseCode.goingAway, CloseReason.roomReset);
    } finally {
      this.doc.off('update', relay);
    }
    this.rowCount += rows.updates.length;
    this.lastSeq = rows.lastSeq;
  }

  /** (Re)starts the wait for a pause, after which the room compacts if it still has rows to fold. */
  private compactWhenQuiet(): void {
    if (this.quietTimer) clearTimeout(this.quietTimer);
    this.quietTimer = setTimeout(() => {
      this.quietTimer = null;
      void this.serially(async () => {
        if (this.status === 'ready' && this.rowCount > this.nextCompactAt) await this.compactNow();
      });
    }, this.options.compactQuietMs ?? 1000);
    this.quietTimer.unref();
  }

  private async compactNow(): Promise<void> {
    if (this.quietTimer) clearTimeout(this.quietTimer);
    this.quietTimer = null;
    if (this.rowCount <= 1) return;
    try {
      const snapshot = Y.encodeStateAsUpdate(this.doc);
      await this.store.compact(this.id, snapshot, this.lastSeq);
      this.rowCount = 1;
      this.storedBytes = snapshot.byteLength;
      this.nextCompactAt = this.options.compactAfterRows;
      this.options.log('room-compacted', { room: this.id, seq: this.lastSeq });
    } catch (error) {
      // The rows are intact; try again after another batch rather than on every update.
      this.nextCompactAt = this.rowCount + this.options.compactAfterRows;
      this.options.log('compact-failed', { room: this.id, error: String(error) });
    }
  }

  private fail(event: string, error: unknown, code: CloseCode, reason: CloseReason): void {
    if (this.status === 'failed' || this.status === 'closed') return;
    this.options.log(event, { room: this.id, error: String(error) });
    for (const client of [...this.members.keys()]) client.close(code, reason);
    this.dispose('failed');
    this.options.onFailed(this);
  }

  private dispose(state: 'failed' | 'closed'): void {
    this.status = state;
    if (this.quietTimer) clearTimeout(this.quietTimer);
    this.quietTimer = null;
    this.members.clear();
    this.awareness.off('update', this.relayAwareness);
    this.awareness.destroy();
    this.live.destroy();
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task);
    this.tail = run.catch(() => undefined);
    return run;
  }

  private readonly relayAwareness = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const owned = this.members.get(origin as RoomClient);
    if (owned) {
      for (const id of [...change.added, ...change.updated]) owned.add(id);
      for (const id of change.removed) owned.delete(id);
    }
    const changed = [...change.added, ...change.updated, ...change.removed];
    if (changed.length > 0) this.broadcast(encodeAwareness(this.awareness, changed));
  };
}

/** Whether a transaction changed the doc: Yjs's own test before it emits an update (new structs or deletions). */
function changedBy({ deleteSet, beforeState, afterState }: Y.Transaction): boolean {
  if (deleteSet.clients.size > 0) return true;
  for (const [client, clock] of afterState) if (beforeState.get(client) !== clock) return true;
  return false;
}
