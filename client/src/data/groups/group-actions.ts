// What a person does to a working group that needs the relay (create, join, add plans, invite, revoke) and the
// doc at once. Each step that the relay refuses throws GroupAccessError with its reason and changes nothing here.
import {
  addGroupMeeting,
  addGroupPlan,
  addMeeting,
  archiveGroupPlan,
  GroupModelError,
  initGroup,
  linkPlanMeeting,
  newGroupId,
  planLeads,
  recordMember,
  seedDirectory,
  updateMember,
  type GroupMeetingInput,
  type PlanPart,
} from '@concord/shared';
import { deviceDb, type GroupRow } from '../device/device-db';
import { GroupAccessError, groupApi, type MemberDetails } from './group-api';
import { acquireGroup, startGroupSync } from './group-replicas';
import type { GroupHandle, GroupReplica } from './group-replica';
import type { PlanHandle, Replica } from '../replica/plan-replica';
import { registerPlan } from '../sharing/register-plan';
import { acquireReplica } from '../replica/replica-registry';
import { defaultServerUrl } from '../device/server-url';

async function requireRow(groupId: string): Promise<GroupRow> {
  const row = await deviceDb.groups.get(groupId);
  if (!row) throw new GroupAccessError('not-found');
  return row;
}

/** Runs `work` on the group's doc once its stored copy is loaded. */
async function withGroupDoc<T>(row: GroupRow, work: (doc: Replica['doc']) => T): Promise<T> {
  const { replica, release } = acquireGroup(row);
  try {
    await replica.whenLoaded;
    return work(replica.doc);
  } finally {
    release();
  }
}

async function storeMembership(groupId: string, name: string, m: { memberId: string; role: GroupRow['role']; token: string }, serverUrl: string): Promise<GroupRow> {
  const row: GroupRow = { id: groupId, name, serverUrl, token: m.token, role: m.role, memberId: m.memberId, planIds: [], refusedReason: null, updatedAt: new Date().toISOString() };
  await deviceDb.groups.put(row);
  return row;
}

/** Creates a working group on the relay with this person as its owner, and its document on this device. */
export async function createGroup(name: string, me: MemberDetails): Promise<string> {
  const serverUrl = defaultServerUrl();
  const groupId = newGroupId();
  const membership = await groupApi.create(serverUrl, groupId, me);
  const row = await storeMembership(groupId, name, membership, serverUrl);
  await withGroupDoc(row, (doc) => {
    initGroup(doc, { id: groupId, name });
    recordMember(doc, membership.memberId, { ...me, role: 'owner' });
  });
  startGroupSync();
  return groupId;
}

/** Joins a group by its invite link: this device becomes a member, and every plan of the group opens with it. */
export async function joinGroup(groupId: string, link: string, me: MemberDetails): Promise<GroupRow['role']> {
  const serverUrl = defaultServerUrl();
  const membership = await groupApi.join(serverUrl, groupId, link, me);
  await storeMembership(groupId, '', membership, serverUrl);
  startGroupSync();
  return membership.role;
}

/** Seeds the group directory from a plan's leads (opening the plan's stored copy). */
async function seedFromPlan(row: GroupRow, planId: string): Promise<void> {
  const { replica, release } = acquireReplica(planId);
  try {
    await replica.whenLoaded;
    const plan = replica.plan();
    if (plan) await withGroupDoc(row, (doc) => seedDirectory(doc, planLeads(plan)));
  } finally {
    release();
  }
}

/**
 * Adds a plan this device owns to the group: on the relay (which checks the plan's owner token), then to the
 * group's list, and its leads to the directory. A plan made here and not yet on the server is registered first.
 */
export async function addPlanToGroup(groupId: string, planId: string, part: PlanPart): Promise<void> {
  const row = await requireRow(groupId);
  let plan = await deviceDb.plans.get(planId);
  if (plan?.role === 'owner' && !plan.token) {
    await registerPlan(planId);
    plan = await deviceDb.plans.get(planId);
  }
  if (!plan?.token || plan.role !== 'owner') throw new GroupAccessError(plan?.role === 'owner' ? 'not-registered' : 'not-plan-owner');
  await groupApi.addPlan(row.serverUrl, groupId, row.token, planId, plan.token);
  const title = plan.title;
  await withGroupDoc(row, (doc) => {
    try {
      addGroupPlan(doc, planId, { title, part });
    } catch (error) {
      if (!(error instanceof GroupModelError && error.reason === 'exists')) throw error;
      archiveGroupPlan(doc, planId, false); // back in after it was taken out
    }
  });
  await seedFromPlan(row, planId);
}

/** Takes a plan out of the group: members lose access to it on the relay; the group's list shows it archived. */
export async function removePlanFromGroup(groupId: string, planId: string): Promise<void> {
  const row = await requireRow(groupId);
  await groupApi.removePlan(row.serverUrl, groupId, row.token, planId);
  await withGroupDoc(row, (doc) => archiveGroupPlan(doc, planId, true));
}

/** Revokes a member on the relay (their connections to every group plan close) and marks them removed. */
export async function revokeMember(groupId: string, memberId: string): Promise<void> {
  const row = await requireRow(groupId);
  await groupApi.revokeMember(row.serverUrl, groupId, row.token, memberId);
  await withGroupDoc(row, (doc) => updateMember(doc, memberId, { removed: true }));
}

/** A group meeting across plans: the group's record and, in each plan, a meeting of its own with that plan's agenda. */
export function createGroupMeeting(
  handle: GroupHandle,
  input: GroupMeetingInput,
  parts: readonly { handle: PlanHandle; agenda: string[] }[],
): string {
  const group = handle as GroupReplica;
  const meetingId = addGroupMeeting(group.doc, input);
  for (const { handle, agenda } of parts) {
    const planMeetingId = addMeeting((handle as Replica).doc, { ...input, agenda });
    linkPlanMeeting(group.doc, meetingId, handle.planId, planMeetingId);
  }
  return meetingId;
}

export { groupApi };
