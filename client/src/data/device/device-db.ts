import { Dexie, type EntityTable } from 'dexie';
import type { Rag } from '@concord/shared/plan-json';
import type { Position } from '@concord/shared';
import type { Role } from '@concord/shared/protocol';
import { DEVICE_DB_NAME, DEVICE_DB_VERSIONS } from './device-db-versions';

/** What this device may do with a plan: owner (manages sharing), editor, viewer (read-only); the token's role. */
export type PlanRole = Role;

/** RAG counts of a plan's live actions; `none` is actions with no rating yet. */
export type RagTally = Record<Rag | 'none', number>;

/**
 * One plan on this device. A materialised view of the plan's Y.Doc (rebuilt whenever the doc is open),
 * so it may lag the doc but never holds anything the doc does not.
 */
export interface PlanRow {
  id: string;
  title: string;
  /** The relay this plan syncs through, e.g. wss://concord.example/sync. */
  serverUrl: string;
  /** ISO date-time this device last exchanged changes with the server; null if never. */
  lastSyncedAt: string | null;
  /** Local edits exist that the server has not yet received. */
  pendingChanges: boolean;
  /** How many changes the server has not confirmed as stored (absent in rows written before receipts). */
  pendingCount?: number;
  ragCounts: RagTally;
  actionCount: number;
  /** ISO date-time of the last change this device saw. */
  updatedAt: string;
  /** This device's capability token for the plan; absent when it syncs without one (open mode). */
  token?: string | null;
  /** This device's role; `owner` without a token means created here and not yet registered on the server. */
  role?: PlanRole | null;
  /** The server's reason when it last refused this device (e.g. `revoked`); null once admitted. */
  refusedReason?: string | null;
  /** Digest of the plan's rows in the action index, so reopening an unchanged plan does not rewrite them. */
  actionIndexDigest?: string;
  /** The working group this device reaches the plan through (its token is then the group member token). */
  groupId?: string | null;
}

/**
 * One working group on this device: a materialised view of the group's Y.Doc plus this device's membership (its
 * member token is the only copy: the doc never holds tokens).
 */
export interface GroupRow {
  id: string;
  name: string;
  serverUrl: string;
  /** This device's member token: it opens the group's room and every plan of the group. */
  token: string;
  role: PlanRole;
  memberId: string;
  /** The group's plans as last seen (ids, in the group's order). */
  planIds: string[];
  /** The server's reason when it last refused this device (e.g. `revoked`); null once admitted. */
  refusedReason: string | null;
  updatedAt: string;
}

export interface DeviceSettings {
  displayName: string;
  organisation: string;
}

/**
 * One action in the cross-plan index ("my actions", search, overdue). Derived from a plan doc whenever the plan
 * is open; deleting every row loses nothing.
 */
export interface ActionIndexRow {
  /** `${planId}/${actionId}` */
  key: string;
  planId: string;
  planTitle: string;
  actionId: string;
  ref: string | null;
  text: string;
  section: string;
  leads: string[];
  /** ISO date or null. */
  due: string | null;
  rag: Rag | null;
  /** Stamp of the latest progress update, or null when there is none. */
  lastUpdate: string | null;
  /** No update since the meeting before the plan's latest one (or ever, before a second meeting); never Blue. */
  needsUpdate: boolean;
  /**
   * The action's current position (shared currentPosition), its text cut to a headline; absent in rows indexed
   * before positions were.
   */
  position?: Position;
}

interface SettingRow {
  key: 'device';
  value: DeviceSettings;
}

export const EMPTY_SETTINGS: DeviceSettings = { displayName: '', organisation: '' };

class DeviceDb extends Dexie {
  plans!: EntityTable<PlanRow, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  actions!: EntityTable<ActionIndexRow, 'key'>;
  groups!: EntityTable<GroupRow, 'id'>;

  constructor() {
    super(DEVICE_DB_NAME);
    for (const { version, stores } of DEVICE_DB_VERSIONS) this.version(version).stores(stores);
  }
}

/** The device database. Only client/src/data touches it. */
export const deviceDb = new DeviceDb();

export async function readSettings(): Promise<DeviceSettings> {
  const row = await deviceDb.settings.get('device');
  return row ? { ...EMPTY_SETTINGS, ...row.value } : EMPTY_SETTINGS;
}

export async function saveSettings(value: DeviceSettings): Promise<void> {
  await deviceDb.settings.put({ key: 'device', value });
}

/**
 * Merges a patch into a plan's row, creating it from `base` when absent. A patch that changes nothing writes
 * nothing: every write wakes each live query on the catalogue (the plans list, the open plan's screen).
 */
export async function patchPlanRow(id: string, patch: Partial<PlanRow>, base: () => PlanRow): Promise<void> {
  await deviceDb.transaction('rw', deviceDb.plans, async () => {
    const existing = await deviceDb.plans.get(id);
    if (existing && changesNothing(existing, patch)) return;
    await deviceDb.plans.put({ ...(existing ?? base()), ...patch, id });
  });
}

function changesNothing(row: PlanRow, patch: Partial<PlanRow>): boolean {
  return (Object.keys(patch) as (keyof PlanRow)[]).every((key) => JSON.stringify(row[key]) === JSON.stringify(patch[key]));
}
