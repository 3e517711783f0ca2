import { describe, expect, it } from 'vitest';
import type { RagEntry } from '../plan-json';
import { currentRag, ragConflict, ragCounts } from './rag';
import { richPlan } from '../../testing/model';

const e = (at: string, by: string, rag: RagEntry['rag'], meetingId: string | null = null): RagEntry => ({ at, by, rag, meetingId });

describe('currentRag', () => {
  it('is the latest entry, whatever order the history is in', () => {
    const h = [e('2016-01-02', 'A', 'green'), e('2016-01-03', 'B', 'red'), e('2016-01-01', 'C', 'amber')];
    expect(currentRag(h)).toBe('red');
    expect(currentRag([...h].reverse())).toBe('red');
    expect(currentRag([])).toBeNull();
  });

  it('breaks a tie in time by person, then by rating', () => {
    expect(currentRag([e('t', 'Bo', 'red'), e('t', 'Ann', 'green')])).toBe('red');
    expect(currentRag([e('t', 'Ann', 'amber'), e('t', 'Ann', 'green')])).toBe('green');
    expect(currentRag([e('t', 'Ann', 'green'), e('t', 'Ann', 'amber')])).toBe('green');
  });
});

describe('ragConflict', () => {
  it('shows the latest entry of each person who disagrees since the last meeting rating', () => {
    const h = [
      e('2016-01-01', 'Chair', 'amber', 'm1'),
      e('2016-01-05', 'Ann', 'red'),
      e('2016-01-06', 'Bo', 'green'),
      e('2016-01-07', 'Ann', 'green'),
      e('2016-01-08', 'Cy', 'red'),
    ];
    expect(ragConflict(h)).toEqual([h[2], h[3], h[4]]);
  });

  it('is empty when everyone agrees, when one person rated, or after a meeting rating', () => {
    expect(ragConflict([e('1', 'A', 'red'), e('2', 'B', 'red')])).toEqual([]);
    expect(ragConflict([e('1', 'A', 'red'), e('2', 'A', 'green')])).toEqual([]);
    expect(ragConflict([e('1', 'A', 'red'), e('2', 'B', 'green'), e('3', 'C', 'amber', 'm')])).toEqual([]);
    expect(ragConflict([])).toEqual([]);
  });
});

describe('ragCounts', () => {
  it('counts current ratings of live actions only', () => {
    // richPlan: a1 amber (live), a2 green (archived), a3 none (in an archived section).
    expect(ragCounts(richPlan())).toEqual({ red: 0, amber: 1, green: 0, blue: 0, none: 0 });
  });
});
