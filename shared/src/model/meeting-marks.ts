import { MEETING_MARK_KINDS, type MeetingMark, type MeetingMarkKind } from '../plan-json';
import { ModelError } from './errors';
import { appendTo } from './history';
import { requireItem } from './items';
import { MEETING_KEY } from './schema';
import { mutate } from './transact';
import type { Origin, PlanDoc } from './types';
import * as v from './validate';

// Marks are appended, never edited, so a facilitator and a co-chair marking items offline both keep their marks.

/**
 * Records that an action was deferred, or its lead absent, in a meeting (or, with `cleared: true`, takes that mark
 * back). `at` defaults to now. Throws ModelError 'not-found' for an unknown meeting or action, 'invalid' for a bad
 * kind or person; nothing is written then.
 */
export function addMeetingMark(
  doc: PlanDoc,
  meetingId: string,
  mark: { actionId: string; kind: MeetingMarkKind; by: string; at?: string; cleared?: boolean },
  origin?: Origin,
): void {
  const meeting = requireItem(doc, 'meeting', meetingId);
  v.obj(mark, 'mark');
  requireItem(doc, 'action', v.id(mark.actionId, 'mark.actionId'));
  if (!(MEETING_MARK_KINDS as readonly unknown[]).includes(mark.kind)) {
    throw new ModelError('invalid', `expected one of ${MEETING_MARK_KINDS.join(', ')}`, 'mark.kind');
  }
  const entry: MeetingMark = {
    actionId: mark.actionId,
    kind: mark.kind,
    by: v.str(mark.by, 'mark.by'),
    at: mark.at === undefined ? new Date().toISOString() : v.str(mark.at, 'mark.at'),
    cleared: mark.cleared === undefined ? false : v.bool(mark.cleared, 'mark.cleared'),
  };
  mutate(doc, origin, () => appendTo(meeting, MEETING_KEY.marks, entry));
}
