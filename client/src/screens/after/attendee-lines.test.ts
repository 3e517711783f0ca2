import { describe, expect, it } from 'vitest';
import { attendeesToLines, linesToAttendees } from './attendee-lines';

describe('attendee lines', () => {
  it('round-trips names and organisations, splitting at the first comma only', () => {
    const attendees = [
      { name: 'Ann Chair', organisation: 'Nottingham City CCG' },
      { name: 'Cy Patel', organisation: 'Nottinghamshire Healthcare, NHS Foundation Trust' },
      { name: 'Dee Jones', organisation: '' },
    ];
    expect(linesToAttendees(attendeesToLines(attendees))).toEqual(attendees);
  });

  it('skips blank lines and trims, keeping every written word', () => {
    expect(linesToAttendees('  Bo Reed ,  Police \n\n\nMind')).toEqual([
      { name: 'Bo Reed', organisation: 'Police' },
      { name: 'Mind', organisation: '' },
    ]);
  });
});
