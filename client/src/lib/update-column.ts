// The export's "UPDATE <MONTH YEAR>" column: where it starts by default, and its heading.
import { heldMeetings, latestUpdate, liveActions, type Plan } from '@concord/shared';
import { dateFormatter } from '@concord/shared/dates';
import { todayIso } from './when';

/**
 * Where the updates column starts by default: the day of the last meeting held (so it reads "UPDATE <that month>",
 * the updates that meeting gave and any since), else the first of the month of the latest update, else 30 days ago.
 */
export function defaultUpdatesSince(plan: Plan, today = todayIso()): string {
  const meeting = heldMeetings(plan).filter((m) => m.date <= today).at(-1);
  if (meeting) return meeting.date;
  const latest = latestUpdate(liveActions(plan).flatMap((p) => p.action.updates));
  if (latest) return `${latest.date.slice(0, 7)}-01`;
  const d = new Date(`${today}T12:00:00`);
  d.setDate(d.getDate() - 30);
  return todayIso(d);
}

/**
 * "UPDATE NOVEMBER 2015": the export's heading for the update column (the Concordat plans' own English spelling,
 * as the export writes it), shown before the formats code is loaded.
 */
export function updateLabel(since: string): string {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(since) ? new Date(`${since}T00:00:00Z`) : null;
  if (!d || Number.isNaN(d.getTime())) return 'UPDATE';
  return `UPDATE ${dateFormatter('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d).toUpperCase()}`;
}
