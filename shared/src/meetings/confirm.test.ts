import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addMeeting, planFromDoc, setRag } from '../model';
import { exchange } from '../../testing/model';
import { startMeeting } from './capture';
import { actionsToConfirm, confirmRating, ratingsToConfirm } from './confirm';
import { docOf, smallPlan } from '../../testing/meetings';

/** A plan doc and a second device that joined it (never a second load). */
function twoDevices() {
  const office = docOf(smallPlan());
  const laptop = new Y.Doc();
  Y.applyUpdate(laptop, Y.encodeStateAsUpdate(office));
  return { office, laptop };
}

describe('concurrent ratings', () => {
  it('two leads rating offline both stay visible, and the meeting confirms one by appending an entry', () => {
    const { office, laptop } = twoDevices();
    setRag(office, 'a1', 'amber', { by: 'CCG lead', at: '2016-01-05T09:00:00.000Z' });
    setRag(laptop, 'a1', 'green', { by: 'Police lead', at: '2016-01-06T16:30:00.000Z' });
    expect(ratingsToConfirm(planFromDoc(office), 'a1')).toEqual([]);
    exchange(office, laptop);
    const plan = planFromDoc(office);
    expect(ratingsToConfirm(plan, 'a1').map((e) => [e.by, e.rag, e.at])).toEqual([
      ['CCG lead', 'amber', '2016-01-05T09:00:00.000Z'],
      ['Police lead', 'green', '2016-01-06T16:30:00.000Z'],
    ]);
    expect(actionsToConfirm(plan)).toEqual(['a1']);

    const meetingId = addMeeting(office, { date: '2016-01-14' });
    startMeeting(office, meetingId);
    confirmRating(office, meetingId, 'a1', 'amber', 'Ann', '2016-01-14T10:00:00.000Z');
    exchange(office, laptop);
    for (const doc of [office, laptop]) {
      const a1 = planFromDoc(doc).sections[0]!.groups[0]!.actions[0]!;
      expect(ratingsToConfirm(planFromDoc(doc), 'a1')).toEqual([]);
      expect(a1.rag).toBe('amber');
      expect(a1.ragHistory).toHaveLength(3);
    }
    expect(actionsToConfirm(planFromDoc(laptop))).toEqual([]);
  });

  it('a confirmation is stamped after the entries it settles, even when a lead\'s clock ran fast', () => {
    const { office, laptop } = twoDevices();
    setRag(office, 'a1', 'red', { by: 'A', at: '2016-01-05T09:00:00.000Z' });
    setRag(laptop, 'a1', 'green', { by: 'B', at: '2016-01-20T09:00:00.000Z' });
    exchange(office, laptop);
    const meetingId = addMeeting(office, { date: '2016-01-14' });
    startMeeting(office, meetingId);
    confirmRating(office, meetingId, 'a1', 'red', 'Ann', '2016-01-14T10:00:00.000Z');
    const a1 = planFromDoc(office).sections[0]!.groups[0]!.actions[0]!;
    expect(a1.rag).toBe('red');
    expect(a1.ragHistory.find((e) => e.meetingId === meetingId)!.at).toBe('2016-01-20T09:00:00.001Z');
    expect(ratingsToConfirm(planFromDoc(office), 'a1')).toEqual([]);
  });

  it('refuses confirmation outside a live meeting and for an unknown action', () => {
    const { office } = twoDevices();
    const planned = addMeeting(office, { date: '2016-01-14' });
    expect(() => confirmRating(office, planned, 'a1', 'red', 'Ann')).toThrow(expect.objectContaining({ reason: 'not-live' }));
    startMeeting(office, planned);
    expect(() => confirmRating(office, planned, 'zz', 'red', 'Ann')).toThrow(expect.objectContaining({ reason: 'action-not-found' }));
    expect(() => ratingsToConfirm(planFromDoc(office), 'zz')).toThrow(expect.objectContaining({ reason: 'action-not-found' }));
  });
});
