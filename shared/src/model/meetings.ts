import { plainCopy } from './extra';
import { requireItem, setIfChanged, textIn } from './items';
import { MEETING_KEY } from './schema';
import { addItem } from './structure';
import { applyTextDiff } from './text-diff';
import { mutate } from './transact';
import type { MeetingFields, MeetingInput, Origin, PlanDoc } from './types';
import * as v from './validate';
import { writeNewMeeting } from './write-item';

const PLAIN_MEETING_FIELDS = ['date', 'title', 'facilitator', 'attendees', 'agenda', 'state'] as const;

/** Adds a meeting after the others (state "planned" unless given); returns its id. */
export function addMeeting(doc: PlanDoc, input: MeetingInput, origin?: Origin): string {
  v.meetingFields(input, 'meeting');
  const fields: MeetingFields = {
    date: v.str(input.date, 'meeting.date'),
    title: input.title ?? '',
    facilitator: input.facilitator ?? '',
    attendees: input.attendees ?? [],
    agenda: input.agenda ?? [],
    state: input.state ?? 'planned',
    notes: input.notes ?? '',
  };
  return addItem(doc, 'meeting', null, undefined, origin, (item) => writeNewMeeting(item, fields));
}

/** Changes a meeting. Notes are edited by their minimal diff (they merge); other fields are replaced. */
export function updateMeeting(doc: PlanDoc, id: string, patch: Partial<MeetingFields>, origin?: Origin): void {
  const item = requireItem(doc, 'meeting', id);
  v.meetingFields(patch, 'meeting');
  mutate(doc, origin, () => {
    for (const key of PLAIN_MEETING_FIELDS) {
      if (patch[key] !== undefined) setIfChanged(item, MEETING_KEY[key], plainCopy(patch[key]));
    }
    if (patch.notes === undefined) return;
    applyTextDiff(textIn(item, MEETING_KEY.notes), patch.notes);
  });
}
