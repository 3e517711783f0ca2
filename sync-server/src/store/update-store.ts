/**
 * Durable log of Yjs updates per room. The relay never keeps a document only in memory: every accepted update is
 * appended here before it is broadcast, and a room's rows are folded into one snapshot row from time to time.
 *
 * Two implementations: SqliteUpdateStore (one file, the default) and PostgresUpdateStore (several relay nodes
 * sharing one log). Every method is async because the PostgreSQL one waits on the network, and callers treat both
 * alike. Sequence numbers increase monotonically per room; a node that has seen up to `seq` can later read what
 * came after it.
 */
export interface UpdateStore {
  /** Every stored row of `room` in sequence order (a snapshot, if any, comes first). Empty for a new room. */
  load(room: string): Promise<StoredRoom>;
  /**
   * The rows of `room` with seq > `afterSeq`, in order; `lastSeq` is `afterSeq` when there are none. A snapshot
   * that replaced rows after `afterSeq` comes back as an ordinary row (it holds everything up to its seq), so a
   * node that fell behind a compaction catches up by applying it.
   */
  readAfter(room: string, afterSeq: number): Promise<StoredRoom>;
  /** Every room that has at least one row, sorted (for backups). */
  listRooms(): Promise<string[]>;
  /** Bytes the store takes on disk (approximately; cheap to ask), for the relay's total-storage quota. */
  totalBytes(): Promise<number>;
  /** Appends one update; resolves once it is durable, with its sequence number. */
  append(room: string, update: Uint8Array): Promise<number>;
  /**
   * In one transaction: deletes the rows of `room` with seq <= `upToSeq` and stores `snapshot` (which must contain
   * all of them) in their place, with seq `upToSeq`. Rows appended after `upToSeq` are kept.
   */
  compact(room: string, snapshot: Uint8Array, upToSeq: number): Promise<void>;
  /** Flushes and closes; no method may be called afterwards. */
  close(): Promise<void>;
}

/** What a room's log holds. */
export interface StoredRoom {
  /** Updates in sequence order; apply them all to get the document. */
  updates: Uint8Array[];
  /** Sequence number of the last row, 0 when the room has none. */
  lastSeq: number;
}

/** Thrown by a store for failures the caller may want to tell apart. */
export class StoreError extends Error {
  constructor(
    readonly reason: StoreErrorReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}

export type StoreErrorReason = 'closed' | 'open-failed' | 'stale-compaction';
