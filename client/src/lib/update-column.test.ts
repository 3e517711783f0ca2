import { describe, expect, it } from 'vitest';
import type { Meeting, Plan } from '@concord/shared';
import { defaultUpdatesSince, updateLabel } from './update-column';

const meeting = (id: string, date: string, state: Meeting['state']): Meeting =>
  ({ id, date, title: '', facilitator: '', attendees: [], agenda: [], state, notes: '' });

function plan(meetings: Meeting[], updateDates: string[] = []): Plan {
  const updates = updateDates.map((date, i) => ({ id: `u${i}`, date, author: 'Bo', meetingId: null, text: 'x' }));
  const action = { id: 'a', ref: null, text: 'A', timescale: '', due: null, leadText: '', leads: [], outcomes: '', progress: '', rag: null,
    flags: [], custom: {}, updates, ragHistory: [], archived: false };
  return { format: 'concord.plan', version: 1, id: 'p', title: 'P', meta: {}, legend: [], columns: [], notes: [], meetings,
    sections: [{ id: 's', number: '1', title: 'S', groups: [{ id: 'g', title: null, actions: [action] }] }] } as Plan;
}

describe('the export\'s update column', () => {
  it('starts at the last meeting held, not today: its month heads the column', () => {
    const p = plan([meeting('m1', '2015-11-12', 'ended'), meeting('m2', '2016-01-14', 'ended'), meeting('m3', '2016-03-10', 'planned')]);
    expect(defaultUpdatesSince(p, '2016-02-20')).toBe('2016-01-14');
    expect(updateLabel(defaultUpdatesSince(p, '2016-02-20'))).toBe('UPDATE JANUARY 2016');
  });

  it('with no meeting, starts at the month of the latest update, else 30 days before today', () => {
    expect(defaultUpdatesSince(plan([], ['2015-10-20', '2015-12-03T10:00:00.000Z']), '2016-02-20')).toBe('2015-12-01');
    expect(defaultUpdatesSince(plan([]), '2016-03-31')).toBe('2016-03-01');
    expect(updateLabel('')).toBe('UPDATE');
  });
});
