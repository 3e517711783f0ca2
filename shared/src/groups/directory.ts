import * as Y from 'yjs';
import { newId } from '../ids';
import { setIfChanged } from '../model/items';
import { mutate } from '../model/transact';
import { GroupModelError } from './errors';
import { checkName, groupRoot, requireEntry, requireGroup, type YEntry } from './group-doc';
import { ENTRY_KEY } from './schema';
import { ENTRY_KINDS, type DirectoryEntry, type EntryKind, type GroupDoc } from './types';

/** A lead as a plan's lead directory gives it: the name it settled on and the other spellings merged into it. */
export interface PlanLead {
  name: string;
  aliases?: readonly string[];
  kind?: EntryKind;
}

/** The form two spellings of one name share: case, spacing, "&" for "and" and trailing full stops ignored. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/&/g, ' and ').replace(/[.,;:]+$/g, '').replace(/\s+/g, ' ').trim();
}

/** FNV-1a over the text with a seed; two of them make a 64-bit digest, plenty for a group's few hundred names. */
function fnv(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619) >>> 0;
  return hash.toString(36);
}

/** The id a seeded entry gets: the same on every device for the same name, so concurrent seeding writes one entry. */
export function seededEntryId(name: string): string {
  const key = normaliseName(name);
  return `lead-${fnv(key, 2166136261)}${fnv(key, 33554467)}`;
}

function aliasMap(entry: YEntry): Y.Map<boolean> {
  let aliases = entry.get(ENTRY_KEY.aliases);
  if (!(aliases instanceof Y.Map)) {
    aliases = new Y.Map<boolean>();
    entry.set(ENTRY_KEY.aliases, aliases);
  }
  return aliases as Y.Map<boolean>;
}

/** Every live (not merged) entry's names, normalised, pointing at the entry's id. */
function nameIndex(doc: GroupDoc): Map<string, string> {
  const index = new Map<string, string>();
  groupRoot(doc, 'directory').forEach((entry, id) => {
    if (typeof entry.get(ENTRY_KEY.mergedInto) === 'string') return;
    const name = entry.get(ENTRY_KEY.name);
    if (typeof name === 'string') index.set(normaliseName(name), id);
    for (const alias of aliasesOf(entry)) index.set(normaliseName(alias), id);
  });
  return index;
}

function newEntry(doc: GroupDoc, id: string, kind: EntryKind, name: string, organisationId: string | null): YEntry {
  const entry: YEntry = new Y.Map<unknown>();
  groupRoot(doc, 'directory').set(id, entry);
  entry.set(ENTRY_KEY.kind, kind);
  entry.set(ENTRY_KEY.name, name);
  entry.set(ENTRY_KEY.aliases, new Y.Map<boolean>());
  entry.set(ENTRY_KEY.organisationId, organisationId);
  return entry;
}

/** What seeding will write: new entries, and spellings to add to entries (new or not) as aliases. */
interface SeedPlan {
  creates: Map<string, { kind: EntryKind; name: string }>;
  aliases: Map<string, Set<string>>;
}

function planSeeding(index: Map<string, string>, leads: readonly PlanLead[]): SeedPlan {
  const plan: SeedPlan = { creates: new Map(), aliases: new Map() };
  for (const lead of leads) {
    const names = [lead.name, ...(lead.aliases ?? [])].map((n) => n.trim()).filter((n) => n !== '' && n.length <= 200);
    if (names.length === 0) continue;
    let id = names.map((n) => index.get(normaliseName(n))).find((known) => known !== undefined);
    if (id === undefined) {
      id = seededEntryId(names[0]!);
      plan.creates.set(id, { kind: lead.kind ?? 'organisation', name: names[0]! });
      index.set(normaliseName(names[0]!), id);
    }
    for (const name of names.filter((n) => !index.has(normaliseName(n)))) {
      plan.aliases.set(id, (plan.aliases.get(id) ?? new Set()).add(name));
      index.set(normaliseName(name), id);
    }
  }
  return plan;
}

/**
 * Seeds the directory from the plans' leads: a lead whose name or alias the directory knows adds its other
 * spellings to that entry; an unknown one becomes an entry (an organisation unless the lead says otherwise). Writes
 * nothing when the directory already knows every name. Returns how many entries it added.
 */
export function seedDirectory(doc: GroupDoc, leads: readonly PlanLead[], origin?: unknown): number {
  requireGroup(doc);
  const { creates, aliases } = planSeeding(nameIndex(doc), leads);
  if (creates.size === 0 && aliases.size === 0) return 0;
  const directory = groupRoot(doc, 'directory');
  mutate(doc, origin, () => {
    for (const [id, { kind, name }] of creates) newEntry(doc, id, kind, name, null);
    for (const [id, names] of aliases) {
      const entry = directory.get(id);
      if (entry) names.forEach((name) => aliasMap(entry).set(name, true));
    }
  });
  return creates.size;
}

/** Adds an organisation or person by hand; returns its id. */
export function addDirectoryEntry(doc: GroupDoc, input: { kind: EntryKind; name: string; organisationId?: string | null }, origin?: unknown): string {
  requireGroup(doc);
  if (!ENTRY_KINDS.includes(input.kind)) throw new GroupModelError('invalid', 'expected organisation or person', 'entry.kind');
  const name = checkName(input.name, 'entry.name');
  const organisationId = input.organisationId ?? null;
  if (organisationId !== null) requireEntry(doc, 'directory', organisationId);
  const id = newId();
  mutate(doc, origin, () => newEntry(doc, id, input.kind, name, organisationId));
  return id;
}

/**
 * Merges entry `mergeId` into `keepId` once, for every plan: its name and aliases become the kept entry's aliases,
 * and it points at the kept entry from then on (nothing is deleted, so an offline edit to it is not lost).
 */
export function mergeEntries(doc: GroupDoc, keepId: string, mergeId: string, origin?: unknown): void {
  const keep = requireEntry(doc, 'directory', keepId);
  const merge = requireEntry(doc, 'directory', mergeId);
  if (keepId === mergeId) throw new GroupModelError('invalid', 'an entry cannot merge into itself', 'mergeId');
  if (typeof keep.get(ENTRY_KEY.mergedInto) === 'string') throw new GroupModelError('invalid', 'the kept entry was merged itself', 'keepId');
  const names = [merge.get(ENTRY_KEY.name), ...aliasesOf(merge)].filter((n): n is string => typeof n === 'string');
  mutate(doc, origin, () => {
    names.forEach((n) => aliasMap(keep).set(n, true));
    merge.set(ENTRY_KEY.mergedInto, keepId);
  });
}

/** Renames an entry, changes its kind, or sets a person's organisation. */
export function updateDirectoryEntry(doc: GroupDoc, id: string, patch: { name?: string; kind?: EntryKind; organisationId?: string | null }, origin?: unknown): void {
  const entry = requireEntry(doc, 'directory', id);
  const name = patch.name === undefined ? undefined : checkName(patch.name, 'entry.name');
  if (patch.kind !== undefined && !ENTRY_KINDS.includes(patch.kind)) throw new GroupModelError('invalid', 'expected organisation or person', 'entry.kind');
  if (patch.organisationId) requireEntry(doc, 'directory', patch.organisationId);
  mutate(doc, origin, () => {
    if (name !== undefined) {
      aliasMap(entry).set(String(entry.get(ENTRY_KEY.name)), true);
      setIfChanged(entry, ENTRY_KEY.name, name);
    }
    if (patch.kind !== undefined) setIfChanged(entry, ENTRY_KEY.kind, patch.kind);
    if (patch.organisationId !== undefined) setIfChanged(entry, ENTRY_KEY.organisationId, patch.organisationId);
  });
}

function aliasesOf(entry: YEntry): string[] {
  const aliases = entry.get(ENTRY_KEY.aliases);
  return aliases instanceof Y.Map ? [...aliases.keys()] : [];
}

/** An entry read from the doc (merged entries included, pointing at where they went). */
export function readEntry(id: string, entry: YEntry): DirectoryEntry {
  const kind = entry.get(ENTRY_KEY.kind);
  const organisationId = entry.get(ENTRY_KEY.organisationId);
  const mergedInto = entry.get(ENTRY_KEY.mergedInto);
  return {
    id,
    kind: ENTRY_KINDS.includes(kind as EntryKind) ? (kind as EntryKind) : 'organisation',
    name: String(entry.get(ENTRY_KEY.name) ?? ''),
    aliases: aliasesOf(entry).sort((a, b) => a.localeCompare(b, 'en-GB')),
    organisationId: typeof organisationId === 'string' ? organisationId : null,
    mergedInto: typeof mergedInto === 'string' ? mergedInto : null,
  };
}
