import { lazy, Suspense, useEffect, useMemo } from 'react';
import { planLeads } from '@concord/shared';
import { refreshMembers, useGroup, usePlanSet } from '../../data/groups';
import { href, type GroupView } from '../../routing/hash-route';
import { refusalWords } from '../../lib/refusal-words';
import type { GroupPage } from './group-context';
import { GroupHomeView } from './group-home';
import { GroupMembersView } from './group-members';
import { GroupPlansView } from './group-plans';
import { GroupMeetingsView } from './group-meetings';
import { GroupMeetingView } from './group-meeting';
import { GroupMinutesView } from './group-minutes';
import { GroupMyActionsView } from './group-my-actions';
import '../../styles/after.css';
import './groups.css';

// Chart.js only for the dashboard: its own chunk.
const GroupDashboardView = lazy(() => import('./group-dashboard'));

const NAV: { view: GroupView; label: string }[] = [
  { view: 'home', label: 'Home' },
  { view: 'dashboard', label: 'Dashboard' },
  { view: 'meetings', label: 'Meetings' },
  { view: 'my-actions', label: 'My actions' },
  { view: 'plans', label: 'Plans' },
  { view: 'members', label: 'Members' },
];

const SYNC_WORDS = { offline: 'Offline: the group is on this device', connecting: 'Connecting to the server…', synced: 'Synced with the server', refused: 'The server refused this group' };

interface Props {
  groupId: string;
  view: GroupView;
  meetingId: string | null;
}

/** A working group (#/group/:id/…): its home, dashboard, meetings across plans, my actions, plans and members. */
export default function GroupScreen({ groupId, view, meetingId }: Props) {
  const { row, group, handle, sync, mutators, readOnly } = useGroup(groupId);
  const planIds = useMemo(() => group?.plans.map((p) => p.id) ?? [], [group]);
  const plans = usePlanSet(planIds);
  // The directory follows the plans' leads (a lead added to a plan later joins it); writes nothing when it knows them.
  const leadsKey = plans.map((p) => (p.plan ? planLeads(p.plan).map((l) => l.name).join('|') : '')).join('#');
  useEffect(() => {
    if (!mutators || readOnly || !group) return;
    for (const { plan } of plans) if (plan) mutators.seedDirectory(planLeads(plan));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `leadsKey` stands for the plans' leads
  }, [leadsKey, mutators, readOnly, group !== null]);
  const writable = handle !== null && !readOnly;
  useEffect(() => {
    if (writable && (view === 'home' || view === 'members')) void refreshMembers(groupId);
  }, [writable, groupId, view]);
  const groupName = group?.name ?? null;
  useEffect(() => {
    if (groupName !== null) document.title = `${groupName} · Concord`;
    return () => {
      document.title = 'Concord';
    };
  }, [groupName]);
  if (row === null) return <NotMember />;
  if (!row || !group || !handle || !mutators) return <Waiting refused={sync.connection === 'refused' ? sync.refusedReason : null} offline={sync.connection === 'offline'} />;
  const planMap = new Map(plans.map((p) => [p.planId, p.plan]));
  const page: GroupPage = { group, row, handle, mutators, sync, readOnly, owner: row.role === 'owner', plans, planMap };
  return (
    <div className={`group-screen group-${view}`}>
      <div className="plan-head no-print">
        <p className="crumbs">
          <a href={href.plans()}>Plans on this device</a> › Working group
        </p>
        <h1>{group.name}</h1>
        <p className={`sync-indicator sync-${sync.connection}`} role="status" data-sync={sync.connection}>
          <span className="sync-dot" aria-hidden="true" />
          {SYNC_WORDS[sync.connection]}
          {sync.connection === 'refused' && `: ${refusalWords(sync.refusedReason)}`}
        </p>
      </div>
      <nav className="group-nav no-print" aria-label="Working group">
        <ul>
          {NAV.map((n) => (
            <li key={n.view}>
              <a href={href.group(groupId, n.view)} aria-current={n.view === view || (n.view === 'meetings' && (view === 'meeting' || view === 'minutes')) ? 'page' : undefined}>
                {n.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {view === 'home' && <GroupHomeView page={page} />}
      {view === 'dashboard' && (
        <Suspense fallback={<p className="loading">Loading the charts…</p>}>
          <GroupDashboardView page={page} />
        </Suspense>
      )}
      {view === 'meetings' && <GroupMeetingsView page={page} />}
      {view === 'meeting' && meetingId && <GroupMeetingView page={page} meetingId={meetingId} />}
      {view === 'minutes' && meetingId && <GroupMinutesView page={page} meetingId={meetingId} />}
      {view === 'my-actions' && <GroupMyActionsView page={page} />}
      {view === 'plans' && <GroupPlansView page={page} />}
      {view === 'members' && <GroupMembersView page={page} />}
    </div>
  );
}

function NotMember() {
  return (
    <section className="panel">
      <h1>Working group not on this device</h1>
      <p>
        This device is not a member of that group. Open the group’s invite link to join it. <a href={href.plans()}>Back to the plans on this device</a>
      </p>
    </section>
  );
}

function Waiting({ refused, offline }: { refused: string | null; offline: boolean }) {
  return (
    <section className="panel">
      <h1>Opening the working group</h1>
      {refused ? (
        <p className="error" role="alert">
          The server refused this group: {refusalWords(refused)}. Ask the group’s owner for a new invite link.
        </p>
      ) : (
        <p className="loading">{offline ? 'The group is not on this device yet, and you are offline.' : 'Downloading the group from the server…'}</p>
      )}
    </section>
  );
}
