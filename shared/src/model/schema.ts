/**
 * The plan document's schema: every Y key name and the schema version live here and nowhere else.
 *
 * Layout of one plan Y.Doc:
 *   plan      Y.Map   id, title, schemaVersion, meta (Y.Map<string>), legend, columns, notes, extra
 *   sections  Y.Map<id, Y.Map>  number, title, order, archived, extra
 *   groups    Y.Map<id, Y.Map>  sectionId, title, order, archived, extra
 *   actions   Y.Map<id, Y.Map>  groupId, order, short values, Y.Text long values, custom (Y.Map<key, Y.Text>),
 *                               updates and ragHistory (append-only Y.Arrays of plain entries), archived, extra
 *   meetings  Y.Map<id, Y.Map>  order, date, title, facilitator, attendees, agenda, state, notes (Y.Text),
 *                               marks (append-only Y.Array of plain entries),
 *                               minuteLines (Y.Map<actionId, Y.Text>: the minutes' line per action as edited), extra
 *   leads     Y.Map<id, Y.Map>  the lead directory: name, aliases (Y.Map<spelling, true>), mergedInto, extra
 * Order is a fractional-index string per item (ties broken by id), never a Y.Array position.
 *
 * Versions: the plan map records the schema version that wrote the doc (`schemaVersion`, and one
 * `migrated:<version>:<name>` key per migration run on it, so two devices migrating to different versions at once
 * can never leave a lower number behind). Migrations live in ./migrations; a doc newer than the code is read, never
 * written. Keys a newer version adds are kept: every reader passes on keys it does not know (see STORED_KEYS).
 */

/**
 * The schema version this code writes: 1 plus the number of migrations in ./migrations (a test checks they agree,
 * and that Plan JSON's PLAN_VERSION is the same number).
 */
export const SCHEMA_VERSION = 1 as const;

/** Names of the doc's root shared types. */
export const ROOT = {
  plan: 'plan',
  sections: 'sections',
  groups: 'groups',
  actions: 'actions',
  meetings: 'meetings',
  /** The plan's lead directory: entries keyed by id (see LEAD_KEY). */
  leads: 'leads',
} as const;

/** Keys every ordered item (section, group, action, meeting) carries. */
export const ITEM_KEY = {
  order: 'order',
  archived: 'archived',
  /** JSON text of the keys a Plan JSON object carried that this version does not know. */
  extra: 'extra',
} as const;

export const PLAN_KEY = {
  id: 'id',
  title: 'title',
  schemaVersion: 'schemaVersion',
  meta: 'meta',
  legend: 'legend',
  columns: 'columns',
  notes: 'notes',
  extra: ITEM_KEY.extra,
} as const;

/** Prefix of the plan-map keys that record each migration run on the doc: `migrated:<version>:<name>` = version. */
export const MIGRATED_KEY_PREFIX = 'migrated:' as const;

export const SECTION_KEY = { number: 'number', title: 'title' } as const;

export const GROUP_KEY = { sectionId: 'sectionId', title: 'title' } as const;

export const ACTION_KEY = {
  groupId: 'groupId',
  ref: 'ref',
  text: 'text',
  timescale: 'timescale',
  due: 'due',
  /** The lead cell as written (Y.Text); absent in docs made before it existed, which read it from `leads`. */
  leadText: 'leadText',
  leads: 'leads',
  outcomes: 'outcomes',
  progress: 'progress',
  flags: 'flags',
  custom: 'custom',
  updates: 'updates',
  ragHistory: 'ragHistory',
  /** A rating that came with the plan (e.g. an imported cell colour) and no history; any setRag supersedes it. */
  baseRag: 'baseRag',
} as const;

export const MEETING_KEY = {
  date: 'date',
  title: 'title',
  facilitator: 'facilitator',
  attendees: 'attendees',
  agenda: 'agenda',
  state: 'state',
  notes: 'notes',
  /** Deferred / lead-absent marks: append-only, like an action's ragHistory. */
  marks: 'marks',
  /** The minutes' line per discussed action, as the facilitator edited it; an empty text means "not edited". */
  minuteLines: 'minuteLines',
} as const;

/**
 * A lead directory entry. Aliases are a Y.Map of spellings (value true), so two people adding spellings offline
 * both keep theirs; a merge only sets `mergedInto`, so an entry is never removed and every spelling still resolves.
 */
export const LEAD_KEY = { name: 'name', aliases: 'aliases', mergedInto: 'mergedInto', extra: ITEM_KEY.extra } as const;

/** Action fields held as Y.Text, so concurrent edits to one field merge. */
export const ACTION_TEXT_FIELDS = ['text', 'outcomes', 'progress', 'leadText'] as const;
/** Action fields held as plain values (last writer wins). */
export const ACTION_PLAIN_FIELDS = ['ref', 'timescale', 'due', 'leads', 'flags'] as const;

/** The ordered item kinds, the root each lives in, and the key that names its parent (if any). */
export const ITEM_KINDS = {
  section: { root: ROOT.sections, parentKey: null, parentKind: null },
  group: { root: ROOT.groups, parentKey: GROUP_KEY.sectionId, parentKind: 'section' },
  action: { root: ROOT.actions, parentKey: ACTION_KEY.groupId, parentKind: 'group' },
  meeting: { root: ROOT.meetings, parentKey: null, parentKind: null },
} as const;
export type ItemKind = keyof typeof ITEM_KINDS;

/**
 * Every Y key this version reads or writes on the plan map and on each kind of item. Any other key was written by a
 * newer version: readers pass it on into Plan JSON (as its JSON value) instead of dropping it.
 */
export const STORED_KEYS: Record<'plan' | ItemKind, ReadonlySet<string>> = {
  plan: new Set(Object.values(PLAN_KEY)),
  section: new Set([...Object.values(ITEM_KEY), ...Object.values(SECTION_KEY)]),
  group: new Set([...Object.values(ITEM_KEY), ...Object.values(GROUP_KEY)]),
  action: new Set([...Object.values(ITEM_KEY), ...Object.values(ACTION_KEY)]),
  meeting: new Set([...Object.values(ITEM_KEY), ...Object.values(MEETING_KEY)]),
};
