import * as Y from 'yjs';
import { compareOrdered } from '../model/order';
import { readEntry } from './directory';
import { groupIdOf, groupNameOf, groupRoot, type YEntry } from './group-doc';
import { GROUP_MEETING_KEY, GROUP_PLAN_KEY, MEMBER_KEY } from './schema';
import {
  GROUP_ROLES,
  PLAN_PARTS,
  type WorkingGroup,
  type GroupDoc,
  type GroupMeeting,
  type GroupMember,
  type GroupPlan,
  type GroupRole,
  type PlanPart,
  type DirectoryEntry,
} from './types';

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  a.name.localeCompare(b.name, 'en-GB') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function member(id: string, entry: YEntry): GroupMember {
  const role = entry.get(MEMBER_KEY.role);
  const email = entry.get(MEMBER_KEY.email);
  return {
    id,
    name: str(entry.get(MEMBER_KEY.name)),
    organisation: str(entry.get(MEMBER_KEY.organisation)),
    email: typeof email === 'string' ? email : null,
    role: GROUP_ROLES.includes(role as GroupRole) ? (role as GroupRole) : 'viewer',
    source: entry.get(MEMBER_KEY.source) === 'joined' ? 'joined' : 'entered',
    removed: entry.get(MEMBER_KEY.removed) === true,
  };
}

function plans(doc: GroupDoc): GroupPlan[] {
  const out: (GroupPlan & { order: string })[] = [];
  groupRoot(doc, 'plans').forEach((entry, id) => {
    const part = entry.get(GROUP_PLAN_KEY.part);
    out.push({
      id,
      title: str(entry.get(GROUP_PLAN_KEY.title)),
      part: PLAN_PARTS.includes(part as PlanPart) ? (part as PlanPart) : 'sub',
      archived: entry.get(GROUP_PLAN_KEY.archived) === true,
      order: str(entry.get(GROUP_PLAN_KEY.order)),
    });
  });
  return out.sort(compareOrdered).map(({ order: _order, ...plan }) => plan);
}

function meeting(id: string, entry: YEntry): GroupMeeting {
  const links = entry.get(GROUP_MEETING_KEY.planMeetings);
  const planMeetings: Record<string, string> = {};
  if (links instanceof Y.Map) {
    for (const planId of [...links.keys()].sort()) {
      const value = links.get(planId);
      if (typeof value === 'string') planMeetings[planId] = value;
    }
  }
  return {
    id,
    date: str(entry.get(GROUP_MEETING_KEY.date)),
    title: str(entry.get(GROUP_MEETING_KEY.title)),
    facilitator: str(entry.get(GROUP_MEETING_KEY.facilitator)),
    planMeetings,
  };
}

/**
 * Two devices merging two entries into each other offline leave a loop: the loop's smallest id stays live (the
 * same on every replica), so its names resolve to an entry. A merge into an entry that is not there is ignored.
 */
function settleMerges(entries: DirectoryEntry[]): DirectoryEntry[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  for (const entry of entries) {
    if (entry.mergedInto !== null && !byId.has(entry.mergedInto)) entry.mergedInto = null;
  }
  for (const entry of entries) {
    const path: string[] = [];
    let current: DirectoryEntry | undefined = entry;
    while (current && current.mergedInto !== null && !path.includes(current.id)) {
      path.push(current.id);
      current = byId.get(current.mergedInto);
    }
    if (!current || !path.includes(current.id)) continue;
    const loop = path.slice(path.indexOf(current.id)).sort();
    byId.get(loop[0]!)!.mergedInto = null;
  }
  return entries;
}

/**
 * The group as plain data, the same on every replica that holds the same updates: plans in their fractional
 * order, meetings by date, members and directory entries by name (ties by id). Null while the doc holds no group.
 */
export function groupFromDoc(doc: GroupDoc): WorkingGroup | null {
  const id = groupIdOf(doc);
  if (id === null) return null;
  const members: GroupMember[] = [];
  groupRoot(doc, 'members').forEach((entry, memberId) => members.push(member(memberId, entry)));
  const meetings: GroupMeeting[] = [];
  groupRoot(doc, 'meetings').forEach((entry, meetingId) => meetings.push(meeting(meetingId, entry)));
  const directory = settleMerges([...groupRoot(doc, 'directory')].map(([entryId, entry]) => readEntry(entryId, entry)));
  return {
    id,
    name: groupNameOf(doc),
    members: members.sort(byName),
    plans: plans(doc),
    meetings: meetings.sort((a, b) => a.date.localeCompare(b.date) || (a.id < b.id ? -1 : 1)),
    directory: directory.sort(byName),
  };
}
