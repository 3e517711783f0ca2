import { describe, expect, it } from 'vitest';
import type { ActionIndexRow } from '../../data';
import { isRowOverdue, leadsOf, matchesRow, NO_FILTER } from './action-row-filter';

const row = (fields: Partial<ActionIndexRow>): ActionIndexRow => ({
  key: 'p/a', planId: 'p', planTitle: 'Nottinghamshire plan', actionId: 'a', ref: '1.2', text: 'Street triage pilot',
  section: '1. Access', leads: ['Nottinghamshire Police'], due: null, rag: null, lastUpdate: null, needsUpdate: false,
  ...fields,
});
const TODAY = '2016-02-01';

describe('My actions filters', () => {
  it('matches a lead by any part of its name, in any case', () => {
    expect(matchesRow(row({}), { ...NO_FILTER, who: 'police' }, TODAY)).toBe(true);
    expect(matchesRow(row({}), { ...NO_FILTER, who: 'CCG' }, TODAY)).toBe(false);
  });

  it('needs every search word in the text, ref or plan title', () => {
    expect(matchesRow(row({}), { ...NO_FILTER, text: 'triage NOTTINGHAMSHIRE' }, TODAY)).toBe(true);
    expect(matchesRow(row({}), { ...NO_FILTER, text: 'triage crisis' }, TODAY)).toBe(false);
  });

  it('filters by rating, treating no rating as its own choice', () => {
    expect(matchesRow(row({ rag: 'red' }), { ...NO_FILTER, rags: ['red', 'amber'] }, TODAY)).toBe(true);
    expect(matchesRow(row({ rag: null }), { ...NO_FILTER, rags: ['red'] }, TODAY)).toBe(false);
    expect(matchesRow(row({ rag: null }), { ...NO_FILTER, rags: ['none'] }, TODAY)).toBe(true);
  });

  it('counts an action overdue when its due date has passed and it is not Blue', () => {
    expect(isRowOverdue(row({ due: '2016-01-31', rag: 'amber' }), TODAY)).toBe(true);
    expect(isRowOverdue(row({ due: '2016-01-31', rag: 'blue' }), TODAY)).toBe(false);
    expect(isRowOverdue(row({ due: TODAY }), TODAY)).toBe(false);
    expect(matchesRow(row({ needsUpdate: false }), { ...NO_FILTER, needsUpdate: true }, TODAY)).toBe(false);
  });

  it('lists each lead once, sorted', () => {
    expect(leadsOf([row({ leads: ['b', 'a'] }), row({ leads: ['a'] })])).toEqual(['a', 'b']);
  });
});
