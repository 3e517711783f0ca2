/**
 * The plan's lead directory in the doc: entries keyed by stable id (ROOT.leads), each with a name, its spellings
 * (a Y.Map, so spellings added on two replicas both stay) and `mergedInto`. Merging sets one value and removes
 * nothing, so an offline edit naming the old spelling still resolves, and two merges made offline both hold.
 * Reading and resolving is done on Plan JSON (shared/src/leads); these are the writers.
 */
import * as Y from 'yjs';
import { newId } from '../ids';
import { leadDirectory } from '../leads/lead-directory';
import { leadKey } from '../leads/split-leads';
import type { LeadEntry } from '../plan-json';
import { ModelError } from './errors';
import { withExtra, writeExtra } from './extra';
import { requirePlan, setIfChanged } from './items';
import { LEAD_KEY, ROOT } from './schema';
import { mutate } from './transact';
import type { Origin, PlanDoc } from './types';
import * as v from './validate';

type YEntry = Y.Map<unknown>;

function entriesOf(doc: PlanDoc): Y.Map<YEntry> {
  return doc.getMap<YEntry>(ROOT.leads);
}

function readEntry(id: string, m: YEntry): LeadEntry {
  const aliases = m.get(LEAD_KEY.aliases);
  const name = m.get(LEAD_KEY.name);
  const into = m.get(LEAD_KEY.mergedInto);
  return withExtra(m, {
    id,
    name: typeof name === 'string' ? name : '',
    aliases: aliases instanceof Y.Map ? [...aliases.keys()].sort() : [],
    mergedInto: typeof into === 'string' ? into : null,
  });
}

/** The directory as Plan JSON entries, sorted by id (aliases sorted): the same on every replica. */
export function readLeadDirectory(doc: PlanDoc): LeadEntry[] {
  const out: LeadEntry[] = [];
  entriesOf(doc).forEach((m, id) => {
    if (m instanceof Y.Map) out.push(readEntry(id, m));
  });
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function writeEntry(doc: PlanDoc, entry: LeadEntry): YEntry {
  const m: YEntry = new Y.Map<unknown>();
  entriesOf(doc).set(entry.id, m);
  m.set(LEAD_KEY.name, entry.name);
  const aliases = new Y.Map<boolean>();
  m.set(LEAD_KEY.aliases, aliases);
  for (const alias of entry.aliases) aliases.set(alias, true);
  m.set(LEAD_KEY.mergedInto, entry.mergedInto);
  writeExtra(m, entry, v.KNOWN_FIELDS.leadEntry);
  return m;
}

/** Writes a Plan JSON directory into a doc that has none (inside loadPlanIntoDoc's transaction). */
export function writeLeadDirectory(doc: PlanDoc, entries: readonly LeadEntry[]): void {
  for (const entry of entries) writeEntry(doc, entry);
}

/** The root entry a spelling resolves to, created (holding that spelling) when the directory lacks it. */
function ensureRoot(doc: PlanDoc, lead: string): string {
  const resolved = leadDirectory({ leadDirectory: readLeadDirectory(doc) }).resolve(lead);
  if (entriesOf(doc).has(resolved.id)) return resolved.id;
  const id = newId();
  writeEntry(doc, { id, name: lead.trim(), aliases: [lead.trim()], mergedInto: null });
  return id;
}

function checkLead(lead: unknown, path: string): string {
  const text = v.str(lead, path);
  if (leadKey(text) === '') throw new ModelError('invalid', 'expected a lead name', path);
  return text;
}

/**
 * Merges the lead `from` (a spelling as written) into the lead `into`: every spelling of from's entry then
 * resolves to into's entry and its name. Entries the directory lacks are made first. Merging a lead into itself
 * changes nothing.
 */
export function mergeLeads(doc: PlanDoc, from: string, into: string, origin?: Origin): void {
  requirePlan(doc);
  checkLead(from, 'from');
  checkLead(into, 'into');
  mutate(doc, origin, () => {
    const fromRoot = ensureRoot(doc, from);
    const intoRoot = ensureRoot(doc, into);
    if (fromRoot !== intoRoot) entriesOf(doc).get(fromRoot)!.set(LEAD_KEY.mergedInto, intoRoot);
  });
}

/** The entry holding a spelling itself (not through a merge), if any. */
function holderOf(doc: PlanDoc, lead: string): [string, YEntry] | null {
  const key = leadKey(lead);
  const holders = readLeadDirectory(doc).filter((e) => e.aliases.some((a) => leadKey(a) === key));
  const id = holders[0]?.id;
  return id === undefined ? null : [id, entriesOf(doc).get(id)!];
}

/**
 * Gives a spelling an entry of its own again (undoes a wrong merge): it leaves the entry it shares with other
 * spellings, or, when it is that entry's only spelling, the entry is unmerged. Returns the entry's id.
 */
export function splitLead(doc: PlanDoc, lead: string, origin?: Origin): string {
  requirePlan(doc);
  checkLead(lead, 'lead');
  let result = '';
  mutate(doc, origin, () => {
    const held = holderOf(doc, lead);
    if (held === null) {
      result = ensureRoot(doc, lead);
      return;
    }
    const [id, entry] = held;
    const aliases = entry.get(LEAD_KEY.aliases) as Y.Map<boolean>;
    const mine = [...aliases.keys()].filter((a) => leadKey(a) === leadKey(lead));
    if (aliases.size > mine.length) {
      for (const a of mine) aliases.delete(a);
      result = newId();
      writeEntry(doc, { id: result, name: lead.trim(), aliases: mine, mergedInto: null });
    } else {
      setIfChanged(entry, LEAD_KEY.mergedInto, null);
      result = id;
    }
  });
  return result;
}

/** Names the entry a spelling resolves to (made first when the directory lacks it). */
export function renameLead(doc: PlanDoc, lead: string, name: string, origin?: Origin): void {
  requirePlan(doc);
  checkLead(lead, 'lead');
  const newName = checkLead(name, 'name').trim();
  mutate(doc, origin, () => setIfChanged(entriesOf(doc).get(ensureRoot(doc, lead))!, LEAD_KEY.name, newName));
}
