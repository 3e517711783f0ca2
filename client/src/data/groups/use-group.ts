import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  addDirectoryEntry,
  addMember,
  archiveGroupPlan,
  mergeEntries,
  moveGroupPlan,
  renameGroup,
  seedDirectory,
  updateDirectoryEntry,
  updateGroupMeeting,
  updateGroupPlan,
  updateMember,
  type WorkingGroup,
} from '@concord/shared';
import { deviceDb, type GroupRow } from '../device/device-db';
import type { GroupHandle, GroupReplica, GroupSyncState } from './group-replica';
import { acquireGroup } from './group-replicas';

type Bound<F> = F extends (doc: never, ...rest: infer A) => infer R ? (...rest: A) => R : never;
const bind = <F extends (doc: GroupReplica['doc'], ...rest: never[]) => unknown>(doc: GroupReplica['doc'], fn: F) =>
  ((...rest: never[]) => fn(doc, ...rest)) as Bound<F>;

/** The group model's mutators with the doc filled in, for screens that hold only a GroupHandle. */
export function groupMutators(handle: GroupHandle) {
  const { doc } = handle as GroupReplica;
  return {
    renameGroup: bind(doc, renameGroup),
    addMember: bind(doc, addMember),
    updateMember: bind(doc, updateMember),
    moveGroupPlan: bind(doc, moveGroupPlan),
    archiveGroupPlan: bind(doc, archiveGroupPlan),
    updateGroupPlan: bind(doc, updateGroupPlan),
    updateGroupMeeting: bind(doc, updateGroupMeeting),
    addDirectoryEntry: bind(doc, addDirectoryEntry),
    mergeEntries: bind(doc, mergeEntries),
    seedDirectory: bind(doc, seedDirectory),
    updateDirectoryEntry: bind(doc, updateDirectoryEntry),
  };
}
export type GroupMutators = ReturnType<typeof groupMutators>;

export interface UseGroup {
  /** This device's membership; undefined while loading, null when this device is not in the group. */
  row: GroupRow | null | undefined;
  group: WorkingGroup | null;
  handle: GroupHandle | null;
  sync: GroupSyncState;
  mutators: GroupMutators | null;
  /** A viewer's device, or the role is not read yet: show, never change. */
  readOnly: boolean;
}

const CONNECTING: GroupSyncState = { connection: 'connecting', refusedReason: null };
const noop = () => () => {};

/** Opens a working group's replica while mounted and re-renders on every change. */
export function useGroup(groupId: string): UseGroup {
  const row = useLiveQuery(async () => (await deviceDb.groups.get(groupId)) ?? null, [groupId]);
  const [handle, setHandle] = useState<GroupHandle | null>(null);
  const ready = row ? `${row.id}:${row.token}` : null;
  useEffect(() => {
    if (!row) return;
    const { replica, release } = acquireGroup(row);
    setHandle(replica);
    return () => {
      setHandle(null);
      release();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reopen only for another group or token
  }, [ready]);
  const subscribe = handle ? handle.subscribe : noop;
  const group = useSyncExternalStore(subscribe, () => handle?.group() ?? null);
  const sync = useSyncExternalStore(subscribe, () => handle?.sync() ?? CONNECTING);
  const mutators = useMemo(() => (handle ? groupMutators(handle) : null), [handle]);
  return { row, group, handle, sync, mutators, readOnly: !row || row.role === 'viewer' };
}
