import { deviceDb, type GroupRow } from '../device/device-db';
import { patchGroupRow, reconcileMembers, syncGroupPlanRows } from './group-access';
import { GroupReplica } from './group-replica';

interface Entry {
  replica: GroupReplica;
  refs: number;
}

const open = new Map<string, Entry>();
/** The last group snapshot each replica's plan rows were synced for, so a status change writes nothing. */
const syncedFor = new WeakMap<GroupReplica, unknown>();

function onSnapshot(replica: GroupReplica): void {
  void (async () => {
    const row = await patchGroupRow(replica);
    const group = replica.group();
    if (!row || !group || row.refusedReason || syncedFor.get(replica) === group) return;
    syncedFor.set(replica, group);
    await syncGroupPlanRows(row, group);
  })().catch(() => {});
}

/** Reconciles the relay's member list into the doc each time the group (re)connects and has synced. */
function watchMembers(replica: GroupReplica, row: GroupRow): void {
  replica.provider.on('sync', (synced: boolean) => {
    if (synced) void reconcileMembers(replica, row).catch(() => {});
  });
}

/** Opens (or shares) one working group's replica; at most one per group per page. Call release when done. */
export function acquireGroup(row: GroupRow): { replica: GroupReplica; release: () => void } {
  let entry = open.get(row.id);
  if (!entry) {
    entry = { replica: new GroupReplica(row.id, row, onSnapshot), refs: 0 };
    watchMembers(entry.replica, row);
    open.set(row.id, entry);
  }
  entry.refs++;
  const held = entry;
  let released = false;
  return {
    replica: held.replica,
    release: () => {
      if (released) return;
      released = true;
      if (--held.refs > 0) return;
      open.delete(row.id);
      held.replica.destroy();
    },
  };
}

/**
 * Records the members the relay lists in the group's doc now (an owner's or editor's device; nobody is told when
 * someone joins, so the group's pages ask when they open). Resolves quietly when offline.
 */
export async function refreshMembers(groupId: string): Promise<void> {
  const row = await deviceDb.groups.get(groupId);
  const replica = open.get(groupId)?.replica;
  if (!row || !replica) return;
  await replica.whenLoaded;
  await reconcileMembers(replica, row).catch(() => {});
}

/** The open replica of a group, if any. */
export function openGroupReplica(groupId: string): GroupReplica | null {
  return open.get(groupId)?.replica ?? null;
}

let started = false;

/**
 * Keeps every working group on this device open while the app runs, so plans added to a group later get a row
 * (and sync) without anyone opening the group first. Cheap: a group doc is small.
 */
export function startGroupSync(): void {
  if (started) return;
  started = true;
  const held = new Set<string>();
  const hold = (rows: GroupRow[]) => rows.filter((r) => !held.has(r.id)).forEach((r) => (held.add(r.id), acquireGroup(r)));
  void deviceDb.groups.toArray().then(hold).catch(() => {});
  deviceDb.groups.hook('creating', (_key, row) => void setTimeout(() => hold([row]), 0));
}
