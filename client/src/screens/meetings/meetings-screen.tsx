import { usePlan } from '../../data/plan';
import { useSettings } from '../../data';
import { useAnnouncePresence } from '../../data/presence';
import { ViewOnlyNotice } from '../../components/access-notices';
import { SyncIndicator } from '../../components/sync-indicator';
import { href } from '../../routing/hash-route';
import { useDocumentTitle } from '../../lib/use-document-title';
import { MeetingList } from './meeting-list';
import { NewMeetingForm } from './new-meeting-form';
import { MeetingView } from './meeting-view';
import { PresencePanel } from './presence-panel';
import './meetings.css';

interface Props {
  planId: string;
  meetingId: string | null;
}

/** A plan's meetings (#/plan/:id/meetings) and one meeting's walk-through (#/plan/:id/meeting/:meetingId). */
export default function MeetingsScreen({ planId, meetingId }: Props) {
  const { plan, handle, mutators, syncState, readOnly, viewer, newer } = usePlan(planId);
  const settings = useSettings();
  useDocumentTitle(plan ? `Meetings · ${plan.title}` : null);
  // On the list, say who is here; the walk-through announces itself with the action it shows.
  useAnnouncePresence(handle, meetingId || !settings.displayName ? null : presenceOf(settings));

  // A meeting's address waits for the role too (read-only and not a viewer: not read yet), not to flash the list.
  // A plan saved by a newer version is read-only for good (until the update): it shows the list, never waits.
  if (!plan || !mutators || !handle || (meetingId && readOnly && !viewer && !newer)) {
    return (
      <section className="panel">
        <SyncIndicator state={syncState} />
        <p className="loading">Opening the plan…</p>
      </section>
    );
  }
  if (meetingId && !readOnly) {
    return <MeetingView plan={plan} handle={handle} mutators={mutators} meetingId={meetingId} syncState={syncState} />;
  }
  return (
    <div className="meetings-screen">
      <div className="plan-head">
        <p className="crumbs">
          <a href={href.plans()}>Plans on this device</a> › <a href={href.plan(planId)}>{plan.title}</a>
        </p>
        <h1>Meetings</h1>
        <SyncIndicator state={syncState} />
      </div>
      {viewer && <ViewOnlyNotice />}
      <MeetingList plan={plan} />
      {!readOnly && <NewMeetingForm plan={plan} mutators={mutators} />}
      <PresencePanel handle={handle} plan={plan} meetingId={null} />
    </div>
  );
}

function presenceOf(settings: { displayName: string; organisation: string }) {
  return { name: settings.displayName, organisation: settings.organisation, meetingId: null, actionId: null, facilitating: false };
}
