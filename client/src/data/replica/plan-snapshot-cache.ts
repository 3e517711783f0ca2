import { Dexie, type EntityTable } from 'dexie';
import { PLAN_VERSION, SCHEMA_VERSION, type Plan } from '@concord/shared';

/**
 * The cached form: a snapshot written by an app whose Plan JSON or doc schema differs is ignored, never shown (it
 * may lack fields this version's screens read). Bump the first part when the cached row itself changes.
 */
const FORMAT = `1:${PLAN_VERSION}:${SCHEMA_VERSION}`;

/** The database's name (see SnapshotDb). */
export const SNAPSHOT_DB_NAME = 'concord-snapshots';

interface SnapshotRow {
  planId: string;
  format: string;
  /** The Plan JSON as text: IndexedDB stores and returns one string far faster than a 2,000-action object graph. */
  json: string;
  writtenAt: string;
}

/**
 * Its own small database, apart from the device catalogue, so its rows never take part in that schema's upgrades.
 * Its name must not start with PLAN_DB_PREFIX: every database named so is taken for a plan's doc.
 */
class SnapshotDb extends Dexie {
  snapshots!: EntityTable<SnapshotRow, 'planId'>;

  constructor() {
    super(SNAPSHOT_DB_NAME);
    this.version(1).stores({ snapshots: 'planId' });
  }
}

let db: SnapshotDb | null = null;
const snapshotDb = (): SnapshotDb => (db ??= new SnapshotDb());

/**
 * The Plan JSON this device last saw of `planId`, for showing while its doc loads; null when there is none, it is
 * of another format, or it cannot be read (a cache never stops a plan from opening).
 */
export async function readPlanSnapshot(planId: string): Promise<Plan | null> {
  try {
    const row = await snapshotDb().snapshots.get(planId);
    return row && row.format === FORMAT ? (JSON.parse(row.json) as Plan) : null;
  } catch {
    return null;
  }
}

/** Caches `plan` (taken from the fully loaded doc) as the snapshot to show the next time the plan opens. */
export async function writePlanSnapshot(planId: string, plan: Plan): Promise<void> {
  await snapshotDb().snapshots.put({ planId, format: FORMAT, json: JSON.stringify(plan), writtenAt: new Date().toISOString() });
}

/** How long after a change the snapshot is rewritten (in idle time): a burst of typing writes it once. */
const WRITE_DELAY_MS = 1000;
const IDLE_DEADLINE_MS = 2000;

/**
 * Keeps a plan's cached snapshot in step with its loaded doc: rewritten in idle time a moment after each change
 * (only when the doc changed since the last write), and at once by `flush` (the page is hidden or the plan closed).
 */
export function createSnapshotWriter(planId: string, current: () => { plan: Plan; version: number } | null) {
  let written = -1;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = (): void => {
    const now = current();
    if (!now || now.version === written) return;
    written = now.version;
    void writePlanSnapshot(planId, now.plan).catch(() => (written = -1));
  };
  const cancel = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  return {
    schedule(): void {
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        if (typeof requestIdleCallback === 'function') requestIdleCallback(write, { timeout: IDLE_DEADLINE_MS });
        else write();
      }, WRITE_DELAY_MS);
    },
    flush(): void {
      cancel();
      write();
    },
    cancel,
  };
}
