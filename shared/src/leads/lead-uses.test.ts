// The lists that name leads (chase list, overdue by lead) name them through the plan's lead directory.
import { describe, expect, it } from 'vitest';
import { chaseList } from '../meetings/chase';
import { dashboardData } from '../meetings/dashboard';
import { smallPlan } from '../../testing/meetings';
import type { Plan } from '../plan-json';

function planWithAliases(): Plan {
  const plan = smallPlan({
    a1: { leadText: 'CCGs\nWorking with: Vale Mind', leads: ['CCGs', 'Working with: Vale Mind'], due: '2016-01-31' },
    a5: { leadText: 'All CCGs', leads: ['All CCGs'], due: '2016-02-28' },
  });
  plan.leadDirectory = [
    { id: 'e1', name: 'All CCGs', aliases: ['All CCGs'], mergedInto: null },
    { id: 'e2', name: 'CCGs', aliases: ['CCGs'], mergedInto: 'e1' },
  ];
  return plan;
}

describe('lists that name leads use the lead directory', () => {
  it('the chase list asks one merged lead once for both its actions', () => {
    const groups = chaseList(planWithAliases(), null, '2016-06-01');
    expect(groups.map((g) => [g.lead, g.items.map((i) => i.actionId)])).toEqual([['All CCGs', ['a1', 'a5']]]);
  });

  it('without a merge the two spellings are two leads', () => {
    const plan = planWithAliases();
    delete plan.leadDirectory;
    expect(chaseList(plan, null, '2016-06-01').map((g) => g.lead)).toEqual(['All CCGs', 'CCGs']);
  });

  it('the dashboard counts overdue actions per merged lead', () => {
    const data = dashboardData(planWithAliases(), '2016-06-01');
    expect(data.overdueByLead).toEqual([{ lead: 'All CCGs', count: 2, actionIds: ['a1', 'a5'] }]);
  });
});
