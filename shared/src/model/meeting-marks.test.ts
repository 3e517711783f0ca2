import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { MeetingMark, Plan } from '../plan-json';
import { addMeeting } from './meetings';
import { addMeetingMark } from './meeting-marks';
import { loadPlanIntoDoc } from './load-plan';
import { planFromDoc } from './plan-from-doc';
import { exchange, replicas, richPlan } from '../../testing/model';

const mark = (actionId: string, kind: MeetingMark['kind'], by: string, at: string): MeetingMark =>
  ({ actionId, kind, by, at, cleared: false });

describe('meeting marks (deferred, lead absent)', () => {
  it('are kept by both replicas when two people mark items offline', () => {
    const [a, b] = replicas(richPlan(), 1);
    addMeetingMark(a!, 'm2', { actionId: 'a1', kind: 'deferred', by: 'Ann', at: '2016-01-10T10:00:00Z' });
    addMeetingMark(b!, 'm2', { actionId: 'a3', kind: 'lead-absent', by: 'Bo', at: '2016-01-10T10:01:00Z' });
    exchange(a!, b!);
    const marks = planFromDoc(a!).meetings[0]!.marks ?? [];
    expect(marks).toHaveLength(2);
    expect(marks).toEqual(expect.arrayContaining([
      mark('a1', 'deferred', 'Ann', '2016-01-10T10:00:00Z'),
      mark('a3', 'lead-absent', 'Bo', '2016-01-10T10:01:00Z'),
    ]));
    expect(JSON.stringify(planFromDoc(a!))).toBe(JSON.stringify(planFromDoc(b!)));
  });

  it('round-trip through Plan JSON, and a meeting without marks carries no marks key', () => {
    const plan = richPlan();
    plan.meetings[0]!.marks = [mark('a1', 'deferred', 'Ann', '2016-01-10T10:00:00Z'), { ...mark('a1', 'deferred', 'Ann', '2016-01-10T10:02:00Z'), cleared: true }];
    const doc = new Y.Doc();
    loadPlanIntoDoc(doc, plan);
    const back = planFromDoc(doc);
    expect(back).toEqual(plan);
    expect('marks' in back.meetings[1]!).toBe(false);
    const fresh = addMeeting(doc, { date: '2016-03-01' });
    addMeetingMark(doc, fresh, { actionId: 'a2', kind: 'lead-absent', by: 'Cy', at: '2016-03-01T09:00:00Z' });
    expect(planFromDoc(doc).meetings.find((m) => m.id === fresh)!.marks).toEqual([mark('a2', 'lead-absent', 'Cy', '2016-03-01T09:00:00Z')]);
  });

  it('refuses a bad mark and writes nothing', () => {
    const doc = new Y.Doc();
    loadPlanIntoDoc(doc, richPlan());
    const before = Y.encodeStateAsUpdate(doc);
    const bad: [string, Parameters<typeof addMeetingMark>[2], string][] = [
      ['nope', { actionId: 'a1', kind: 'deferred', by: 'A' }, 'not-found'],
      ['m2', { actionId: 'nope', kind: 'deferred', by: 'A' }, 'not-found'],
      ['m2', { actionId: 'a1', kind: 'postponed' as 'deferred', by: 'A' }, 'invalid'],
      ['m2', { actionId: 'a1', kind: 'deferred', by: 3 as unknown as string }, 'invalid'],
    ];
    for (const [meetingId, m, reason] of bad) {
      expect(() => addMeetingMark(doc, meetingId, m)).toThrow(expect.objectContaining({ reason }));
    }
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('a plan with a malformed mark is refused on load', () => {
    const plan = JSON.parse(JSON.stringify(richPlan())) as Plan;
    plan.meetings[0]!.marks = [{ actionId: 'a1', kind: 'deferred', by: 'A', at: 'x' } as MeetingMark];
    expect(() => loadPlanIntoDoc(new Y.Doc(), plan)).toThrow(expect.objectContaining({ reason: 'invalid', path: 'meetings[0].marks[0].cleared' }));
  });
});
