import type { Meeting, MeetingMark, MeetingMarkKind } from '../plan-json';

/** Marks in a deterministic order: time, person, then a clearing after a mark made at the same instant. */
function compareMarks(a: MeetingMark, b: MeetingMark): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  if (a.by !== b.by) return a.by < b.by ? -1 : 1;
  return Number(a.cleared) - Number(b.cleared);
}

/** The ids of actions whose latest `kind` mark in the meeting holds (was not cleared), in the order first marked. */
export function markedActions(meeting: Meeting, kind: MeetingMarkKind): string[] {
  const latest = new Map<string, MeetingMark>();
  for (const mark of [...(meeting.marks ?? [])].sort(compareMarks)) {
    if (mark.kind === kind) latest.set(mark.actionId, mark);
  }
  return [...latest.values()].filter((m) => !m.cleared).map((m) => m.actionId);
}
