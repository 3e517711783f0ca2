import { newId } from '../ids';
import { leadsWithActions } from '../leads/lead-directory';
import type { Action, Plan } from '../plan-json';
import { REQUEST_ROOM_PREFIX } from '../protocol/room';
import { RequestModelError } from './errors';
import type { RequestActionCopy, RequestInit } from './types';

/** A round of update requests as the facilitator makes it: what it is for, and when updates are due. */
export interface RoundInput {
  /** e.g. "Before the March meeting". */
  title: string;
  /** YYYY-MM-DD */
  due: string;
  /** Only these leads (directory entry ids); all of the plans' leads when absent. */
  leadIds?: readonly string[];
}

/** A new request id (its room). */
export function newRequestId(): string {
  return `${REQUEST_ROOM_PREFIX}${newId()}`;
}

/**
 * The requests of a new round over `plans` (one plan, or a working group's plans): one per lead, each holding
 * copies of exactly the live actions that lead leads, resolved through each plan's lead directory, in plan order.
 * A lead of several plans gets one request holding their actions from each. Returns the inits for `initRequest`;
 * the facilitator's device writes each into its own request doc.
 */
export function planRound(plans: readonly Plan[], input: RoundInput, roundId: string = newId()): RequestInit[] {
  const byLead = new Map<string, { name: string; actions: RequestActionCopy[] }>();
  for (const plan of plans) {
    const actions = new Map(plan.sections.flatMap((s) => s.groups.flatMap((g) => g.actions)).map((a) => [a.id, a]));
    for (const { lead, actionIds } of leadsWithActions(plan)) {
      if (input.leadIds !== undefined && !input.leadIds.includes(lead.id)) continue;
      // Leads of different plans are one lead when their names agree (each plan has its own directory).
      const key = lead.name.trim().toLowerCase();
      const entry = byLead.get(key) ?? { name: lead.name, actions: [] };
      for (const id of actionIds) entry.actions.push(copyOf(plan.id, actions.get(id)!));
      byLead.set(key, entry);
    }
  }
  if (byLead.size === 0) throw new RequestModelError('invalid', 'no lead of these plans leads a live action', 'leadIds');
  const home = plans[0]!.id;
  return [...byLead.values()].map(({ name, actions }) => ({
    id: newRequestId(),
    planId: home,
    roundId,
    title: input.title,
    due: input.due,
    lead: { id: leadIdOf(plans, name), name },
    actions,
  }));
}

function leadIdOf(plans: readonly Plan[], name: string): string {
  for (const plan of plans) {
    const found = leadsWithActions(plan).find((l) => l.lead.name === name);
    if (found) return found.lead.id;
  }
  return name;
}

/** What the lead is shown of an action: its words and position now, never anything else of the plan. */
export function copyOf(planId: string, action: Action): RequestActionCopy {
  const last = action.updates.at(-1) ?? null;
  return {
    id: action.id,
    planId,
    ref: action.ref,
    text: action.text,
    timescale: action.timescale,
    progress: action.progress,
    lastUpdate: last === null ? null : { date: last.date, author: last.author, text: last.text },
    rag: action.rag,
  };
}
