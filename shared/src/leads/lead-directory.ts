/**
 * A plan's lead directory, read from Plan JSON: the distinct leads of the plan, where aliases a person merged
 * ("All CCGs" and "CCGs") resolve to one entry. Entries are never removed: a merged entry points at the one it
 * joined (`mergedInto`), so a lead typed offline under the old spelling still resolves. A lead the directory does
 * not know (typed after the import) resolves to an entry of its own, named as typed.
 */
import type { Action, LeadEntry, Plan } from '../plan-json';
import { leadKey } from './split-leads';

/** One lead as lists show it: the entry's name and every spelling that resolves to it. */
export interface ResolvedLead {
  /** The entry's id; for a lead the directory does not know, "lead:" and its key. */
  id: string;
  name: string;
  /** Every spelling that resolves here, as written, sorted. */
  aliases: string[];
}

export interface LeadDirectory {
  /** The entry a lead as written resolves to (its own, unnamed entry when the directory does not know it). */
  resolve(name: string): ResolvedLead;
  /** Every entry that is not merged into another, sorted by name. */
  entries(): ResolvedLead[];
}

const IMPLICIT = 'lead:';

/** The entry an id ends at after following merges; a cycle (two replicas merging each way) ends at its least id. */
function rootOf(byId: ReadonlyMap<string, LeadEntry>, id: string): string {
  const seen: string[] = [];
  let at = id;
  for (;;) {
    seen.push(at);
    const next = byId.get(at)?.mergedInto;
    if (next === null || next === undefined || !byId.has(next)) return at;
    if (seen.includes(next)) return seen.slice(seen.indexOf(next)).sort()[0]!;
    at = next;
  }
}

/** Reads the directory of a plan (an empty one when the plan has none). */
export function leadDirectory(plan: Pick<Plan, 'leadDirectory'>): LeadDirectory {
  const list = plan.leadDirectory ?? [];
  const byId = new Map(list.map((e) => [e.id, e]));
  // An alias held by two entries (added on two replicas at once) goes to the least id, on every replica alike.
  const holder = new Map<string, string>();
  for (const entry of [...list].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    for (const alias of entry.aliases) if (!holder.has(leadKey(alias))) holder.set(leadKey(alias), entry.id);
  }
  const roots = new Map<string, ResolvedLead>();
  for (const entry of list) {
    const root = byId.get(rootOf(byId, entry.id))!;
    const resolved = roots.get(root.id) ?? { id: root.id, name: root.name, aliases: [] };
    for (const alias of entry.aliases) if (holder.get(leadKey(alias)) === entry.id) resolved.aliases.push(alias);
    roots.set(root.id, resolved);
  }
  for (const r of roots.values()) r.aliases.sort((a, b) => a.localeCompare(b, 'en-GB'));
  return {
    resolve(name) {
      const key = leadKey(name);
      const id = holder.get(key);
      if (id !== undefined) return roots.get(rootOf(byId, id))!;
      return { id: `${IMPLICIT}${key}`, name: name.trim(), aliases: [name.trim()] };
    },
    entries() {
      // An entry whose every spelling was split off to others has nothing left to list.
      return [...roots.values()].filter((r) => r.aliases.length > 0).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
    },
  };
}

/** The names an action's leads resolve to, each once, in the action's order. */
export function resolvedLeadNames(directory: LeadDirectory, leads: readonly string[]): string[] {
  const names: string[] = [];
  for (const lead of leads) {
    if (lead.trim() === '') continue;
    const { name } = directory.resolve(lead);
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

export interface LeadWithActions {
  lead: ResolvedLead;
  /** Ids of the actions naming this lead (under any alias), in plan order; archived actions left out. */
  actionIds: string[];
}

/** Every lead the plan's live actions name, resolved through its directory, with those actions; sorted by name. */
export function leadsWithActions(plan: Plan): LeadWithActions[] {
  const directory = leadDirectory(plan);
  const byId = new Map<string, LeadWithActions>();
  for (const action of liveActionsOf(plan)) {
    for (const lead of action.leads) {
      if (lead.trim() === '') continue;
      const resolved = directory.resolve(lead);
      const entry = byId.get(resolved.id) ?? { lead: resolved, actionIds: [] };
      if (!entry.actionIds.includes(action.id)) entry.actionIds.push(action.id);
      byId.set(resolved.id, entry);
    }
  }
  return [...byId.values()].sort((a, b) => a.lead.name.localeCompare(b.lead.name, 'en-GB'));
}

function liveActionsOf(plan: Plan): Action[] {
  const live = <T extends object>(items: readonly T[]) => items.filter((i) => (i as { archived?: unknown }).archived !== true);
  return live(plan.sections).flatMap((s) => live(s.groups).flatMap((g) => live(g.actions)));
}

/**
 * A directory with one entry per distinct lead of `actions` (spellings that differ only in case, spacing or
 * "&"/"and" share one), named by its first spelling. Import builds it; a person merges aliases afterwards.
 * Sorted as a doc reads it back (entries by id, aliases by code unit), so Plan JSON survives a trip through a doc.
 */
export function buildLeadDirectory(actions: readonly Pick<Action, 'leads'>[], newId: () => string): LeadEntry[] {
  const byKey = new Map<string, LeadEntry>();
  for (const lead of actions.flatMap((a) => a.leads)) {
    const key = leadKey(lead);
    if (key === '') continue;
    const entry = byKey.get(key);
    if (entry === undefined) byKey.set(key, { id: newId(), name: lead.trim(), aliases: [lead.trim()], mergedInto: null });
    else if (!entry.aliases.includes(lead.trim())) entry.aliases.push(lead.trim());
  }
  const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  for (const entry of byKey.values()) entry.aliases.sort(byCodeUnit);
  return [...byKey.values()].sort((a, b) => byCodeUnit(a.id, b.id));
}
