import type { Rag } from '@concord/shared/plan-json';
import type { ActionIndexRow } from '../../data';

export type RagChoice = Rag | 'none';

export interface MyActionsFilter {
  /** Part of a lead's name or organisation, any case; '' for every lead. */
  who: string;
  /** Words that must all appear in the action's text, ref or plan title, any case. */
  text: string;
  /** Ratings to show; empty for all. */
  rags: RagChoice[];
  overdue: boolean;
  needsUpdate: boolean;
}

export const NO_FILTER: MyActionsFilter = { who: '', text: '', rags: [], overdue: false, needsUpdate: false };

const fold = (s: string): string => s.toLocaleLowerCase('en-GB');

/** Due date passed and not Blue (complete), as the plan views count it. */
export function isRowOverdue(row: ActionIndexRow, today: string): boolean {
  return row.due !== null && row.due < today && row.rag !== 'blue';
}

/** Whether an indexed action passes every criterion given (an AND). */
export function matchesRow(row: ActionIndexRow, filter: MyActionsFilter, today: string): boolean {
  const who = fold(filter.who.trim());
  if (who && !row.leads.some((lead) => fold(lead).includes(who))) return false;
  if (filter.rags.length > 0 && !filter.rags.includes(row.rag ?? 'none')) return false;
  if (filter.overdue && !isRowOverdue(row, today)) return false;
  if (filter.needsUpdate && !row.needsUpdate) return false;
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(`${row.ref ?? ''} ${row.text} ${row.planTitle}`);
  return words.every((w) => haystack.includes(w));
}

/** Every lead named in the index, sorted, for suggestions. */
export function leadsOf(rows: readonly ActionIndexRow[]): string[] {
  return [...new Set(rows.flatMap((r) => r.leads))].sort((a, b) => a.localeCompare(b, 'en-GB'));
}
