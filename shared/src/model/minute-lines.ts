import * as Y from 'yjs';
import { requireItem, type YItem } from './items';
import { MEETING_KEY } from './schema';
import { applyTextDiff } from './text-diff';
import { mutate } from './transact';
import type { Origin, PlanDoc } from './types';
import * as v from './validate';

// A meeting's minute lines are one Y.Text per discussed action, so two people editing the minutes offline both
// keep their words. A Y.Text made for the same action on two replicas at once would keep only one replica's text,
// so lines are made empty ahead of editing (when the meeting ends, when the draft is opened) by addMinuteLines,
// and an empty line means "not edited": the minutes then show the updates the meeting recorded.

/** The meeting's map of lines; meetings created before minute lines existed get one on first use. */
function linesOf(meeting: YItem): Y.Map<Y.Text> {
  const lines = meeting.get(MEETING_KEY.minuteLines);
  if (lines instanceof Y.Map) return lines as Y.Map<Y.Text>;
  const made = new Y.Map<Y.Text>();
  meeting.set(MEETING_KEY.minuteLines, made);
  return made;
}

function checkActions(doc: PlanDoc, actionIds: readonly string[]): void {
  v.arr(actionIds, 'actionIds').forEach((id, i) => requireItem(doc, 'action', v.id(id, `actionIds[${i}]`)));
}

/**
 * Makes an empty (not edited) minute line in the meeting for each action that has none yet; writes nothing when
 * all exist. Throws ModelError 'not-found' for an unknown meeting or action, 'invalid' for a bad id; nothing is
 * written then.
 */
export function addMinuteLines(doc: PlanDoc, meetingId: string, actionIds: readonly string[], origin?: Origin): void {
  const meeting = requireItem(doc, 'meeting', meetingId);
  checkActions(doc, actionIds);
  const existing = meeting.get(MEETING_KEY.minuteLines);
  const missing = actionIds.filter((id) => !(existing instanceof Y.Map && existing.get(id) instanceof Y.Text));
  if (missing.length === 0) return;
  mutate(doc, origin, () => {
    const lines = linesOf(meeting);
    for (const id of new Set(missing)) lines.set(id, new Y.Text());
  });
}

/**
 * Sets the minutes' line of an action in a meeting by its minimal diff (concurrent edits merge). An empty text
 * takes the edit back (the minutes show the recorded updates again). Makes the line if it is missing.
 * Throws ModelError 'not-found' for an unknown meeting or action, 'invalid' for a non-string text.
 */
export function setMinuteLine(doc: PlanDoc, meetingId: string, actionId: string, text: string, origin?: Origin): void {
  const meeting = requireItem(doc, 'meeting', meetingId);
  checkActions(doc, [actionId]);
  v.str(text, 'text');
  const current = meeting.get(MEETING_KEY.minuteLines);
  const line = current instanceof Y.Map ? current.get(actionId) : undefined;
  if (line instanceof Y.Text && line.toString() === text) return;
  mutate(doc, origin, () => {
    const lines = linesOf(meeting);
    let target = lines.get(actionId);
    if (!(target instanceof Y.Text)) {
      target = new Y.Text();
      lines.set(actionId, target);
    }
    applyTextDiff(target, text);
  });
}
