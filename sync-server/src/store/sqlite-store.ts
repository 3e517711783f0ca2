import { mkdirSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteCheckpointer, type CheckpointResult } from './sqlite-checkpointer';
import { StoreError, type StoredRoom, type UpdateStore } from './update-store';

/** The database file's name inside the relay's data directory. */
export const SQLITE_FILE_NAME = 'concord.db';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS updates (
    room TEXT NOT NULL,
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (room, seq)
  ) WITHOUT ROWID;
`;

/** Tuning for tests and tools; the relay runs with the defaults. */
export interface SqliteStoreOptions {
  /** How often the worker checkpoints the WAL into the database file (ms). Default 1000. */
  checkpointIntervalMs?: number;
  /** Hears of every checkpoint the worker completes. */
  onCheckpoint?: (result: CheckpointResult) => void;
}

/** An append waiting for the next group commit. */
type QueuedAppend = { room: string; update: Uint8Array; resolve(seq: number): void; reject(error: unknown): void };

/**
 * UpdateStore on one SQLite file (better-sqlite3, WAL). better-sqlite3 is synchronous; reads and compactions are
 * durable by the time their promise is created. Appends are group-committed: every append made in one turn of the
 * event loop is written in one transaction just after it (setImmediate), and each promise resolves only once that
 * transaction has committed. Under load this turns hundreds of commits a second into a few dozen, and the WAL
 * checkpoints run on a worker thread (SqliteCheckpointer) so the relay's thread never waits on them.
 */
export class SqliteUpdateStore implements UpdateStore {
  private readonly db: Database.Database;
  private readonly selectAfter: Database.Statement<[string, number], { seq: number; data: Buffer }>;
  private readonly selectRooms: Database.Statement<[], { room: string }>;
  private readonly selectLastSeq: Database.Statement<[string], { last: number | null }>;
  private readonly insertRow: Database.Statement<[string, number, Uint8Array]>;
  private readonly deleteUpTo: Database.Statement<[string, number]>;
  private readonly appendTx: (batch: QueuedAppend[]) => number[];
  private queue: QueuedAppend[] = [];
  private flushScheduled = false;
  private checkpointer: SqliteCheckpointer | null = null;
  private readonly compactTx: (room: string, snapshot: Uint8Array, upToSeq: number) => void;
  private closed = false;

  /** Opens (creating if needed) the database file at `file`; throws StoreError('open-failed'). */
  constructor(
    readonly file: string,
    private readonly options: SqliteStoreOptions = {},
  ) {
    try {
      mkdirSync(dirname(file), { recursive: true });
      this.db = new Database(file);
      this.db.pragma('journal_mode = WAL');
      // NORMAL in WAL mode survives a process crash; only an OS crash or power cut can lose the last commits.
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('busy_timeout = 5000');
      // Checkpoints run on the checkpointer's thread once the first append arrives (see append).
      this.db.pragma('wal_autocheckpoint = 0');
      this.db.exec(SCHEMA);
    } catch (cause) {
      throw new StoreError('open-failed', `cannot open ${file}: ${(cause as Error).message}`, { cause });
    }
    this.selectAfter = this.db.prepare('SELECT seq, data FROM updates WHERE room = ? AND seq > ? ORDER BY seq');
    this.selectRooms = this.db.prepare('SELECT DISTINCT room FROM updates ORDER BY room');
    this.selectLastSeq = this.db.prepare('SELECT MAX(seq) AS last FROM updates WHERE room = ?');
    this.insertRow = this.db.prepare('INSERT INTO updates (room, seq, data) VALUES (?, ?, ?)');
    this.deleteUpTo = this.db.prepare('DELETE FROM updates WHERE room = ? AND seq <= ?');
    this.appendTx = this.db.transaction((batch: QueuedAppend[]) => {
      const last = new Map<string, number>();
      return batch.map(({ room, update }) => {
        const seq = (last.get(room) ?? this.selectLastSeq.get(room)?.last ?? 0) + 1;
        this.insertRow.run(room, seq, update);
        last.set(room, seq);
        return seq;
      });
    });
    this.compactTx = this.db.transaction((room: string, snapshot: Uint8Array, upToSeq: number) => {
      const last = this.selectLastSeq.get(room)?.last ?? 0;
      if (upToSeq > last) {
        throw new StoreError('stale-compaction', `room ${room} has no row ${upToSeq} (last is ${last})`);
      }
      this.deleteUpTo.run(room, upToSeq);
      this.insertRow.run(room, upToSeq, snapshot);
    });
  }

  async load(room: string): Promise<StoredRoom> {
    return this.readAfter(room, 0);
  }

  async readAfter(room: string, afterSeq: number): Promise<StoredRoom> {
    this.assertOpen();
    const rows = this.selectAfter.all(room, afterSeq);
    return {
      updates: rows.map((row) => new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength)),
      lastSeq: rows.at(-1)?.seq ?? afterSeq,
    };
  }

  async listRooms(): Promise<string[]> {
    this.assertOpen();
    return this.selectRooms.all().map((row) => row.room);
  }

  /** The database file and its write-ahead log, as the file system counts them. */
  async totalBytes(): Promise<number> {
    this.assertOpen();
    const size = (path: string) => stat(path).then((s) => s.size, () => 0);
    return (await size(this.file)) + (await size(`${this.file}-wal`));
  }

  append(room: string, update: Uint8Array): Promise<number> {
    if (this.closed) return Promise.reject(closedError());
    this.checkpointer ??= new SqliteCheckpointer(this.file, this.options.checkpointIntervalMs, this.options.onCheckpoint);
    return new Promise((resolve, reject) => {
      this.queue.push({ room, update, resolve, reject });
      if (this.flushScheduled) return;
      this.flushScheduled = true;
      setImmediate(() => this.flush());
    });
  }

  /** Commits every queued append in one transaction; if it fails, every append in it fails (none was stored). */
  private flush(): void {
    this.flushScheduled = false;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    let seqs: number[];
    try {
      if (this.closed) throw closedError();
      seqs = this.appendTx(batch);
    } catch (error) {
      for (const queued of batch) queued.reject(error);
      return;
    }
    batch.forEach((queued, i) => queued.resolve(seqs[i]!));
  }

  async compact(room: string, snapshot: Uint8Array, upToSeq: number): Promise<void> {
    this.assertOpen();
    this.compactTx(room, snapshot, upToSeq);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    await this.checkpointer?.stop();
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.db.close();
  }

  private assertOpen(): void {
    if (this.closed) throw closedError();
  }
}

const closedError = () => new StoreError('closed', 'the update store is closed');
