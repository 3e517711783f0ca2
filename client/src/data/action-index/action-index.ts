// The cross-plan action index: a materialised view of each plan doc, rewritten whenever the plan's catalogue row is.
import {
  changesSince, currentPosition, defaultSince, headline, importedAt, leadDirectory, liveActions, resolvedLeadNames, sectionLabel, type Plan, type Position,
} from '@concord/shared';
import { deviceDb, type ActionIndexRow } from '../device/device-db';
import { todayIso } from '../../lib/when';
import { digestOf } from '../../lib/digest';

const latestStamp = (stamps: readonly string[]): string | null =>
  stamps.reduce<string | null>((max, s) => (max === null || s > max ? s : max), null);

/** How much of a position's text the index keeps: a line to recognise it by, not the whole cell. */
const POSITION_HEADLINE = 200;

const shortened = (p: Position): Position => (p.kind === 'none' ? p : { ...p, text: headline(p.text, POSITION_HEADLINE) });

/**
 * The index rows a plan implies: its live actions with their current position, and "needs update" judged as the
 * changes view judges it (no update since the meeting before the latest one).
 */
export function actionRowsOf(plan: Plan, today = todayIso()): ActionIndexRow[] {
  const stale = new Set(changesSince(plan, defaultSince(plan, today), today).noUpdate.map((a) => a.actionId));
  const imported = importedAt(plan);
  const directory = leadDirectory(plan);
  return liveActions(plan).map(({ action, section }) => ({
    key: `${plan.id}/${action.id}`,
    planId: plan.id,
    planTitle: plan.title,
    actionId: action.id,
    ref: action.ref,
    text: action.text,
    section: sectionLabel(section),
    // Named through the plan's lead directory, so "CCGs" and "All CCGs" merged by a person are one lead.
    leads: resolvedLeadNames(directory, action.leads),
    due: action.due,
    rag: action.rag,
    lastUpdate: latestStamp(action.updates.map((u) => u.date)),
    needsUpdate: stale.has(action.id),
    position: shortened(currentPosition(action, imported)),
  }));
}

/** A plan's index rows with a digest of them, to tell whether the index already holds exactly these. */
export interface IndexRows {
  rows: ActionIndexRow[];
  digest: string;
}

export function indexRowsOf(plan: Plan): IndexRows {
  const rows = actionRowsOf(plan);
  return { rows, digest: digestOf(JSON.stringify(rows)) };
}

/** Replaces one plan's rows in the index, and notes their digest in its catalogue row. */
export async function writeActionIndex(planId: string, { rows, digest }: IndexRows): Promise<void> {
  await deviceDb.transaction('rw', deviceDb.actions, deviceDb.plans, async () => {
    await deviceDb.actions.where('planId').equals(planId).delete();
    await deviceDb.actions.bulkPut(rows);
    await deviceDb.plans.update(planId, { actionIndexDigest: digest });
  });
}

/**
 * Rewrites a plan's rows only when they changed: typing in one field, or reopening a plan that has not changed
 * since its rows were written (2,000 rows for a big plan), writes nothing.
 */
export function createActionIndexWriter(planId: string) {
  let json = '';
  let digest: string | undefined;
  return async (plan: Plan): Promise<void> => {
    const rows = actionRowsOf(plan);
    const nextJson = JSON.stringify(rows);
    if (nextJson === json) return;
    json = nextJson;
    digest ??= (await deviceDb.plans.get(planId).catch(() => undefined))?.actionIndexDigest ?? '';
    const next = { rows, digest: digestOf(nextJson) };
    if (next.digest === digest) return;
    digest = next.digest;
    await writeActionIndex(planId, next).catch(() => {
      json = '';
      digest = '';
    });
  };
}
