import type { Attendee } from '@concord/shared/plan-json';

/** Attendees as editable lines: "Name, Organisation". */
export function attendeesToLines(attendees: readonly Attendee[]): string {
  return attendees.map((a) => (a.organisation ? `${a.name}, ${a.organisation}` : a.name)).join('\n');
}

/** Reads "Name, Organisation" lines back; the first comma splits, blank lines are skipped, nothing else dropped. */
export function linesToAttendees(text: string): Attendee[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const comma = line.indexOf(',');
      if (comma < 0) return { name: line, organisation: '' };
      return { name: line.slice(0, comma).trim(), organisation: line.slice(comma + 1).trim() };
    });
}
