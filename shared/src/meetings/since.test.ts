import { describe, expect, it } from 'vitest';
import type { Meeting, Plan } from '../plan-json';
import { formatDate } from './dates';
import { heldMeetings, isSince, lastEndedMeeting, meetingCutoff, previousMeeting, ragAtMeetingEnd, resolveSince, sinceDate } from './since';
import { action, smallPlan } from '../../testing/meetings';

const meeting = (id: string, date: string, state: Meeting['state']): Meeting =>
  ({ id, date, title: '', facilitator: '', attendees: [], agenda: [], state, notes: '' });

function planWithMeetings(): Plan {
  const plan = smallPlan({
    a1: {
      ragHistory: [
        { at: '2016-01-14T10:05:00.000Z', by: 'Ann', meetingId: 'm2', rag: 'green' },
        { at: '2015-11-12T10:00:00.000Z', by: 'Ann', meetingId: 'm1', rag: 'amber' },
        { at: '2016-01-14T15:00:00.000Z', by: 'Bo', meetingId: null, rag: 'red' },
      ],
      updates: [{ id: 'u1', date: '2016-01-14T10:06:00.000Z', author: 'Bo', meetingId: 'm2', text: 'ok' }],
    },
  });
  plan.meetings = [meeting('m2', '2016-01-14', 'ended'), meeting('m1', '2015-11-12', 'ended'), meeting('m3', '2016-03-01', 'planned')];
  return plan;
}

describe('since', () => {
  it('a date counts its whole day; a meeting counts what came after its last capture, not its own entries', () => {
    const plan = planWithMeetings();
    expect(isSince('2016-01-14', null, sinceDate('2016-01-14'))).toBe(true);
    expect(isSince('2016-01-13T23:59:59.999Z', null, sinceDate('2016-01-14'))).toBe(false);
    const afterM2 = resolveSince(plan, { meetingId: 'm2' });
    expect(afterM2).toEqual({ from: '2016-01-14T10:06:00.000Z', inclusive: false, meetingId: 'm2' });
    expect(isSince('2016-01-14T10:06:00.000Z', null, afterM2)).toBe(false);
    expect(isSince('2016-01-14T15:00:00.000Z', null, afterM2)).toBe(true);
    expect(isSince('2016-02-01T00:00:00.000Z', 'm2', afterM2)).toBe(false);
    expect(resolveSince(plan, null)).toEqual({ from: '', inclusive: true, meetingId: null });
    expect(() => resolveSince(plan, { meetingId: 'x' })).toThrow(expect.objectContaining({ reason: 'meeting-not-found' }));
  });

  it('a meeting that captured nothing ends at the end of its day', () => {
    const plan = planWithMeetings();
    expect(meetingCutoff(plan, plan.meetings[2]!)).toBe('2016-03-01T23:59:59.999Z');
  });

  it('held meetings are ordered by date; previous and last ended skip planned meetings', () => {
    const plan = planWithMeetings();
    expect(heldMeetings(plan).map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(previousMeeting(plan, 'm2')?.id).toBe('m1');
    expect(previousMeeting(plan, 'm1')).toBeNull();
    expect(previousMeeting(plan, 'm3')?.id).toBe('m2');
    expect(lastEndedMeeting(plan, '2016-01-13')?.id).toBe('m1');
    expect(lastEndedMeeting(plan, '2015-01-01')).toBeNull();
  });

  it('the rating a meeting left is its own, not a later offline one; a plan rating with no history holds throughout', () => {
    const plan = planWithMeetings();
    const a1 = plan.sections[0]!.groups[0]!.actions[0]!;
    expect(ragAtMeetingEnd(a1, 'm2', meetingCutoff(plan, plan.meetings[0]!))).toBe('green');
    expect(ragAtMeetingEnd(a1, 'm1', meetingCutoff(plan, plan.meetings[1]!))).toBe('amber');
    expect(ragAtMeetingEnd(action('x', { rag: 'amber' }), 'm1', '2015-01-01')).toBe('amber');
  });

  it('formats dates the same on every machine', () => {
    expect(formatDate('2016-03-31')).toBe('31 March 2016');
    expect(formatDate('2015-11-02T10:00:00.000Z')).toBe('2 November 2015');
    expect(formatDate('March 2016')).toBe('March 2016');
    expect(formatDate('2016-13-01')).toBe('2016-13-01');
  });
});
