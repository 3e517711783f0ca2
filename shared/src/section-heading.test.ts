import { describe, expect, it } from 'vitest';
import { sectionHeading, sectionNumberPrefix } from './section-heading';

describe('sectionHeading', () => {
  it.each([
    [{ number: '1', title: 'Commissioning' }, '1. Commissioning'],
    [{ number: '1.', title: 'Commissioning' }, '1. Commissioning'],
    [{ number: '1.2', title: 'Data' }, '1.2 Data'],
    [{ number: '3', title: 'Objective 3 – Recovery' }, 'Objective 3 – Recovery'],
    [{ number: 'B', title: 'Section B: Response' }, 'Section B: Response'],
    [{ number: '2', title: 'Commissioning for 2 areas' }, '2. Commissioning for 2 areas'],
    [{ number: null, title: 'EARLY HELP' }, 'EARLY HELP'],
  ])('%j reads %j', (section, heading) => {
    expect(sectionHeading(section)).toBe(heading);
  });

  it('shows no number before a title that names it', () => {
    expect(sectionNumberPrefix({ number: '3', title: 'Objective 3 – Recovery' })).toBeNull();
    expect(sectionNumberPrefix({ number: '3', title: 'Recovery' })).toBe('3.');
  });
});
