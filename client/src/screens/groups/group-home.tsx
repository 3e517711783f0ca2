import { groupHome, headline, type GroupHome, type PlanSummary } from '@concord/shared';
import { href } from '../../routing/hash-route';
import { formatLongDate, todayIso } from '../../lib/when';
import { ragWord } from '../../lib/rag-words';
import type { GroupPage } from './group-context';
import { RagStrip } from './rag-strip';

const STATE_WORDS: Record<string, string> = { planned: 'planned', live: 'under way', ended: 'held' };

/** The group's home: its plans with their ratings, its last and next meeting, what changed, who has not reported. */
export function GroupHomeView({ page }: { page: GroupPage }) {
  const home = groupHome(page.group, page.planMap, todayIso());
  const { lastMeeting, nextMeeting } = home;
  return (
    <div className="group-home">
      <section className="panel" aria-labelledby="home-meetings">
        <h2 id="home-meetings">Meetings</h2>
        <p>
          <strong>Last:</strong>{' '}
          {lastMeeting ? meetingLink(page, lastMeeting.meeting, lastMeeting.state) : 'no group meeting has been held yet.'}
        </p>
        <p>
          <strong>Next:</strong> {nextMeeting ? meetingLink(page, nextMeeting.meeting, nextMeeting.state) : 'none planned.'}{' '}
          {!page.readOnly && <a href={href.group(page.group.id, 'meetings')}>Plan a meeting</a>}
        </p>
      </section>
      <section aria-labelledby="home-plans">
        <h2 id="home-plans">Plans</h2>
        {home.plans.length === 0 ? (
          <p className="panel">
            No plans in this group yet.{' '}
            {page.owner && <a href={href.group(page.group.id, 'plans')}>Add the group’s plans</a>}
          </p>
        ) : (
          <ul className="group-plan-cards">
            {home.plans.filter((p) => !p.plan.archived).map((summary) => (
              <PlanCard key={summary.plan.id} summary={summary} />
            ))}
          </ul>
        )}
      </section>
      <section className="panel" aria-labelledby="home-changes">
        <h2 id="home-changes">Changed since {lastMeeting ? 'the last meeting' : 'the start'}</h2>
        <Changes plans={home.plans} />
      </section>
      <section className="panel" aria-labelledby="home-unreported">
        <h2 id="home-unreported">Not reported since {lastMeeting ? 'the last meeting' : 'the start'}</h2>
        {home.notReported.length === 0 ? (
          <p>Every organisation has reported on its open actions.</p>
        ) : (
          <NotReportedTable page={page} rows={home.notReported} />
        )}
      </section>
      <section className="panel" aria-labelledby="home-members">
        <h2 id="home-members">Members</h2>
        {home.members.length === 0 ? (
          <p className="muted">No members listed yet.</p>
        ) : (
          <dl className="members-by-organisation">
            {home.members.map((m) => (
              <div key={m.organisation}>
                <dt>{m.organisation || 'No organisation given'}</dt>
                <dd>{m.names.join(', ')}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
    </div>
  );
}

/** How many organisations the home lists before the rest fold away (a county plan can name eighty leads). */
const FIRST_ROWS = 8;

function NotReportedTable({ page, rows }: { page: GroupPage; rows: GroupHome['notReported'] }) {
  const titleOf = (id: string) => page.planMap.get(id)?.title ?? page.group.plans.find((p) => p.id === id)?.title ?? '';
  const table = (shown: GroupHome['notReported'], caption: string) => (
    <table className="data-table not-reported">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Organisation</th>
          <th scope="col">Actions</th>
          <th scope="col">In plans</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((n) => (
          <tr key={n.organisation}>
            <th scope="row">{n.organisation || 'No lead named'}</th>
            <td>{n.count}</td>
            <td>{n.planIds.map(titleOf).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <>
      {table(rows.slice(0, FIRST_ROWS), `Organisations with open actions and no update (${rows.length})`)}
      {rows.length > FIRST_ROWS && (
        <details>
          <summary>The other {rows.length - FIRST_ROWS} organisations</summary>
          {table(rows.slice(FIRST_ROWS), 'More organisations with open actions and no update')}
        </details>
      )}
    </>
  );
}

function meetingLink(page: GroupPage, meeting: { id: string; date: string; title: string }, state: string) {
  return (
    <>
      <a href={href.group(page.group.id, 'meeting', meeting.id)}>{meeting.title || 'Meeting'}</a>, {formatLongDate(meeting.date)} ({STATE_WORDS[state] ?? state})
      {state !== 'planned' && (
        <>
          {' · '}
          <a href={href.group(page.group.id, 'minutes', meeting.id)}>minutes and chase list</a>
        </>
      )}
    </>
  );
}

function PlanCard({ summary }: { summary: PlanSummary }) {
  const { plan, counts, total } = summary;
  return (
    <li className="plan-card group-plan-card" data-plan-id={plan.id}>
      <h3>
        <a href={href.plan(plan.id)}>{plan.title || 'Untitled plan'}</a>{' '}
        <span className="tag">{plan.part === 'main' ? 'Main plan' : 'Sub-group plan'}</span>
      </h3>
      {counts ? <RagStrip counts={counts} label={`${plan.title}: ${total} actions by RAG rating`} /> : <p className="muted">Arriving from the server…</p>}
    </li>
  );
}

function Changes({ plans }: { plans: PlanSummary[] }) {
  const withChanges = plans.filter((p) => p.changes && (p.changes.ragMovements.length > 0 || p.changes.newUpdates.length > 0));
  if (withChanges.length === 0) return <p>No rating has moved and no update was added.</p>;
  return (
    <>
      {withChanges.map(({ plan, changes }) => (
        <div key={plan.id} className="plan-changes">
          <h3>{plan.title}</h3>
          <ul>
            {changes!.ragMovements.map((m) => (
              <li key={`r-${m.actionId}`}>
                <a href={href.action(plan.id, m.actionId)}>{m.ref ? `${m.ref.replace(/\.$/, '')} ` : ''}{headline(m.text, 90)}</a>: {ragWord(m.from)} → {ragWord(m.to)}
              </li>
            ))}
            {changes!.newUpdates.map((u) => (
              <li key={`u-${u.update.id}`}>
                <a href={href.action(plan.id, u.actionId)}>{u.ref ? `${u.ref.replace(/\.$/, '')} ` : ''}{headline(u.text, 90)}</a>: update by {u.update.author || 'someone'} — {headline(u.update.text, 120)}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
