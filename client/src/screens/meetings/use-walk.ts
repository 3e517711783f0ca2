import { useState } from 'react';
import { meetingProgress, headline, type Meeting, type MeetingProgress, type Plan, type Rag } from '@concord/shared';
import type { PlanMutators } from '../../data/plan';
import { ragWord } from '../../lib/rag-words';
import { meetingErrorText, ragMeaning } from './meeting-words';

export type MarkKind = 'deferred' | 'lead-absent';

export interface Walk {
  progress: MeetingProgress;
  /** The action on screen; null when the agenda is empty. */
  actionId: string | null;
  index: number;
  /** The last thing said in the live region. */
  message: string;
  say: (text: string) => void;
  goTo: (actionId: string) => void;
  step: (delta: 1 | -1) => boolean;
  rate: (rag: Rag) => void;
  saveUpdate: (text: string) => boolean;
  /** Marks or takes back a mark; with `advance`, a new mark moves on to the next action. */
  toggleMark: (kind: MarkKind, advance?: boolean) => void;
  /** Whether the action on screen holds the mark. */
  marked: (kind: MarkKind) => boolean;
  confirm: (rag: Rag) => void;
  end: () => boolean;
  reopen: () => boolean;
}

export const MARK_WORDS: Record<MarkKind, string> = { deferred: 'Deferred', 'lead-absent': 'Lead absent, to chase' };

/** The walk-through's position and its commands; every capture is stamped with the meeting, `who` and now. */
export function useWalk(plan: Plan, meeting: Meeting, mutators: PlanMutators, who: string): Walk {
  const progress = meetingProgress(plan, meeting.id);
  const [current, setCurrent] = useState<string | null>(() => progress.next ?? progress.agenda[0] ?? null);
  const [message, say] = useState('');
  const actionId = current && progress.agenda.includes(current) ? current : (progress.agenda[0] ?? null);
  const index = actionId ? progress.agenda.indexOf(actionId) : -1;

  const attempt = (fn: (id: string) => void, done: string): boolean => {
    if (!actionId) {
      say('There are no actions on this agenda.');
      return false;
    }
    try {
      fn(actionId);
      say(done);
      return true;
    } catch (e) {
      say(meetingErrorText(e));
      return false;
    }
  };
  const marked = (kind: MarkKind) => actionId !== null && (kind === 'deferred' ? progress.deferred : progress.leadAbsent).includes(actionId);
  const whereIs = (id: string): string => {
    const action = plan.sections.flatMap((s) => s.groups.flatMap((g) => g.actions)).find((a) => a.id === id);
    const at = progress.agenda.indexOf(id);
    return `Action ${at + 1} of ${progress.agenda.length}${action ? `: ${action.ref ? `${action.ref} ` : ''}${headline(action.text, 100)}` : ''}`;
  };
  const goTo = (id: string, before = '') => {
    setCurrent(id);
    say(`${before}${whereIs(id)}`);
  };
  const toggleMark = (kind: MarkKind, advance = false) => {
    const on = marked(kind);
    const done = on ? `${MARK_WORDS[kind]}: taken back.` : `${MARK_WORDS[kind]}.`;
    const write = (id: string) =>
      on ? mutators.clearMeetingMark(meeting.id, id, kind, who) : kind === 'deferred' ? mutators.deferInMeeting(meeting.id, id, who) : mutators.markLeadAbsent(meeting.id, id, who);
    if (!attempt(write, done) || on || !advance) return;
    const next = progress.agenda[index + 1];
    if (next) goTo(next, `${done} Next: `);
    else say(`${done} That was the last action on the agenda.`);
  };
  const setState = (fn: () => void, done: string): boolean => {
    try {
      fn();
      say(done);
      return true;
    } catch (e) {
      say(meetingErrorText(e));
      return false;
    }
  };
  return {
    progress,
    actionId,
    index,
    message,
    say,
    goTo,
    step: (delta) => {
      const next = progress.agenda[index + delta];
      if (next) goTo(next);
      else say(delta > 0 ? 'This is the last action on the agenda.' : 'This is the first action on the agenda.');
      return next !== undefined;
    },
    rate: (rag) =>
      void attempt((id) => mutators.rateInMeeting(meeting.id, id, rag, who), `Rated ${ragWord(rag)}: ${ragMeaning(plan.legend, rag).meaning}`),
    saveUpdate: (text) => attempt((id) => void mutators.updateInMeeting(meeting.id, id, text, who), 'Update saved.'),
    toggleMark,
    marked,
    confirm: (rag) => void attempt((id) => mutators.confirmRating(meeting.id, id, rag, who), `Confirmed ${ragWord(rag)}.`),
    end: () => setState(() => mutators.endMeeting(meeting.id), 'Meeting ended. The minutes are ready to open.'),
    reopen: () => setState(() => mutators.reopenMeeting(meeting.id), 'Meeting reopened: you can record again.'),
  };
}
