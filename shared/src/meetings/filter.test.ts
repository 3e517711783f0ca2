import { describe, expect, it } from 'vitest';
import { matchesFilter } from './filter';
import { sinceDate } from './since';
import { action } from '../../testing/meetings';

const today = '2016-01-14';

describe('matchesFilter', () => {
  it('RAG set: current rating in the set; "none" matches unrated actions', () => {
    const red = action('r', { rag: 'red' });
    const none = action('n');
    expect(matchesFilter(red, { rags: ['red', 'amber'] }, { today })).toBe(true);
    expect(matchesFilter(action('g', { rag: 'green' }), { rags: ['red', 'amber'] }, { today })).toBe(false);
    expect(matchesFilter(none, { rags: ['red', 'amber'] }, { today })).toBe(false);
    expect(matchesFilter(none, { rags: ['none'] }, { today })).toBe(true);
  });

  it('lead contains, ignoring case and spacing, in any of the leads', () => {
    const a = action('a', { leads: ['Bromley CCG', 'Oxleas  NHS Foundation Trust'] });
    expect(matchesFilter(a, { lead: 'oxleas nhs' }, { today })).toBe(true);
    expect(matchesFilter(a, { lead: 'Police' }, { today })).toBe(false);
    expect(matchesFilter(a, { lead: '  ' }, { today })).toBe(true);
  });

  it('overdue: due date passed and not Blue; the due day itself is not overdue', () => {
    expect(matchesFilter(action('a', { due: '2016-01-13' }), { overdue: true }, { today })).toBe(true);
    expect(matchesFilter(action('a', { due: today }), { overdue: true }, { today })).toBe(false);
    expect(matchesFilter(action('a', { due: '2015-03-31', rag: 'blue' }), { overdue: true }, { today })).toBe(false);
    expect(matchesFilter(action('a', { due: null }), { overdue: true }, { today })).toBe(false);
  });

  it('needs update: no update since the given time (ever, by default); Blue never needs one', () => {
    const updated = action('a', { updates: [{ id: 'u', date: '2016-01-05', author: 'Ann', meetingId: null, text: 'x' }] });
    expect(matchesFilter(updated, { needsUpdate: true }, { today, since: sinceDate('2016-01-06') })).toBe(true);
    expect(matchesFilter(updated, { needsUpdate: true }, { today, since: sinceDate('2016-01-05') })).toBe(false);
    expect(matchesFilter(updated, { needsUpdate: true }, { today })).toBe(false);
    expect(matchesFilter(action('b'), { needsUpdate: true }, { today })).toBe(true);
    expect(matchesFilter(action('c', { rag: 'blue' }), { needsUpdate: true }, { today })).toBe(false);
  });

  it('criteria combine with AND; archived actions match nothing; text searches ref, text and outcomes', () => {
    const a = action('a', { rag: 'amber', leads: ['Police'], ref: '3.2', outcomes: 'Fewer s136 detentions' });
    expect(matchesFilter(a, { rags: ['amber'], lead: 'police' }, { today })).toBe(true);
    expect(matchesFilter(a, { rags: ['amber'], lead: 'CCG' }, { today })).toBe(false);
    expect(matchesFilter(a, { text: 'S136' }, { today })).toBe(true);
    expect(matchesFilter(a, { text: '3.2' }, { today })).toBe(true);
    expect(matchesFilter({ ...a, archived: true }, {}, { today })).toBe(false);
    expect(matchesFilter(a, {}, { today })).toBe(true);
  });
});
