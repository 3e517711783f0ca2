import { useState } from 'react';
import { meetingProgress, headline, type Meeting, type MeetingProgress, type Plan, type Rag } from '@concord/shared';
import type { PlanMutators } from '../../data/plan';
import { ragWord } from '../../lib/rag-words';
import { meetingErrorText, ragMeaning } from './meeting-words';

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
  toggleMark: (kind: 'deferred' | 'lead-absent') => void;
  confirm: (rag: Rag) => void;
  end: () => void;
}

/** The walk-through's position and its commands; every capture is stamped with the meeting, `who` and now. */
export function useWalk(plan: Plan, meeting: Meeting, mutators: PlanMutators, who: string): Walk {
  const progress = meetingProgress(plan, meeting.id);
  const [current, setCurrent] = useState<string | null>(() => progress.next ?? progress.agenda[0] ?? null);
  const [message, say] = useState('');
  const actionId = current && progress.agenda.includes(current) ? current : (progress.agenda[0] ?? null);
  const index = actionId ? progress.agenda.indexOf(actionId) : -1;

  const attempt = (fn: (id: string) => void, done: string) => {
    if (!actionId) return say('There are no actions on this agenda.');
    try {
      fn(actionId);
      say(done);
    } catch (e) {
      say(meetingErrorText(e));
    }
  };
  const marked = (kind: 'deferred' | 'lead-absent') =>
    actionId !== null && (kind === 'deferred' ? progress.deferred : progress.leadAbsent).includes(actionId);
  const markWord = (kind: 'deferred' | 'lead-absent') => (kind === 'deferred' ? 'Deferred' : 'Lead absent, to chase');

  const goTo = (id: string) => {
    setCurrent(id);
    const at = progress.agenda.indexOf(id);
    const action = plan.sections.flatMap((s) => s.groups.flatMap((g) => g.actions)).find((a) => a.id === id);
    say(`Action ${at + 1} of ${progress.agenda.length}${action ? `: ${action.ref ? `${action.ref} ` : ''}${headline(action.text, 100)}` : ''}`);
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
      attempt((id) => mutators.rateInMeeting(meeting.id, id, rag, who), `Rated ${ragWord(rag)}: ${ragMeaning(plan.legend, rag).meaning}`),
    saveUpdate: (text) => {
      let saved = false;
      attempt((id) => {
        mutators.updateInMeeting(meeting.id, id, text, who);
        saved = true;
      }, 'Update saved.');
      return saved;
    },
    toggleMark: (kind) => {
      const on = marked(kind);
      attempt(
        (id) => (on ? mutators.clearMeetingMark(meeting.id, id, kind, who) : kind === 'deferred' ? mutators.deferInMeeting(meeting.id, id, who) : mutators.markLeadAbsent(meeting.id, id, who)),
        on ? `${markWord(kind)}: taken back.` : `${markWord(kind)}.`,
      );
    },
    confirm: (rag) => attempt((id) => mutators.confirmRating(meeting.id, id, rag, who), `Confirmed ${ragWord(rag)}.`),
    end: () => {
      try {
        mutators.endMeeting(meeting.id);
        say('Meeting ended.');
      } catch (e) {
        say(meetingErrorText(e));
      }
    },
  };
}
