import { useRef, useState } from 'react';
import { liveActions, type Meeting, type Plan } from '@concord/shared';
import type { PlanHandle, PlanMutators } from '../../data/plan';
import { useSettings } from '../../data';
import { useAnnouncePresence, usePeers } from '../../data/presence';
import { useWalk } from './use-walk';
import { useWalkKeys } from './use-walk-keys';
import { WalkProgress } from './walk-progress';
import { WalkAction } from './walk-action';
import { WalkCapture } from './walk-capture';
import { RatingConfirm } from './rating-confirm';
import { ShortcutStrip, ShortcutsDialog } from './shortcuts';
import { EndMeetingDialog } from './end-meeting-dialog';
import { PresencePanel, useFollow } from './presence-panel';

interface Props {
  plan: Plan;
  meeting: Meeting;
  handle: PlanHandle;
  mutators: PlanMutators;
}

/** One agenda action at a time, for a projector: capture by keyboard, progress, presence and following. */
export function WalkThrough({ plan, meeting, handle, mutators }: Props) {
  const settings = useSettings();
  const who = settings.displayName || 'Someone on this device';
  const walk = useWalk(plan, meeting, mutators, who);
  const live = meeting.state === 'live';
  const [facilitatingChoice, setFacilitating] = useState<boolean | null>(null);
  const facilitating = facilitatingChoice ?? (settings.displayName !== '' && settings.displayName === meeting.facilitator);
  const [following, setFollowing] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [endOpen, setEndOpen] = useState(false);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const updateField = useRef<HTMLTextAreaElement>(null);
  const peers = usePeers(handle);
  useAnnouncePresence(handle, {
    name: who,
    organisation: settings.organisation,
    meetingId: meeting.id,
    actionId: walk.actionId,
    facilitating,
  });
  useFollow(following && !facilitating, peers, meeting.id, walk);

  const capture = (fn: () => void) => () => (live ? fn() : walk.say('This meeting has ended: nothing more can be recorded in it.'));
  const move = (delta: 1 | -1) => () => {
    if (following) {
      setFollowing(false);
      walk.say('Stopped following the facilitator.');
    }
    walk.step(delta);
  };
  useWalkKeys(
    {
      r: capture(() => walk.rate('red')),
      a: capture(() => walk.rate('amber')),
      g: capture(() => walk.rate('green')),
      b: capture(() => walk.rate('blue')),
      u: capture(() => updateField.current?.focus()),
      n: move(1),
      p: move(-1),
      d: capture(() => walk.toggleMark('deferred')),
      l: capture(() => walk.toggleMark('lead-absent')),
      e: capture(() => setEndOpen(true)),
      '?': () => setHelpOpen(true),
    },
    true,
  );
  const placed = liveActions(plan).find((p) => p.action.id === walk.actionId) ?? null;
  return (
    <div className="walk-through" data-action-id={walk.actionId ?? ''}>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" id="walk-announcer">
        {walk.message}
      </p>
      <WalkProgress plan={plan} walk={walk} />
      <ShortcutStrip onHelp={() => setHelpOpen(true)} onEnd={live ? () => setEndOpen(true) : null} />
      {!live && <p className="notice">This meeting has ended. You can look back through it; nothing more can be recorded.</p>}
      {placed ? (
        <div className="walk-grid">
          <WalkAction placed={placed} index={walk.index} total={walk.progress.agenda.length} progress={walk.progress} />
          <div className="walk-side">
            <WalkCapture
              key={placed.action.id}
              plan={plan}
              action={placed.action}
              meetingId={meeting.id}
              live={live}
              walk={walk}
              draft={drafts[placed.action.id] ?? ''}
              onDraft={(text) => setDrafts((d) => ({ ...d, [placed.action.id]: text }))}
              field={updateField}
            />
            <RatingConfirm plan={plan} actionId={placed.action.id} live={live} onConfirm={walk.confirm} />
          </div>
        </div>
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
      {helpOpen && <ShortcutsDialog onClose={() => setHelpOpen(false)} />}
      {endOpen && <EndMeetingDialog progress={walk.progress} onEnd={walk.end} onClose={() => setEndOpen(false)} />}
    </div>
  );
}

