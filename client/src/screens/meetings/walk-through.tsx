import { useEffect, useRef, useState } from 'react';
import { liveActions, type Meeting, type Plan } from '@concord/shared';
import type { PlanHandle, PlanMutators } from '../../data/plan';
import { useSettings } from '../../data';
import { useAnnouncePresence, usePeers } from '../../data/presence';
import { useWalk } from './use-walk';
import { useWalkKeys } from './use-walk-keys';
import { useSwipe } from './use-swipe';
import { useAdvanceAfterMark } from './use-advance-setting';
import { WalkCounts, WalkNav } from './walk-nav';
import { WalkGrid } from './walk-grid';
import { ShortcutsButton, ShortcutsDialog } from './shortcuts';
import { EndMeetingDialog } from './end-meeting-dialog';
import { EndedPanel } from './ended-panel';
import { JumpListDialog } from './jump-list-dialog';
import { PresencePanel, useFollow } from './presence-panel';

interface Props {
  plan: Plan;
  meeting: Meeting;
  handle: PlanHandle;
  mutators: PlanMutators;
}

type Open = 'help' | 'end' | 'jump' | null;

/**
 * One agenda action at a time, for a projector or a phone: capture by keyboard, mouse or touch, moving by the
 * Previous / Next buttons, a swipe, the list of actions or a key; progress, presence and following.
 */
export function WalkThrough({ plan, meeting, handle, mutators }: Props) {
  const settings = useSettings();
  const who = settings.displayName || 'Someone on this device';
  const walk = useWalk(plan, meeting, mutators, who);
  const live = meeting.state === 'live';
  const [facilitatingChoice, setFacilitating] = useState<boolean | null>(null);
  const facilitating = facilitatingChoice ?? (settings.displayName !== '' && settings.displayName === meeting.facilitator);
  const [following, setFollowing] = useState(false);
  const [open, setOpen] = useState<Open>(null);
  const [advance, setAdvance] = useAdvanceAfterMark();
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [minutesFocus, setMinutesFocus] = useState(false);
  const endedHere = useRef(false);
  const updateField = useRef<HTMLTextAreaElement>(null);
  const peers = usePeers(handle);
  useAnnouncePresence(handle, { name: who, organisation: settings.organisation, meetingId: meeting.id, actionId: walk.actionId, facilitating });
  useFollow(following && !facilitating, peers, meeting.id, walk);
  useShowNewAction(walk.actionId);

  const capture = (fn: () => void) => () => (live ? fn() : walk.say('This meeting has ended: reopen it to record more.'));
  // Moving by hand stops following the facilitator (the announcement that follows says where we are now).
  const stopFollowing = () => following && setFollowing(false);
  const move = (delta: 1 | -1) => {
    stopFollowing();
    walk.step(delta);
  };
  const jumpTo = (id: string) => {
    stopFollowing();
    walk.goTo(id);
  };
  const swipe = useSwipe(move);
  useWalkKeys(
    {
      r: capture(() => walk.rate('red')),
      a: capture(() => walk.rate('amber')),
      g: capture(() => walk.rate('green')),
      b: capture(() => walk.rate('blue')),
      u: capture(() => updateField.current?.focus()),
      n: () => move(1),
      p: () => move(-1),
      j: () => setOpen('jump'),
      d: capture(() => walk.toggleMark('deferred', advance)),
      l: capture(() => walk.toggleMark('lead-absent', advance)),
      e: capture(() => setOpen('end')),
      '?': () => setOpen('help'),
    },
    true,
  );
  const placed = liveActions(plan).find((p) => p.action.id === walk.actionId) ?? null;
  const closeDialog = () => {
    setOpen(null);
    // Focus came back from the dialog first; now the minutes link takes it.
    if (endedHere.current) setMinutesFocus(true);
    endedHere.current = false;
  };
  return (
    <div className="walk-through" data-action-id={walk.actionId ?? ''}>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" id="walk-announcer">
        {walk.message}
      </p>
      <WalkNav walk={walk} onStep={move} onJump={() => setOpen('jump')} />
      <WalkCounts plan={plan} walk={walk}>
        <ShortcutsButton onHelp={() => setOpen('help')} />
        {live && (
          <button type="button" className="walk-end" onClick={() => setOpen('end')}>
            End meeting <kbd className="key-hint" aria-hidden="true">E</kbd>
          </button>
        )}
      </WalkCounts>
      {!live && (
        <EndedPanel
          planId={plan.id}
          meetingId={meeting.id}
          focusMinutes={minutesFocus}
          onReopen={() => {
            setMinutesFocus(false);
            return walk.reopen();
          }}
        />
      )}
      {placed ? (
        <WalkGrid
          plan={plan}
          placed={placed}
          meetingId={meeting.id}
          live={live}
          walk={walk}
          swipe={swipe}
          draft={drafts[placed.action.id] ?? ''}
          onDraft={(text) => setDrafts((d) => ({ ...d, [placed.action.id]: text }))}
          field={updateField}
          advance={advance}
          onAdvance={setAdvance}
        />
      ) : (
        <p className="empty">There are no actions on this meeting&rsquo;s agenda.</p>
      )}
      <PresencePanel
        handle={handle}
        plan={plan}
        meetingId={meeting.id}
        peers={peers}
        facilitating={facilitating}
        onFacilitating={setFacilitating}
        following={following}
        onFollowing={setFollowing}
      />
      {open === 'help' && <ShortcutsDialog onClose={closeDialog} />}
      {open === 'jump' && <JumpListDialog plan={plan} walk={walk} onChoose={jumpTo} onClose={closeDialog} />}
      {open === 'end' && (
        <EndMeetingDialog
          progress={walk.progress}
          unsaved={Object.values(drafts).filter((d) => d.trim() !== '').length}
          onEnd={() => {
            endedHere.current = walk.end();
          }}
          onClose={closeDialog}
        />
      )}
    </div>
  );
}

/**
 * A new action is read from its top: after Next at the foot of a long action (a phone's bottom bar), the page
 * would otherwise stay scrolled into the middle of the next one.
 */
function useShowNewAction(actionId: string | null): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.querySelector('.walk-main');
    if (main && main.getBoundingClientRect().top < 0) main.scrollIntoView({ block: 'start' });
  }, [actionId]);
}
