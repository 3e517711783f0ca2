import { describe, expect, it } from 'vitest';
import type { ProgressUpdate } from '../plan-json';
import { currentPosition, importedAt, IMPORTED_AT_META, latestUpdate, markImported, positionSource } from './position';
import { action, smallPlan } from '../../testing/meetings';

const update = (id: string, date: string, text = `note ${id}`, author = 'Bo'): ProgressUpdate =>
  ({ id, date, author, meetingId: null, text });
const IMPORTED = '2015-10-01T09:00:00.000Z';

describe('current position', () => {
  it('is the progress the plan came with, dated by the import, while no newer update exists', () => {
    const a = action('a', { progress: 'Training booked for all practices.' });
    expect(currentPosition(a, IMPORTED)).toEqual({ kind: 'imported', text: 'Training booked for all practices.', importedAt: IMPORTED });
    // An update back-dated before the import is older news than the plan.
    const older = action('a', { progress: 'Training booked.', updates: [update('u1', '2015-09-20')] });
    expect(currentPosition(older, IMPORTED).kind).toBe('imported');
  });

  it('is the latest update once one is dated on or after the day of import', () => {
    const sameDay = action('a', { progress: 'Training booked.', updates: [update('u1', '2015-10-01', 'First cohort trained')] });
    expect(currentPosition(sameDay, IMPORTED)).toEqual({ kind: 'update', text: 'First cohort trained', date: '2015-10-01', author: 'Bo', meetingId: null });
    const two = action('a', { progress: 'x', updates: [update('u2', '2016-01-14T10:00:00.000Z', 'later'), update('u1', '2015-11-12', 'earlier')] });
    expect(currentPosition(two, IMPORTED)).toMatchObject({ kind: 'update', text: 'later' });
  });

  it('takes any update when the import date is unknown, and is none when nothing is written', () => {
    const a = action('a', { progress: 'Written by hand', updates: [update('u1', '2001-01-01')] });
    expect(currentPosition(a, null).kind).toBe('update');
    expect(currentPosition(action('a', { progress: '  \n ' }), IMPORTED)).toEqual({ kind: 'none' });
    expect(currentPosition(action('a', { progress: 'Only the plan' }), null)).toEqual({ kind: 'imported', text: 'Only the plan', importedAt: null });
  });

  it('picks the later-recorded of two updates with one date', () => {
    expect(latestUpdate([update('u1', '2016-01-14', 'first'), update('u2', '2016-01-14', 'second')])?.text).toBe('second');
    expect(latestUpdate([])).toBeNull();
  });

  it('reads the import date from the meta entry, else from ratings the importer read', () => {
    const plan = smallPlan({ a5: { ragHistory: [{ at: '2015-10-02T08:00:00.000Z', by: 'import', meetingId: null, rag: 'red' }] } });
    expect(importedAt(plan)).toBe('2015-10-02T08:00:00.000Z');
    const marked = markImported(plan, IMPORTED);
    expect(marked.meta[IMPORTED_AT_META]).toBe(IMPORTED);
    expect(plan.meta[IMPORTED_AT_META]).toBeUndefined();
    expect(importedAt(marked)).toBe(IMPORTED);
    expect(importedAt(smallPlan())).toBeNull();
    expect(importedAt({ ...smallPlan(), meta: { [IMPORTED_AT_META]: 'last week' } })).toBeNull();
  });

  it('says where a position comes from in the reader\'s locale', () => {
    const imported = currentPosition(action('a', { progress: 'x' }), IMPORTED);
    expect(positionSource(imported)).toBe('from the plan as imported on 1 October 2015');
    expect(positionSource(imported, 'en-US')).toBe('from the plan as imported on October 1, 2015');
    expect(positionSource({ kind: 'imported', text: 'x', importedAt: null })).toBe('from the plan');
    const updated = currentPosition(action('a', { updates: [update('u1', '2016-01-14T10:00:00.000Z', 'y', 'Ann Chair')] }), null);
    expect(positionSource(updated)).toBe('update of 14 January 2016 by Ann Chair');
    expect(positionSource({ kind: 'none' })).toBe('no update recorded');
  });
});
