// The chase list of a meeting across plans: each plan's own chase list (its agenda, no update since the plan's
// previous meeting), by organisation through the group directory, so a lead written three ways is asked once.
import type { ChaseItem } from '../meetings/chase';
import { draftMinutes } from '../meetings/minutes';
import { blankLast } from './group-home';
import { DirectoryIndex } from './group-leads';
import type { MeetingPart } from './group-meeting-state';
import type { WorkingGroup } from './types';

export interface GroupChaseItem extends ChaseItem {
  planId: string;
  planTitle: string;
}

export interface GroupChaseGroup {
  organisation: string;
  /** The lead texts as the plans wrote them. */
  leads: string[];
  items: GroupChaseItem[];
}

/** Whom to chase after a group meeting, one entry per organisation, its actions in the group's plan order. */
export function groupChase(group: WorkingGroup, parts: readonly MeetingPart[]): GroupChaseGroup[] {
  const index = new DirectoryIndex(group.directory);
  const out = new Map<string, { leads: Set<string>; items: Map<string, GroupChaseItem> }>();
  for (const part of parts) {
    for (const { lead, items } of draftMinutes(part.plan, part.meetingId).chase) {
      const organisation = lead === '' ? '' : index.organisationOf(lead);
      const entry = out.get(organisation) ?? { leads: new Set<string>(), items: new Map<string, GroupChaseItem>() };
      if (lead !== '') entry.leads.add(lead);
      for (const item of items) entry.items.set(`${part.planId}/${item.actionId}`, { ...item, planId: part.planId, planTitle: part.plan.title });
      out.set(organisation, entry);
    }
  }
  return [...out]
    .map(([organisation, { leads, items }]) => ({ organisation, leads: [...leads].sort(), items: [...items.values()] }))
    .sort((a, b) => blankLast(a.organisation, b.organisation) || a.organisation.localeCompare(b.organisation, 'en-GB'));
}
