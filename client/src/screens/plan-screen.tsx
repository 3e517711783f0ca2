import { ragCounts, type Action, type Plan } from '@concord/shared';
import { usePlan, type PlanMutators } from '../data/plan';
import { SyncIndicator } from '../components/sync-indicator';
import { RagCounts } from '../components/rag-counts';
import { href, navigate } from '../routing/hash-route';
import { useDocumentTitle } from '../lib/use-document-title';
import { PlanTable } from './plan-table';
import { ActionEditor } from './action-editor';
import { PlanNotes } from './plan-notes';
import { AfterNav } from './after/after-nav';
import { PlanExport } from './plan-export';
import { ColumnChooser } from './column-chooser';
import { useColumnChoice } from '../lib/table-columns';
import { ShareButton } from './share/share-button';
import { RefusedNotice, ViewOnlyNotice } from '../components/access-notices';

interface Props {
  planId: string;
  actionId: string | null;
}

export default function PlanScreen({ planId, actionId }: Props) {
  const { plan, handle, mutators, syncState, status, role, readOnly, viewer } = usePlan(planId);
  useDocumentTitle(plan ? plan.title : null);

  if (!plan || !mutators) {
    return (
      <section className="panel">
        <SyncIndicator state={syncState} />
        {syncState.connection === 'refused' && <RefusedNotice reason={syncState.refusedReason} />}
        {status === 'loading' ? (
          <p className="loading">Opening the plan…</p>
        ) : (
          <JoiningMessage offline={syncState.connection === 'offline'} />
        )}
      </section>
    );
  }
  const action = actionId ? findAction(plan, actionId) : null;
  return (
    <div className="plan-screen">
      <div className="plan-head">
        <p className="crumbs">
          <a href={href.plans()}>Plans on this device</a>
        </p>
        <h1>{plan.title}</h1>
        <SyncIndicator state={syncState} />
        <RagCounts counts={ragCounts(plan)} />
        {!readOnly && (
          <a className="button" href={href.meetings(planId)}>
            Meetings
          </a>
        )}
        <AfterNav planId={planId} current={null} />
        <a className="leads-link" href={href.leads(planId)}>
          Leads
        </a>
        {role === 'owner' && (
          <a className="leads-link" href={href.requests(planId)}>
            Update requests
          </a>
        )}
        <PlanExport plan={plan} />
        {role === 'owner' && <ShareButton planId={planId} />}
      </div>
      {syncState.connection === 'refused' && <RefusedNotice reason={syncState.refusedReason} />}
      {viewer && <ViewOnlyNotice />}
      <ChosenColumnsTable plan={plan} mutators={mutators} readOnly={readOnly} />
      <PlanNotes plan={plan} />
      {actionId && action && !readOnly && (
        <ActionEditor
          plan={plan}
          action={action}
          mutators={mutators}
          fresh={() => {
            const now = handle?.plan();
            return now ? findAction(now, action.id) : null;
          }}
          onClose={() => navigate(href.plan(planId))}
        />
      )}
      {actionId && !action && (
        <p className="error" role="alert">
          That action is not in this plan. <a href={href.plan(planId)}>Back to the plan</a>
        </p>
      )}
    </div>
  );
}

/** The plan table with the columns this person chose for it (and the chooser above it). */
function ChosenColumnsTable({ plan, mutators, readOnly }: { plan: Plan; mutators: PlanMutators; readOnly: boolean }) {
  const choice = useColumnChoice(plan);
  return (
    <>
      <ColumnChooser choice={choice} />
      <PlanTable plan={plan} columns={choice.shown} mutators={mutators} readOnly={readOnly} />
    </>
  );
}

function JoiningMessage({ offline }: { offline: boolean }) {
  return (
    <>
      <h1>Opening a shared plan</h1>
      <p>
        {offline
          ? 'This plan is not on this device yet, and you are offline. Connect to the internet to download it.'
          : 'This plan is not on this device yet. Downloading it from the server…'}
      </p>
      <p>
        <a href={href.plans()}>Back to the plans on this device</a>
      </p>
    </>
  );
}

function findAction(plan: Plan, actionId: string): Action | null {
  for (const section of plan.sections) {
    for (const group of section.groups) {
      const found = group.actions.find((a) => a.id === actionId);
      if (found) return found;
    }
  }
  return null;
}
