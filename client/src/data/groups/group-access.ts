// Keeps this device's catalogue in step with the working groups it belongs to: the group's row, a plan row (with
// the member token) for every plan of the group, so plans added later appear and open with no new link, and (on an
// owner's or editor's device) the members the relay admitted by link recorded in the group doc.
import { recordMember, type WorkingGroup } from '@concord/shared';
import { deviceDb, patchPlanRow, type GroupRow, type PlanRow } from '../device/device-db';
import { groupApi } from './group-api';
import type { GroupReplica } from './group-replica';
import { storeAccess } from '../sharing/stored-access';

const EMPTY_COUNTS = { red: 0, amber: 0, green: 0, blue: 0, none: 0 };

/** The catalogue row a group plan gets on a member's device before the plan itself has arrived. */
function newPlanRow(row: GroupRow, planId: string, title: string): PlanRow {
  return {
    id: planId, title, serverUrl: row.serverUrl, lastSyncedAt: null, pendingChanges: false, pendingCount: 0,
    ragCounts: EMPTY_COUNTS, actionCount: 0, updatedAt: new Date().toISOString(),
    token: row.token, role: row.role, groupId: row.id, refusedReason: null,
  };
}

/**
 * Gives every plan of `group` a catalogue row that opens with the group member token. A plan this device reaches by
 * a token of its own (its owner, or an invite of the plan) keeps that token; a row the group gave stays the group's.
 */
export async function syncGroupPlanRows(row: GroupRow, group: WorkingGroup): Promise<void> {
  for (const plan of group.plans) {
    const existing = await deviceDb.plans.get(plan.id);
    if (existing && existing.token && existing.groupId !== row.id) continue;
    if (existing?.role === 'owner' && !existing.token) continue; // made here, registering: it gets its own token
    await patchPlanRow(plan.id, { token: row.token, role: row.role, groupId: row.id }, () => newPlanRow(row, plan.id, plan.title));
    if (!existing) await storeAccess(plan.id, { token: row.token, role: row.role }).catch(() => {});
  }
}

/** The group's row follows its doc (name, plans) and its connection (a refusal, e.g. the member was revoked). */
export async function patchGroupRow(replica: GroupReplica): Promise<GroupRow | undefined> {
  const group = replica.group();
  const { refusedReason } = replica.sync();
  return deviceDb.transaction('rw', deviceDb.groups, async () => {
    const row = await deviceDb.groups.get(replica.groupId);
    if (!row) return undefined;
    const next: GroupRow = { ...row, refusedReason, ...(group ? { name: group.name, planIds: group.plans.map((p) => p.id) } : {}) };
    if (JSON.stringify(next) !== JSON.stringify(row)) await deviceDb.groups.put({ ...next, updatedAt: new Date().toISOString() });
    return next;
  });
}

/**
 * Writes the members the relay lists into the group doc (those who joined by link on a device that cannot write,
 * a viewer's, appear this way), and marks revoked ones removed. Only owners and editors write the group doc.
 */
export async function reconcileMembers(replica: GroupReplica, row: GroupRow): Promise<void> {
  if (row.role === 'viewer' || !replica.group()) return;
  const members = await groupApi.members(row.serverUrl, row.id, row.token);
  for (const m of members) {
    const input = { name: m.name, organisation: m.organisation, role: m.role, removed: m.revokedAt !== null };
    try {
      recordMember(replica.doc, m.memberId, { ...input, email: m.email });
    } catch {
      recordMember(replica.doc, m.memberId, input); // an address the relay took but the model does not: leave it out
    }
  }
}
