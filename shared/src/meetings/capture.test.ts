import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addMeeting, planFromDoc } from '../model';
import {
  clearMeetingMark, deferInMeeting, endMeeting, markLeadAbsent, rateInMeeting, startMeeting, updateInMeeting,
} from './capture';
import { markedActions } from './marks';
import { meetingProgress } from './progress';
import { docOf, smallPlan } from '../../testing/meetings';

const at = (minute: number): string => `2016-01-14T10:${String(minute).padStart(2, '0')}:00.000Z`;

function liveMeeting() {
  const doc = docOf(smallPlan());
  const meetingId = addMeeting(doc, { date: '2016-01-14', title: 'January review' });
  startMeeting(doc, meetingId, { agenda: ['a1', 'a5'], facilitator: 'Ann' });
  return { doc, meetingId };
}

describe('walk-through capture', () => {
  it('stamps ratings and updates with the meeting, the person and the time', () => {
    const { doc, meetingId } = liveMeeting();
    rateInMeeting(doc, meetingId, 'a1', 'amber', 'Ann', at(5));
    const updateId = updateInMeeting(doc, meetingId, 'a1', 'Pilot agreed.\nFunding from April.', 'Bo', at(6));
    const a1 = planFromDoc(doc).sections[0]!.groups[0]!.actions[0]!;
    expect(a1.ragHistory).toEqual([{ at: at(5), by: 'Ann', meetingId, rag: 'amber' }]);
    expect(a1.rag).toBe('amber');
    expect(a1.updates).toEqual([{ id: updateId, date: at(6), author: 'Bo', meetingId, text: 'Pilot agreed.\nFunding from April.' }]);
  });

  it('start sets live (with its agenda and facilitator); end sets ended; an ended meeting cannot restart', () => {
    const { doc, meetingId } = liveMeeting();
    const live = planFromDoc(doc).meetings[0]!;
    expect([live.state, live.agenda, live.facilitator]).toEqual(['live', ['a1', 'a5'], 'Ann']);
    endMeeting(doc, meetingId);
    expect(planFromDoc(doc).meetings[0]!.state).toBe('ended');
    expect(() => startMeeting(doc, meetingId)).toThrow(expect.objectContaining({ reason: 'ended' }));
  });

  it('refuses capture outside a live meeting, for unknown ids and blank updates, and writes nothing', () => {
    const { doc, meetingId } = liveMeeting();
    const planned = addMeeting(doc, { date: '2016-02-01' });
    const before = Y.encodeStateAsUpdate(doc);
    const refusals: [() => unknown, string][] = [
      [() => rateInMeeting(doc, planned, 'a1', 'red', 'Ann', at(1)), 'not-live'],
      [() => rateInMeeting(doc, 'nope', 'a1', 'red', 'Ann', at(1)), 'meeting-not-found'],
      [() => rateInMeeting(doc, meetingId, 'nope', 'red', 'Ann', at(1)), 'action-not-found'],
      [() => updateInMeeting(doc, meetingId, 'a1', '  \n ', 'Ann', at(1)), 'empty-update'],
      [() => deferInMeeting(doc, planned, 'a1', 'Ann', at(1)), 'not-live'],
      [() => endMeeting(doc, 'nope'), 'meeting-not-found'],
    ];
    for (const [call, reason] of refusals) expect(call).toThrow(expect.objectContaining({ reason }));
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('deferred and lead-absent marks are stored in the meeting; clearing one appends and takes it back', () => {
    const { doc, meetingId } = liveMeeting();
    deferInMeeting(doc, meetingId, 'a5', 'Ann', at(10));
    markLeadAbsent(doc, meetingId, 'a1', 'Ann', at(11));
    markLeadAbsent(doc, meetingId, 'a5', 'Ann', at(12));
    clearMeetingMark(doc, meetingId, 'a5', 'lead-absent', 'Ann', at(13));
    const meeting = planFromDoc(doc).meetings[0]!;
    expect(meeting.marks).toHaveLength(4);
    expect(markedActions(meeting, 'deferred')).toEqual(['a5']);
    expect(markedActions(meeting, 'lead-absent')).toEqual(['a1']);
  });

  it('progress: discussed, deferred, lead absent and remaining, from what was captured with the meeting id', () => {
    const { doc, meetingId } = liveMeeting();
    const other = addMeeting(doc, { date: '2016-01-14', state: 'live' });
    rateInMeeting(doc, other, 'a5', 'green', 'Cy', at(1));
    expect(meetingProgress(planFromDoc(doc), meetingId)).toMatchObject({ discussed: [], remaining: ['a1', 'a5'], next: 'a1' });
    updateInMeeting(doc, meetingId, 'a1', 'On track', 'Bo', at(2));
    let progress = meetingProgress(planFromDoc(doc), meetingId);
    expect([progress.discussed, progress.remaining, progress.next]).toEqual([['a1'], ['a5'], 'a5']);
    deferInMeeting(doc, meetingId, 'a5', 'Ann', at(3));
    progress = meetingProgress(planFromDoc(doc), meetingId);
    expect(progress).toEqual({
      agenda: ['a1', 'a5'], discussed: ['a1'], deferred: ['a5'], leadAbsent: [], remaining: [], offAgenda: [], next: null,
    });
  });
});
