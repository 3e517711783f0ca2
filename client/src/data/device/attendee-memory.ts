// People this device has had in meetings, so the next meeting's attendee list starts from them. Kept in the
// device database's settings table (a device preference, not plan data: the plan's meeting holds its own list).
import { useLiveQuery } from 'dexie-react-hooks';
import type { Attendee } from '@concord/shared/plan-json';
import { deviceDb } from './device-db';

interface AttendeeMemoryRow {
  key: 'attendees';
  value: Attendee[];
}

const MAX_REMEMBERED = 200;
const memory = () => deviceDb.table<AttendeeMemoryRow, 'attendees'>('settings');
const sameAttendee = (a: Attendee, b: Attendee) =>
  a.name.trim().toLowerCase() === b.name.trim().toLowerCase() &&
  a.organisation.trim().toLowerCase() === b.organisation.trim().toLowerCase();

/** Attendees remembered on this device, most recent first; [] while loading. */
export function useRememberedAttendees(): Attendee[] {
  return useLiveQuery(async () => (await memory().get('attendees'))?.value ?? [], []) ?? [];
}

/** Puts these attendees at the front of the device's list (without duplicates). */
export async function rememberAttendees(attendees: Attendee[]): Promise<void> {
  const named = attendees.filter((a) => a.name.trim() !== '');
  await deviceDb.transaction('rw', deviceDb.settings, async () => {
    const old = (await memory().get('attendees'))?.value ?? [];
    const rest = old.filter((o) => !named.some((n) => sameAttendee(n, o)));
    await memory().put({ key: 'attendees', value: [...named, ...rest].slice(0, MAX_REMEMBERED) });
  });
}
