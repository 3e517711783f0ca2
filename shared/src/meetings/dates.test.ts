import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './dates';

describe('dates in the reader\'s locale', () => {
  it('writes day-month for en-GB and month-day for en-US, never shifting the day written', () => {
    expect(formatDate('2016-03-31')).toBe('31 March 2016');
    expect(formatDate('2016-03-31', 'en-GB')).toBe('31 March 2016');
    expect(formatDate('2016-03-31', 'en-US')).toBe('March 31, 2016');
    // The date part as written, whatever the time and zone after it.
    expect(formatDate('2015-11-02T23:30:00.000-05:00', 'en-GB')).toBe('2 November 2015');
  });

  it('gives back anything that is not a real ISO date unchanged, and falls back on an unknown locale', () => {
    expect(formatDate('March 2016')).toBe('March 2016');
    expect(formatDate('2016-13-01')).toBe('2016-13-01');
    expect(formatDate('2016-02-30')).toBe('2016-02-30');
    expect(formatDate('2016-03-31', 'not a locale!')).toBe('31 March 2016');
  });

  it('writes times on a 24-hour clock for en-GB and with AM/PM for en-US', () => {
    const at = '2016-01-14T14:05:00.000Z';
    expect(formatDateTime(at, 'en-GB', 'Europe/London')).toBe('14 January 2016 at 14:05');
    expect(formatDateTime(at, 'en-US', 'Europe/London')).toBe('January 14, 2016 at 2:05 PM');
    expect(formatDateTime('2016-01-14', 'en-US')).toBe('January 14, 2016');
    expect(formatDateTime('soon')).toBe('soon');
  });
});
