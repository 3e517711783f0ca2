import * as Y from 'yjs';
import { newId } from '../ids';
import { setIfChanged } from '../model/items';
import { mutate } from '../model/transact';
import { GroupModelError } from './errors';
import { groupRoot, requireEntry, requireGroup, type YEntry } from './group-doc';
import { GROUP_MEETING_KEY } from './schema';
import type { GroupDoc, GroupMeetingInput } from './types';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

function text(value: unknown, path: string): string {
  if (value === undefined) return '';
  if (typeof value !== 'string' || value.length > 500) throw new GroupModelError('invalid', 'expected a short text', path);
  return value;
}

/**
 * Adds a meeting of the group. It holds no agenda or capture of its own: each plan it covers gets a meeting of its
 * own (linkPlanMeeting), so every rating and update is stored in its own plan and the plan's meeting functions
 * work unchanged. Returns the new id.
 */
export function addGroupMeeting(doc: GroupDoc, input: GroupMeetingInput, origin?: unknown): string {
  requireGroup(doc);
  if (typeof input.date !== 'string' || !ISO_DATE.test(input.date)) throw new GroupModelError('invalid', 'expected YYYY-MM-DD', 'meeting.date');
  const title = text(input.title, 'meeting.title');
  const facilitator = text(input.facilitator, 'meeting.facilitator');
  const id = newId();
  mutate(doc, origin, () => {
    const entry: YEntry = new Y.Map<unknown>();
    groupRoot(doc, 'meetings').set(id, entry);
    entry.set(GROUP_MEETING_KEY.date, input.date);
    entry.set(GROUP_MEETING_KEY.title, title);
    entry.set(GROUP_MEETING_KEY.facilitator, facilitator);
    // Made with the meeting, so two devices linking plans at once never race to create it.
    entry.set(GROUP_MEETING_KEY.planMeetings, new Y.Map<string>());
  });
  return id;
}

/** Records that plan `planId`'s meeting `planMeetingId` is this group meeting's part in that plan. */
export function linkPlanMeeting(doc: GroupDoc, meetingId: string, planId: string, planMeetingId: string, origin?: unknown): void {
  const entry = requireEntry(doc, 'meetings', meetingId);
  if (!ID.test(planId) || !ID.test(planMeetingId)) throw new GroupModelError('invalid', 'expected plan and meeting ids', 'planId');
  mutate(doc, origin, () => {
    let links = entry.get(GROUP_MEETING_KEY.planMeetings);
    if (!(links instanceof Y.Map)) {
      links = new Y.Map<string>();
      entry.set(GROUP_MEETING_KEY.planMeetings, links);
    }
    setIfChanged(links as Y.Map<unknown>, planId, planMeetingId);
  });
}

/** Changes a group meeting's date, title or facilitator. */
export function updateGroupMeeting(doc: GroupDoc, meetingId: string, patch: Partial<GroupMeetingInput>, origin?: unknown): void {
  const entry = requireEntry(doc, 'meetings', meetingId);
  if (patch.date !== undefined && !ISO_DATE.test(patch.date)) throw new GroupModelError('invalid', 'expected YYYY-MM-DD', 'meeting.date');
  const title = patch.title === undefined ? undefined : text(patch.title, 'meeting.title');
  const facilitator = patch.facilitator === undefined ? undefined : text(patch.facilitator, 'meeting.facilitator');
  mutate(doc, origin, () => {
    if (patch.date !== undefined) setIfChanged(entry, GROUP_MEETING_KEY.date, patch.date);
    if (title !== undefined) setIfChanged(entry, GROUP_MEETING_KEY.title, title);
    if (facilitator !== undefined) setIfChanged(entry, GROUP_MEETING_KEY.facilitator, facilitator);
  });
}
