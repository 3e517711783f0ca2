import { useEffect, useState } from 'react';
import { leadsWithActions, type LeadWithActions } from '@concord/shared';
import { usePlan } from '../data/plan';
import type { PlanMutators } from '../data/plan';
import { ViewOnlyNotice } from '../components/access-notices';
import { SyncIndicator } from '../components/sync-indicator';
import { href } from '../routing/hash-route';

const OWN = '';

/** One lead: its name (renamed in place), the spellings merged into it, and the lead it is another name for. */
function LeadRow({ entry, others, mutators }: { entry: LeadWithActions; others: LeadWithActions[]; mutators: PlanMutators | null }) {
  const { lead, actionIds } = entry;
  const [name, setName] = useState(lead.name);
  useEffect(() => setName(lead.name), [lead.name]);
  const spelling = lead.aliases[0] ?? lead.name;
  return (
    <tr>
      <th scope="row">
        {mutators ? (
          <form
            className="lead-rename"
            onSubmit={(e) => {
              e.preventDefault();
              if (name.trim() !== '' && name.trim() !== lead.name) mutators.renameLead(spelling, name.trim());
            }}
          >
            <label>
              <span className="visually-hidden">Name of “{lead.name}”</span>
              <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
            </label>
            <button type="submit" disabled={name.trim() === '' || name.trim() === lead.name}>
              Rename
            </button>
          </form>
        ) : (
          lead.name
        )}
        {lead.aliases.filter((a) => a !== lead.name).map((alias) => (
          <div key={alias} className="lead-alias">
            also written “{alias}”{' '}
            {mutators && (
              <button type="button" className="link-button" onClick={() => mutators.splitLead(alias)}>
                Separate “{alias}”
              </button>
            )}
          </div>
        ))}
      </th>
      <td className="import-lead-actions">{actionIds.length}</td>
      <td>
        {mutators && (
          <select aria-label={`“${lead.name}” is the same lead as`} value={OWN} onChange={(e) => e.currentTarget.value !== OWN && mutators.mergeLeads(spelling, e.currentTarget.value)}>
            <option value={OWN}>(a lead of its own)</option>
            {others.map((o) => (
              <option key={o.lead.id} value={o.lead.aliases[0] ?? o.lead.name}>
                {o.lead.name}
              </option>
            ))}
          </select>
        )}
      </td>
    </tr>
  );
}

/**
 * A plan's lead directory: every lead its actions name, where a person says once that two names are one lead
 * ("CCGs" and "All CCGs"), separates a wrong merge, or renames a lead. The chase list, My actions and the
 * dashboard name leads as this page does; the actions' own lead cells stay as written.
 */
export default function LeadsScreen({ planId }: { planId: string }) {
  const { plan, mutators, syncState, readOnly, viewer } = usePlan(planId);
  if (!plan) {
    return (
      <section className="panel">
        <SyncIndicator state={syncState} />
        <p className="loading">Opening the plan…</p>
      </section>
    );
  }
  const leads = leadsWithActions(plan);
  return (
    <div className="leads-screen">
      <div className="plan-head">
        <p className="crumbs">
          <a href={href.plans()}>Plans on this device</a> › <a href={href.plan(planId)}>{plan.title}</a>
        </p>
        <SyncIndicator state={syncState} />
      </div>
      {viewer && <ViewOnlyNotice />}
      <h1>
        Leads <span className="muted plan-title-suffix">· {plan.title}</span>
      </h1>
      <p>Where two names mean one lead, say so once: lists and chase emails then name it one way.</p>
      {leads.length === 0 ? (
        <p className="panel">No action names a lead yet.</p>
      ) : (
        <table className="import-leads">
          <caption>Leads of this plan</caption>
          <thead>
            <tr>
              <th scope="col">Lead</th>
              <th scope="col">Actions</th>
              <th scope="col">Same lead as</th>
            </tr>
          </thead>
          <tbody>
            {leads.map((entry) => (
              <LeadRow key={entry.lead.id} entry={entry} others={leads.filter((o) => o.lead.id !== entry.lead.id)} mutators={readOnly ? null : mutators} />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
