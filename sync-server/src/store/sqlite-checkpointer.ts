import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Moves SQLite's WAL checkpoints off the event loop. In WAL mode a checkpoint copies the log into the database
 * file and fsyncs both; run inside a commit on the relay's only thread, that stalls every room for as long as the
 * disk takes. Here a worker thread with its own connection runs PASSIVE checkpoints (they never block writers or
 * readers) every `intervalMs`; the relay's connection has automatic checkpoints turned off.
 *
 * The worker is plain JavaScript evaluated from a string, so it runs the same from the TypeScript sources and from
 * a bundle; it loads better-sqlite3 from where this module resolves it.
 */
export class SqliteCheckpointer {
  private readonly worker: Worker;

  /** `onCheckpoint` hears of every checkpoint the worker completes (only then does the worker report them). */
  constructor(file: string, intervalMs = 1000, onCheckpoint?: (result: CheckpointResult) => void) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    const workerData = { driver, file, intervalMs, report: onCheckpoint !== undefined };
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData });
    if (onCheckpoint) this.worker.on('message', onCheckpoint);
    // A checkpoint that fails (disk full, file gone) is retried next tick; the relay's own commits report real faults.
    this.worker.on('error', () => undefined);
    // It must never keep a stopping relay alive.
    this.worker.unref();
  }

  /** Stops the worker (the store runs a final TRUNCATE checkpoint itself when it closes). */
  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}

/** What one PASSIVE checkpoint did: frames in the WAL, and how many of them are now in the database file. */
export interface CheckpointResult {
  busy: number;
  log: number;
  checkpointed: number;
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 1000');
db.pragma('wal_autocheckpoint = 0');
setInterval(() => {
  let result;
  try { [result] = db.pragma('wal_checkpoint(PASSIVE)'); } catch { return; /* busy or transient: the next tick retries */ }
  if (workerData.report) parentPort.postMessage(result);
}, workerData.intervalMs);
`;
