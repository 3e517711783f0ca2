// The cross-plan action index: a materialised view of each plan doc, rewritten whenever the plan's catalogue row is.
import { changesSince, lastEndedMeeting, liveActions, sectionLabel, type Plan } from '@concord/shared';
import { deviceDb, type ActionIndexRow } from './device-db';
import { todayIso } from '../lib/when';

const latestStamp = (stamps: readonly string[]): string | null =>
  stamps.reduce<string | null>((max, s) => (max === null || s > max ? s : max), null);

/** The index rows a plan implies: its live actions, with "needs update" judged against its last held meeting. */
export function actionRowsOf(plan: Plan, today = todayIso()): ActionIndexRow[] {
  const last = lastEndedMeeting(plan, today);
  const stale = new Set(changesSince(plan, last ? { meetingId: last.id } : null, today).noUpdate.map((a) => a.actionId));
  return liveActions(plan).map(({ action, section }) => ({
    key: `${plan.id}/${action.id}`,
    planId: plan.id,
    planTitle: plan.title,
    actionId: action.id,
    ref: action.ref,
    text: action.text,
    section: sectionLabel(section),
    leads: action.leads,
    due: action.due,
    rag: action.rag,
    lastUpdate: latestStamp(action.updates.map((u) => u.date)),
    needsUpdate: stale.has(action.id),
  }));
}

/** Replaces one plan's rows in the index. */
export async function writeActionIndex(planId: string, rows: readonly ActionIndexRow[]): Promise<void> {
  await deviceDb.transaction('rw', deviceDb.actions, async () => {
    await deviceDb.actions.where('planId').equals(planId).delete();
    await deviceDb.actions.bulkPut([...rows]);
  });
}

/** Rewrites a plan's rows only when they changed, so typing in one field does not rewrite the whole index. */
export function createActionIndexWriter(planId: string) {
  let written = '';
  return (plan: Plan): void => {
    const rows = actionRowsOf(plan);
    const json = JSON.stringify(rows);
    if (json === written) return;
    written = json;
    void writeActionIndex(planId, rows).catch(() => {
      written = '';
    });
  };
}
