/**
 * An action's current position: what the group last knew of its progress. Every real plan arrives with progress
 * already written, so that text is the position ("from the plan as imported on …") until someone records a
 * newer dated update. One rule, here, for the walk-through, minutes, chase list, My actions and the plan table.
 */
import type { Action, Plan, ProgressUpdate } from '../plan-json';
import { DEFAULT_LOCALE, formatDate } from './dates';

/** The plan's meta key holding when it was imported (an ISO date-time), set once by the importing device. */
export const IMPORTED_AT_META = 'importedAt';

/** Who wrote the RAG entries an importer reads from the source (their `at` is the moment of import). */
const IMPORT_AUTHOR = 'import';

export type Position =
  /** The latest dated progress update. */
  | { kind: 'update'; text: string; date: string; author: string; meetingId: string | null }
  /** The progress text the plan came with; `importedAt` null when the plan does not say when it was imported. */
  | { kind: 'imported'; text: string; importedAt: string | null }
  /** Nothing written yet. */
  | { kind: 'none' };

const ISO_STAMP = /^\d{4}-\d{2}-\d{2}/;

/**
 * When the plan was imported: its `importedAt` meta entry, or else (plans imported before that entry existed) the
 * stamp of a rating the importer read from the source; null when neither says.
 */
export function importedAt(plan: Pick<Plan, 'meta' | 'sections'>): string | null {
  const stamped = plan.meta[IMPORTED_AT_META];
  if (stamped && ISO_STAMP.test(stamped)) return stamped;
  let earliest: string | null = null;
  for (const section of plan.sections) {
    for (const group of section.groups) {
      for (const action of group.actions) {
        for (const e of action.ragHistory) {
          if (e.by === IMPORT_AUTHOR && ISO_STAMP.test(e.at) && (earliest === null || e.at < earliest)) earliest = e.at;
        }
      }
    }
  }
  return earliest;
}

/** A copy of `plan` that says it was imported at `at` (an ISO date-time). For the importing device, once. */
export function markImported(plan: Plan, at: string): Plan {
  return { ...plan, meta: { ...plan.meta, [IMPORTED_AT_META]: at } };
}

/** The latest update by date (the later-recorded of two with one date), or null. */
export function latestUpdate(updates: readonly ProgressUpdate[]): ProgressUpdate | null {
  let latest: ProgressUpdate | null = null;
  for (const u of updates) if (latest === null || u.date >= latest.date) latest = u;
  return latest;
}

/**
 * The action's current position. The plan's own progress text holds until an update dated on or after the day of
 * import exists (an update back-dated before the import is older news than the plan); when the import date is
 * unknown, any update is newer. An action with neither has no position.
 */
export function currentPosition(action: Pick<Action, 'progress' | 'updates'>, imported: string | null): Position {
  const latest = latestUpdate(action.updates);
  const text = action.progress.trim();
  const updateWins = latest !== null && (text === '' || imported === null || latest.date.slice(0, 10) >= imported.slice(0, 10));
  if (latest && updateWins) {
    return { kind: 'update', text: latest.text, date: latest.date, author: latest.author, meetingId: latest.meetingId };
  }
  return text === '' ? { kind: 'none' } : { kind: 'imported', text: action.progress, importedAt: imported };
}

/**
 * Where a position comes from, in words for minutes, emails and exports: "update of 14 January 2016 by Ann Chair",
 * "from the plan as imported on 1 October 2015", "from the plan", or "no update recorded".
 */
export function positionSource(position: Position, locale: string = DEFAULT_LOCALE): string {
  switch (position.kind) {
    case 'update':
      return `update of ${formatDate(position.date, locale)}${position.author ? ` by ${position.author}` : ''}`;
    case 'imported':
      return position.importedAt ? `from the plan as imported on ${formatDate(position.importedAt, locale)}` : 'from the plan';
    case 'none':
      return 'no update recorded';
  }
}
