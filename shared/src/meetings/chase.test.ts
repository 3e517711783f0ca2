import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { addMeeting, addUpdate, planFromDoc } from '../model';
import { endMeeting, markLeadAbsent, rateInMeeting, reopenMeeting, startMeeting, updateInMeeting } from './capture';
import { chaseList } from './chase';
import { draftMinutes } from './minutes';
import { minutesToDocx } from './minutes-docx';
import { minutesToMarkdown } from './minutes-markdown';
import { markImported } from './position';
import { defaultSince, meetingBeforeLatest } from './since';
import { docOf, IMPORTED_AT, smallPlan } from '../../testing/meetings';

const at = (day: string, minute: number): string => `${day}T10:${String(minute).padStart(2, '0')}:00.000Z`;

/** a1 (led by the council) and a5 (led by the police, with the plan's own progress), and two meetings. */
function twoMeetings() {
  const plan = smallPlan({
    a1: { leads: ['City Council'], progress: 'Council funding bid drafted.' },
    a5: { leads: ['Police', 'Working with: Mind'], progress: 'Street triage car in place on weekends.' },
  });
  const doc = docOf(markImported(plan, IMPORTED_AT));
  const november = addMeeting(doc, { date: '2015-11-12', title: 'November' });
  startMeeting(doc, november, { agenda: ['a1', 'a5'] });
  rateInMeeting(doc, november, 'a1', 'amber', 'Ann', at('2015-11-12', 1));
  endMeeting(doc, november);
  const january = addMeeting(doc, { date: '2016-01-14', title: 'January' });
  startMeeting(doc, january, { agenda: ['a1', 'a5'] });
  return { doc, november, january };
}

describe('chase list and the lead-absent mark', () => {
  it('puts an action whose lead was absent first, even when a deputy gave an update in the meeting', () => {
    const { doc, november, january } = twoMeetings();
    updateInMeeting(doc, january, 'a1', 'Bid submitted', 'Deputy', at('2016-01-14', 2));
    updateInMeeting(doc, january, 'a5', 'Weekday cover agreed', 'Sgt Reed', at('2016-01-14', 3));
    markLeadAbsent(doc, january, 'a5', 'Ann', at('2016-01-14', 4));
    endMeeting(doc, january);
    const plan = planFromDoc(doc);
    expect(meetingBeforeLatest(plan, '2016-01-14')?.id).toBe(november);
    const groups = chaseList(plan, defaultSince(plan, '2016-01-20'), '2016-01-20');
    // a1 was updated since November; a5 was too, but its lead was absent, so it is chased (the partner is not).
    expect(groups.map((g) => [g.lead, g.items.map((i) => [i.actionId, i.leadAbsentAt])])).toEqual([['Police', [['a5', '2016-01-14']]]]);
    expect(groups[0]!.items[0]!.position).toMatchObject({ kind: 'update', text: 'Weekday cover agreed' });
  });

  it('stops chasing an absent lead once an update arrives after the meeting', () => {
    const { doc, january } = twoMeetings();
    markLeadAbsent(doc, january, 'a5', 'Ann', at('2016-01-14', 4));
    endMeeting(doc, january);
    addUpdate(doc, 'a5', { date: '2016-01-20', author: 'Sgt Reed', text: 'Update sent by email' });
    const plan = planFromDoc(doc);
    const chased = chaseList(plan, defaultSince(plan, '2016-01-21'), '2016-01-21');
    expect(chased.flatMap((g) => g.items).map((i) => i.actionId)).toEqual(['a1']);
    expect(chased[0]!.items[0]!.leadAbsentAt).toBeNull();
  });

  it('reopens a meeting ended by mistake, keeping what it recorded; a planned meeting cannot be reopened', () => {
    const { doc, january } = twoMeetings();
    rateInMeeting(doc, january, 'a5', 'green', 'Ann', at('2016-01-14', 5));
    endMeeting(doc, january);
    reopenMeeting(doc, january);
    expect(planFromDoc(doc).meetings.find((m) => m.id === january)!.state).toBe('live');
    reopenMeeting(doc, january);
    updateInMeeting(doc, january, 'a5', 'After reopening', 'Ann', at('2016-01-14', 6));
    expect(draftMinutes(planFromDoc(doc), january).discussed.map((d) => d.actionId)).toEqual(['a5']);
    const planned = addMeeting(doc, { date: '2016-03-01', title: 'March' });
    const before = planFromDoc(doc);
    expect(() => reopenMeeting(doc, planned)).toThrow(expect.objectContaining({ reason: 'not-ended' }));
    expect(() => reopenMeeting(doc, 'nope')).toThrow(expect.objectContaining({ reason: 'meeting-not-found' }));
    expect(planFromDoc(doc)).toEqual(before);
  });
});

describe('minutes carry the plan\'s own position', () => {
  it('shows the imported progress, dated, for an action rated without an update, in Markdown and Word', async () => {
    const { doc, january } = twoMeetings();
    rateInMeeting(doc, january, 'a5', 'green', 'Ann', at('2016-01-14', 5));
    endMeeting(doc, january);
    const minutes = draftMinutes(planFromDoc(doc), january);
    expect(minutes.discussed[0]!.position).toEqual({ kind: 'imported', text: 'Street triage car in place on weekends.', importedAt: IMPORTED_AT });
    const md = minutesToMarkdown(minutes);
    expect(md).toContain('- **Position (from the plan as imported on 1 October 2015):** Street triage car in place on weekends.');
    expect(minutesToMarkdown(minutes, { locale: 'en-US' })).toContain('**Date:** January 14, 2016');
    const xml = strFromU8(unzipSync(await minutesToDocx(minutes))['word/document.xml']!);
    expect(xml).toContain('Position (from the plan as imported on 1 October 2015): ');
    expect(xml).toContain('Street triage car in place on weekends.');
  });
});
