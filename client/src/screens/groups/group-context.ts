import type { Plan, WorkingGroup } from '@concord/shared';
import type { GroupRow } from '../../data';
import type { GroupHandle, GroupMutators, GroupSyncState, OpenPlan } from '../../data/groups';

/** What every page of a working group gets from the group screen. */
export interface GroupPage {
  group: WorkingGroup;
  row: GroupRow;
  handle: GroupHandle;
  mutators: GroupMutators;
  sync: GroupSyncState;
  /** A viewer's device: show, never change. */
  readOnly: boolean;
  owner: boolean;
  /** The group's plans this device has open, in the group's order. */
  plans: OpenPlan[];
  /** planId → its Plan JSON (null while it is still arriving). */
  planMap: ReadonlyMap<string, Plan | null>;
}
