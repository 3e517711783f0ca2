import { useState, type FormEvent } from 'react';
import type { GroupPlan, PlanPart } from '@concord/shared';
import { usePlans } from '../../data';
import { addPlanToGroup, removePlanFromGroup } from '../../data/groups';
import { createPlanFromTemplate } from '../../data/plan';
import { href } from '../../routing/hash-route';
import type { GroupPage } from './group-context';
import { groupErrorText } from './group-words';

/** The group's plans in their order; owners add plans (from this device or new), order, archive and remove them. */
export function GroupPlansView({ page }: { page: GroupPage }) {
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const act = async (what: () => unknown, done: string) => {
    setError('');
    try {
      await what();
      setMessage(done);
    } catch (e) {
      setError(groupErrorText(e));
    }
  };
  const plans = page.group.plans;
  return (
    <div className="group-plans">
      <section className="panel" aria-labelledby="plans-h">
        <h2 id="plans-h">Plans of the group</h2>
        {plans.length === 0 && <p className="muted">No plans yet.</p>}
        <ol className="group-plan-list">
          {plans.map((plan, i) => (
            <li key={plan.id} data-plan-id={plan.id} className={plan.archived ? 'archived' : undefined}>
              <a href={href.plan(plan.id)}>{page.planMap.get(plan.id)?.title || plan.title || 'Untitled plan'}</a>{' '}
              <span className="tag">{plan.part === 'main' ? 'Main plan' : 'Sub-group plan'}</span>
              {plan.archived && <span className="tag">Archived</span>}
              {page.owner && <PlanControls page={page} plan={plan} index={i} act={act} />}
            </li>
          ))}
        </ol>
        <p role="status" className="muted">{message}</p>
        {error && <p className="error" role="alert">{error}</p>}
      </section>
      {page.owner && <AddPlans page={page} act={act} />}
    </div>
  );
}

type Act = (what: () => unknown, done: string) => Promise<void>;

function PlanControls({ page, plan, index, act }: { page: GroupPage; plan: GroupPlan; index: number; act: Act }) {
  const { mutators, group } = page;
  const before = group.plans[index - 1];
  const after = group.plans[index + 1];
  const name = page.planMap.get(plan.id)?.title || plan.title;
  return (
    <span className="toolbar inline">
      <button type="button" disabled={!before} aria-label={`Move ${name} up`} onClick={() => before && void act(() => mutators.moveGroupPlan(plan.id, { before: before.id }), `${name} moved up.`)}>
        Up
      </button>
      <button type="button" disabled={!after} aria-label={`Move ${name} down`} onClick={() => after && void act(() => mutators.moveGroupPlan(plan.id, { after: after.id }), `${name} moved down.`)}>
        Down
      </button>
      <button type="button" onClick={() => void act(() => mutators.updateGroupPlan(plan.id, { part: plan.part === 'main' ? 'sub' : 'main' }), `${name} is now a ${plan.part === 'main' ? 'sub-group' : 'main'} plan.`)}>
        {plan.part === 'main' ? 'Make sub-group plan' : 'Make main plan'}
      </button>
      <button type="button" onClick={() => void act(() => mutators.archiveGroupPlan(plan.id, !plan.archived), plan.archived ? `${name} restored.` : `${name} archived.`)}>
        {plan.archived ? 'Restore' : 'Archive'}
      </button>
      <button type="button" onClick={() => void act(() => removePlanFromGroup(group.id, plan.id), `${name} taken out of the group: its members no longer reach it.`)}>
        Take out of group
      </button>
    </span>
  );
}

/** Adds a plan this device owns, or a new plan from the Concordat template, to the group. */
function AddPlans({ page, act }: { page: GroupPage; act: Act }) {
  const rows = usePlans();
  const inGroup = new Set(page.group.plans.map((p) => p.id));
  const candidates = (rows ?? []).filter((r) => r.role === 'owner' && !inGroup.has(r.id));
  const [chosen, setChosen] = useState('');
  const [part, setPart] = useState<PlanPart>(page.group.plans.some((p) => p.part === 'main') ? 'sub' : 'main');
  const [title, setTitle] = useState('');
  const addExisting = (e: FormEvent) => {
    e.preventDefault();
    const planId = chosen || candidates[0]?.id;
    if (planId) void act(() => addPlanToGroup(page.group.id, planId, part), 'Plan added: every member can open it now.');
  };
  const addNew = (e: FormEvent) => {
    e.preventDefault();
    void act(async () => {
      const planId = await createPlanFromTemplate(title.trim());
      await addPlanToGroup(page.group.id, planId, part);
      setTitle('');
    }, 'New plan made and added: every member can open it now.');
  };
  return (
    <section className="panel add-plans" aria-labelledby="add-plans-h">
      <h2 id="add-plans-h">Add a plan</h2>
      <fieldset>
        <legend>It is</legend>
        {(['main', 'sub'] as const).map((p) => (
          <label key={p} className="choice">
            <input type="radio" name="plan-part" checked={part === p} onChange={() => setPart(p)} />
            {p === 'main' ? 'the group’s main plan' : 'a sub-group’s plan'}
          </label>
        ))}
      </fieldset>
      <form onSubmit={addExisting} className="field-row">
        <label>
          A plan on this device that you own
          <select value={chosen} onChange={(e) => setChosen(e.target.value)} disabled={candidates.length === 0}>
            {candidates.length === 0 && <option value="">No other plan you own is on this device</option>}
            {candidates.map((r) => (
              <option key={r.id} value={r.id}>{r.title || 'Untitled plan'}</option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={candidates.length === 0}>Add this plan</button>
      </form>
      <form onSubmit={addNew} className="field-row">
        <label>
          Or a new plan (the five Concordat sections), titled
          <input value={title} required maxLength={200} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <button type="submit">Create and add</button>
      </form>
      <p className="muted">Plans shared on their own before keep their old links until you withdraw them.</p>
    </section>
  );
}
