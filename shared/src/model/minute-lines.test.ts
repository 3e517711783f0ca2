import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Plan } from '../plan-json';
import { loadPlanIntoDoc } from './load-plan';
import { addMeeting, updateMeeting } from './meetings';
import { addMinuteLines, setMinuteLine } from './minute-lines';
import { planFromDoc } from './plan-from-doc';
import { exchange, replicas, richPlan } from '../../testing/model';

const linesOf = (doc: Y.Doc, meetingId = 'm2') => planFromDoc(doc).meetings.find((m) => m.id === meetingId)!.minuteLines;

describe('minute lines (the minutes, as edited, per discussed action)', () => {
  it('two people editing one prepared line offline both keep their words', () => {
    const [a, b] = replicas(richPlan(), 2);
    addMinuteLines(a!, 'm2', ['a1', 'a2']);
    exchange(a!, b!);
    setMinuteLine(a!, 'm2', 'a1', 'Ann: Agreed');
    exchange(a!, b!);
    setMinuteLine(a!, 'm2', 'a1', 'Ann: Agreed, and funded');
    setMinuteLine(b!, 'm2', 'a1', 'Ann: Agreed by the board');
    setMinuteLine(b!, 'm2', 'a2', 'Deferred to March');
    exchange(a!, b!);
    const lines = linesOf(a!)!;
    expect(lines.a1).toContain('funded');
    expect(lines.a1).toContain('by the board');
    expect(lines.a2).toBe('Deferred to March');
    expect(JSON.stringify(planFromDoc(a!))).toBe(JSON.stringify(planFromDoc(b!)));
  });

  it('preparing again writes nothing, and preparing never clears an edit', () => {
    const doc = new Y.Doc();
    loadPlanIntoDoc(doc, richPlan());
    addMinuteLines(doc, 'm2', ['a1']);
    setMinuteLine(doc, 'm2', 'a1', 'Edited');
    const before = Y.encodeStateAsUpdate(doc);
    addMinuteLines(doc, 'm2', ['a1']);
    setMinuteLine(doc, 'm2', 'a1', 'Edited');
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    expect(linesOf(doc)).toEqual({ a1: 'Edited' });
  });

  it('empty lines mean "not edited" and are left out of Plan JSON; an emptied line is taken back', () => {
    const doc = new Y.Doc();
    loadPlanIntoDoc(doc, richPlan());
    addMinuteLines(doc, 'm2', ['a1', 'a2']);
    expect('minuteLines' in planFromDoc(doc).meetings[0]!).toBe(false);
    setMinuteLine(doc, 'm2', 'a2', 'Line');
    expect(linesOf(doc)).toEqual({ a2: 'Line' });
    setMinuteLine(doc, 'm2', 'a2', '');
    expect(linesOf(doc)).toBeUndefined();
  });

  it('round-trip through Plan JSON (keys sorted), and updateMeeting leaves them alone', () => {
    const plan = richPlan();
    plan.meetings[0]!.minuteLines = { a1: 'First\nsecond line', a3: 'Third' };
    const doc = new Y.Doc();
    loadPlanIntoDoc(doc, plan);
    expect(planFromDoc(doc)).toEqual(plan);
    updateMeeting(doc, 'm2', { title: 'Renamed', notes: 'n' });
    expect(linesOf(doc)).toEqual({ a1: 'First\nsecond line', a3: 'Third' });
    const again = new Y.Doc();
    loadPlanIntoDoc(again, planFromDoc(doc));
    expect(JSON.stringify(planFromDoc(again))).toBe(JSON.stringify(planFromDoc(doc)));
  });

  it('a meeting made before minute lines existed gets its map on first edit', () => {
    const doc = new Y.Doc();
    loadPlanIntoDoc(doc, richPlan());
    const fresh = addMeeting(doc, { date: '2016-03-01' });
    doc.getMap<Y.Map<unknown>>('meetings').get(fresh)!.delete('minuteLines');
    setMinuteLine(doc, fresh, 'a3', 'Written late');
    expect(linesOf(doc, fresh)).toEqual({ a3: 'Written late' });
  });

  it('refuses bad input and writes nothing', () => {
    const doc = new Y.Doc();
    loadPlanIntoDoc(doc, richPlan());
    const before = Y.encodeStateAsUpdate(doc);
    expect(() => setMinuteLine(doc, 'nope', 'a1', 'x')).toThrow(expect.objectContaining({ reason: 'not-found' }));
    expect(() => setMinuteLine(doc, 'm2', 'nope', 'x')).toThrow(expect.objectContaining({ reason: 'not-found' }));
    expect(() => setMinuteLine(doc, 'm2', 'a1', 3 as unknown as string)).toThrow(expect.objectContaining({ reason: 'invalid' }));
    expect(() => addMinuteLines(doc, 'm2', ['a1', ''])).toThrow(expect.objectContaining({ reason: 'invalid' }));
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('a plan with malformed minute lines is refused on load', () => {
    const plan = JSON.parse(JSON.stringify(richPlan())) as Plan;
    (plan.meetings[0] as unknown as Record<string, unknown>).minuteLines = { a1: 4 };
    expect(() => loadPlanIntoDoc(new Y.Doc(), plan)).toThrow(expect.objectContaining({ reason: 'invalid', path: 'meetings[0].minuteLines.a1' }));
  });
});
