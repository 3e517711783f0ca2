// Who leads what across a group's plans: each plan's leads (named through the plan's own lead directory, so the
// aliases a person merged in a plan arrive together) resolved against the group's directory, so "Police",
// "police" and a merged alias are one.
import type { Plan } from '../plan-json';
import { leadsWithActions } from '../leads/lead-directory';
import { chaseLeads, liveActions } from '../meetings/plan-walk';
import { normaliseName, type PlanLead } from './directory';
import type { DirectoryEntry } from './types';

/**
 * A plan's distinct leads, as the group directory is seeded from: the entries of the plan's lead directory that
 * its live actions name, each with the spellings merged into it.
 */
export function planLeads(plan: Plan): PlanLead[] {
  const seen = new Map<string, PlanLead>();
  for (const { lead } of leadsWithActions(plan)) {
    const name = lead.name.trim();
    if (name === '' || seen.has(normaliseName(name))) continue;
    const aliases = lead.aliases.filter((a) => normaliseName(a) !== normaliseName(name));
    seen.set(normaliseName(name), aliases.length > 0 ? { name, aliases } : { name });
  }
  return [...seen.values()];
}

/** Resolves names to directory entries (following merges), by name or alias, whatever the case or spacing. */
export class DirectoryIndex {
  private readonly byId = new Map<string, DirectoryEntry>();
  private readonly byName = new Map<string, DirectoryEntry>();

  constructor(entries: readonly DirectoryEntry[]) {
    for (const entry of entries) this.byId.set(entry.id, entry);
    for (const entry of entries) {
      const live = this.follow(entry);
      for (const name of [entry.name, ...entry.aliases]) this.byName.set(normaliseName(name), live);
    }
  }

  /** The live entry a lead's text names, or null when the directory does not know it. */
  entryFor(leadText: string): DirectoryEntry | null {
    return this.byName.get(normaliseName(leadText)) ?? null;
  }

  /** The organisation a lead belongs to: a person's organisation, an organisation itself, else the text as written. */
  organisationOf(leadText: string): string {
    const entry = this.entryFor(leadText);
    if (!entry) return leadText.trim();
    const organisation = entry.kind === 'person' && entry.organisationId ? this.byId.get(entry.organisationId) : null;
    return organisation ? this.follow(organisation).name : entry.name;
  }

  /** Whether `leadText` names the entry `entryId` (or one merged into it). */
  names(leadText: string, entryId: string): boolean {
    return this.entryFor(leadText)?.id === entryId;
  }

  /** The actions of `plan` (live, as chased: partners left out) that `entryId` leads, in plan order. */
  actionsLedBy(plan: Plan, entryId: string): string[] {
    return liveActions(plan)
      .filter(({ action }) => chaseLeads(action).some((lead) => this.names(lead, entryId)))
      .map(({ action }) => action.id);
  }

  private follow(entry: DirectoryEntry): DirectoryEntry {
    let current = entry;
    for (let hops = 0; current.mergedInto !== null && hops < 16; hops++) current = this.byId.get(current.mergedInto) ?? current;
    return current;
  }
}
