// Public surface of the working group model (shared/src/groups). Only GroupDoc (a Y.Doc) is a Yjs type.
export { GROUP_ROOM_PREFIX, isGroupId, newGroupId } from './group-id';
export { GROUP_SCHEMA_VERSION } from './schema';
export { GroupModelError, GROUP_ERROR_REASONS, type GroupErrorReason } from './errors';
export {
  GROUP_ROLES,
  MEMBER_SOURCES,
  PLAN_PARTS,
  ENTRY_KINDS,
  type WorkingGroup,
  type GroupDoc,
  type GroupMember,
  type GroupPlan,
  type GroupMeeting,
  type GroupRole,
  type DirectoryEntry,
  type EntryKind,
  type PlanPart,
  type MemberInput,
  type MemberPatch,
  type GroupPlanInput,
  type GroupMeetingInput,
} from './types';
export { initGroup, renameGroup, isGroupDoc, groupIdOf, observeGroup } from './group-doc';
export { groupFromDoc } from './group-from-doc';
export { addMember, recordMember, updateMember } from './members';
export { addGroupPlan, moveGroupPlan, archiveGroupPlan, updateGroupPlan } from './group-plans';
export { addGroupMeeting, linkPlanMeeting, updateGroupMeeting } from './group-meetings';
export {
  seedDirectory,
  addDirectoryEntry,
  mergeEntries,
  updateDirectoryEntry,
  normaliseName,
  seededEntryId,
  type PlanLead,
} from './directory';
export { planLeads, DirectoryIndex } from './group-leads';
export {
  meetingParts,
  groupMeetingState,
  groupMeetingProgress,
  lastAndNextMeeting,
  type MeetingPart,
  type AgendaStep,
  type GroupProgress,
} from './group-meeting-state';
export { groupHome, sinceFor, type GroupHome, type PlanSummary, type NotReported } from './group-home';
export { groupDashboard, type GroupDashboard, type OverdueByOrganisation, type OverdueAction } from './group-dashboard';
export { groupChase, type GroupChaseGroup, type GroupChaseItem } from './group-chase';
