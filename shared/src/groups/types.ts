import type * as Y from 'yjs';

/** A working group's Y.Doc. Opaque outside shared/ and client/src/data: pass it to the group functions. */
export type GroupDoc = Y.Doc;

export const GROUP_ROLES = ['owner', 'editor', 'viewer'] as const;
export type GroupRole = (typeof GROUP_ROLES)[number];

export const MEMBER_SOURCES = ['joined', 'entered'] as const;
export type MemberSource = (typeof MEMBER_SOURCES)[number];

export const PLAN_PARTS = ['main', 'sub'] as const;
export type PlanPart = (typeof PLAN_PARTS)[number];

export const ENTRY_KINDS = ['organisation', 'person'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export interface GroupMember {
  id: string;
  name: string;
  organisation: string;
  email: string | null;
  role: GroupRole;
  source: MemberSource;
  removed: boolean;
}

export interface GroupPlan {
  id: string;
  title: string;
  part: PlanPart;
  archived: boolean;
}

export interface GroupMeeting {
  id: string;
  /** YYYY-MM-DD */
  date: string;
  title: string;
  facilitator: string;
  /** planId → that plan's meeting id, for each plan the meeting covers. */
  planMeetings: Record<string, string>;
}

export interface DirectoryEntry {
  id: string;
  kind: EntryKind;
  name: string;
  /** Other spellings of the name found in the plans (sorted). */
  aliases: string[];
  organisationId: string | null;
  mergedInto: string | null;
}

/** A working group as plain data (groupFromDoc): plans in their order, meetings by date, members by name. */
export interface WorkingGroup {
  id: string;
  name: string;
  members: GroupMember[];
  plans: GroupPlan[];
  meetings: GroupMeeting[];
  directory: DirectoryEntry[];
}

export type MemberInput = { name: string; organisation?: string; email?: string | null; role?: GroupRole };
export type MemberPatch = Partial<Pick<GroupMember, 'name' | 'organisation' | 'email' | 'role' | 'removed'>>;
export type GroupPlanInput = { title: string; part?: PlanPart };
export type GroupMeetingInput = { date: string; title?: string; facilitator?: string };
