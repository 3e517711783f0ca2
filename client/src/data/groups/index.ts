// Working groups, for the UI: the group doc behind typed hooks and actions. Import lazily (it loads Yjs).
export { useGroup, groupMutators, type UseGroup, type GroupMutators } from './use-group';
export { usePlanSet, type OpenPlan } from '../replica/use-plan-set';
export type { GroupHandle, GroupSyncState } from './group-replica';
export {
  createGroup,
  joinGroup,
  addPlanToGroup,
  removePlanFromGroup,
  revokeMember,
  createGroupMeeting,
  groupApi,
} from './group-actions';
export { GroupAccessError, type GroupReason, type MemberRecord, type GroupLink, type MemberDetails } from './group-api';
export { startGroupSync, refreshMembers } from './group-replicas';
// A group's "my actions" reads its plans as the device's action index does.
export { actionRowsOf } from '../action-index/action-index';
