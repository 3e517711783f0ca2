// Which actions a view wants: shared by meeting agendas and the cross-plan "My actions" search.
import type { Action } from '../plan-json';
import type { RagKey } from './plan-walk';
import { SINCE_EVER, isOverdue, updatedSince, type Since } from './since';

/** Criteria an action must all meet; a criterion left out matches every action. */
export interface ActionFilter {
  /** Current rating is one of these ('none' = not rated). */
  rags?: readonly RagKey[];
  /** Some lead contains this text (ignoring case and spacing), e.g. "Oxleas". */
  lead?: string;
  /** true: only overdue actions (due date passed, not Blue). */
  overdue?: boolean;
  /** true: only actions with no progress update since `context.since` (Blue actions never need one). */
  needsUpdate?: boolean;
  /** Ref, action text or outcomes contain this text. */
  text?: string;
}

/** What the filter is relative to: today (YYYY-MM-DD) and, for needsUpdate, since when (default: ever). */
export interface FilterContext {
  today: string;
  since?: Since;
}

const fold = (s: string): string => s.normalize('NFKC').toLocaleLowerCase('en-GB').replace(/\s+/g, ' ').trim();

const contains = (haystack: string, needle: string): boolean => fold(haystack).includes(fold(needle));

/** Whether an action meets every criterion of `filter`. Archived actions match nothing. */
export function matchesFilter(action: Action, filter: ActionFilter, context: FilterContext): boolean {
  if (action.archived) return false;
  if (filter.rags !== undefined && !filter.rags.includes(action.rag ?? 'none')) return false;
  if (filter.lead !== undefined && filter.lead.trim() !== '' && !action.leads.some((l) => contains(l, filter.lead!))) {
    return false;
  }
  if (filter.overdue === true && !isOverdue(action, context.today)) return false;
  if (filter.needsUpdate === true && (action.rag === 'blue' || updatedSince(action, context.since ?? SINCE_EVER))) {
    return false;
  }
  const text = filter.text?.trim() ?? '';
  if (text !== '' && ![action.ref ?? '', action.text, action.outcomes].some((field) => contains(field, text))) {
    return false;
  }
  return true;
}
