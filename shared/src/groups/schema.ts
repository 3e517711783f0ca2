/**
 * The working group document's schema: every Y key name and the schema version live here and nowhere else.
 *
 * Layout of one group Y.Doc (its room is the group id, `group-…`):
 *   group      Y.Map  id, name, schemaVersion
 *   members    Y.Map<memberId, Y.Map>  name, organisation, email, role, source, removed
 *   plans      Y.Map<planId, Y.Map>    title, part, order, archived
 *   meetings   Y.Map<meetingId, Y.Map> date, title, facilitator, planMeetings (Y.Map<planId, plan meeting id>)
 *   directory  Y.Map<entryId, Y.Map>   kind, name, aliases (Y.Map<alias, true>), organisationId, mergedInto
 * Members who joined by link are keyed by the relay's member id; plans by their plan id; directory entries seeded
 * from the plans by a digest of the name, so two devices seeding the same lead at once write one entry. Order is a
 * fractional-index string per plan (ties broken by id), never a position in a Y.Array.
 *
 * What the document says is never trusted for access: the relay's group registry decides who may open what.
 */

/** Bump when the layout changes incompatibly; readers refuse docs newer than they know. */
export const GROUP_SCHEMA_VERSION = 1 as const;

export const GROUP_ROOT = {
  group: 'group',
  members: 'members',
  plans: 'plans',
  meetings: 'meetings',
  directory: 'directory',
} as const;

export const GROUP_KEY = { id: 'id', name: 'name', schemaVersion: 'schemaVersion' } as const;

export const MEMBER_KEY = {
  name: 'name',
  organisation: 'organisation',
  email: 'email',
  role: 'role',
  /** 'joined' (by an invite link; the relay knows them) or 'entered' (typed in by the facilitator). */
  source: 'source',
  /** The member left or was revoked; kept, so their name still reads in past meetings. */
  removed: 'removed',
} as const;

export const GROUP_PLAN_KEY = {
  /** The plan's title as last seen by a device that has the plan (the plan doc holds the real one). */
  title: 'title',
  /** 'main' (the group's own plan) or 'sub' (a sub-group's plan). */
  part: 'part',
  order: 'order',
  archived: 'archived',
} as const;

export const GROUP_MEETING_KEY = {
  date: 'date',
  title: 'title',
  facilitator: 'facilitator',
  /** Each plan's own meeting for this one: its agenda, ratings and updates are stored in that plan. */
  planMeetings: 'planMeetings',
} as const;

export const ENTRY_KEY = {
  kind: 'kind',
  name: 'name',
  aliases: 'aliases',
  /** A person's organisation (an entry id), or null. */
  organisationId: 'organisationId',
  /** Set when this entry was merged into another: its names are that entry's aliases from then on. */
  mergedInto: 'mergedInto',
} as const;
