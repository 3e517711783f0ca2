import type { Plan } from '../plan-json';
import { MeetingError } from './errors';
import { matchesFilter, type ActionFilter, type FilterContext } from './filter';
import { liveActions } from './plan-walk';

/** How a facilitator chooses a meeting's agenda. */
export type AgendaSpec =
  | { kind: 'all' }
  | { kind: 'sections'; sectionIds: readonly string[] }
  | { kind: 'filter'; filter: ActionFilter; context: FilterContext }
  | { kind: 'actions'; actionIds: readonly string[] };

function requireKnown(ids: readonly string[], known: Set<string>, reason: 'section-not-found' | 'action-not-found') {
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new MeetingError(reason, `not in the plan: ${unknown.join(', ')}`);
}

/**
 * The action ids an agenda covers, in plan order, archived actions left out (also those in archived groups or
 * sections). Throws MeetingError 'section-not-found' / 'action-not-found' when a chosen id is not in the plan.
 */
export function resolveAgenda(plan: Plan, spec: AgendaSpec): string[] {
  const placed = liveActions(plan);
  switch (spec.kind) {
    case 'all':
      return placed.map((p) => p.action.id);
    case 'sections': {
      requireKnown(spec.sectionIds, new Set(plan.sections.map((s) => s.id)), 'section-not-found');
      const chosen = new Set(spec.sectionIds);
      return placed.filter((p) => chosen.has(p.section.id)).map((p) => p.action.id);
    }
    case 'filter':
      return placed.filter((p) => matchesFilter(p.action, spec.filter, spec.context)).map((p) => p.action.id);
    case 'actions': {
      const all = plan.sections.flatMap((s) => s.groups.flatMap((g) => g.actions.map((a) => a.id)));
      requireKnown(spec.actionIds, new Set(all), 'action-not-found');
      const chosen = new Set(spec.actionIds);
      return placed.filter((p) => chosen.has(p.action.id)).map((p) => p.action.id);
    }
  }
}
