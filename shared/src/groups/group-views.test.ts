import { describe, expect, it } from 'vitest';
import { endMeeting, rateInMeeting, startMeeting, updateInMeeting } from '../meetings';
import { action, docOf } from '../../testing/meetings';
import { addMeeting, planFromDoc } from '../model';
import type { Plan } from '../plan-json';
import { mergeEntries, seedDirectory, seededEntryId } from './directory';
import { groupChase } from './group-chase';
import { groupDashboard } from './group-dashboard';
import { groupFromDoc } from './group-from-doc';
import { groupHome } from './group-home';
import { planLeads } from './group-leads';
import { groupMeetingProgress, groupMeetingState, meetingParts } from './group-meeting-state';
import { addGroupMeeting, linkPlanMeeting } from './group-meetings';
import { addGroupPlan } from './group-plans';
import { recordMember } from './members';
import { groupDoc } from '../../testing/groups';

const AT = (day: string, time = '10:00') => `${day}T${time}:00.000Z`;

/** A plan of one section whose actions are given as [id, leads, due]. */
function planOf(id: string, title: string, actions: [string, string[], string | null][]): Plan {
  return {
    format: 'concord.plan', version: 1, id, title, meta: {}, legend: [], columns: [], notes: [], meetings: [],
    sections: [{ id: `${id}-s1`, number: '1', title: 'Access', groups: [{ id: `${id}-g1`, title: null,
      actions: actions.map(([actionId, leads, due]) => action(actionId, { leads, due })) }] }],
  };
}

/** Two plans, a group over them, and one group meeting held across both (rating and updating in each plan). */
function heldGroup() {
  const main = docOf(planOf('plan-main', 'County plan', [['m1', ['Police'], '2026-01-31'], ['m2', ['NHS trust'], null], ['m3', ['police'], '2027-01-01']]));
  const sub = docOf(planOf('plan-sub', 'Street triage', [['s1', ['Constabulary'], '2026-02-01'], ['s2', ['Ambulance'], null]]));
  const group = groupDoc();
  addGroupPlan(group, 'plan-main', { title: 'County plan', part: 'main' });
  addGroupPlan(group, 'plan-sub', { title: 'Street triage' });
  recordMember(group, 'mem-1', { name: 'Ann', organisation: 'County council', role: 'owner' });
  recordMember(group, 'mem-2', { name: 'Bo', organisation: 'Police', role: 'editor' });
  recordMember(group, 'mem-3', { name: 'Cy', organisation: 'Police', role: 'viewer', removed: true });
  seedDirectory(group, [...planLeads(planFromDoc(main)), ...planLeads(planFromDoc(sub))]);
  mergeEntries(group, seededEntryId('Police'), seededEntryId('Constabulary'));
  const meetingId = addGroupMeeting(group, { date: '2026-03-01', title: 'Spring' });
  const parts: [typeof main, string, string[]][] = [[main, 'plan-main', ['m1', 'm2']], [sub, 'plan-sub', ['s1']]];
  for (const [doc, planId, agenda] of parts) {
    const planMeeting = addMeeting(doc, { date: '2026-03-01', agenda });
    linkPlanMeeting(group, meetingId, planId, planMeeting);
    startMeeting(doc, planMeeting);
  }
  const ids = groupFromDoc(group)!.meetings[0]!.planMeetings;
  rateInMeeting(main, ids['plan-main']!, 'm1', 'red', 'Ann', AT('2026-03-01'));
  updateInMeeting(main, ids['plan-main']!, 'm2', 'Beds opened', 'Ann', AT('2026-03-01'));
  rateInMeeting(sub, ids['plan-sub']!, 's1', 'green', 'Ann', AT('2026-03-01'));
  return { main, sub, group, meetingId, ids };
}

const plansOf = (...docs: ReturnType<typeof docOf>[]) => new Map(docs.map((d) => [planFromDoc(d).id, planFromDoc(d)] as const));

describe('a meeting across two plans', () => {
  it('walks both agendas in group order, stores each capture in its own plan, and ends when both parts end', () => {
    const { main, sub, group, meetingId, ids } = heldGroup();
    const g = groupFromDoc(group)!;
    const parts = meetingParts(g, g.meetings[0]!, plansOf(main, sub));
    expect(groupMeetingState(parts)).toBe('live');
    const progress = groupMeetingProgress(parts);
    expect(progress.agenda.map((s) => `${s.planId}/${s.actionId}`)).toEqual(['plan-main/m1', 'plan-main/m2', 'plan-sub/s1']);
    expect(progress.counts).toEqual({ agenda: 3, discussed: 3, deferred: 0, leadAbsent: 0, remaining: 0 });
    expect(planFromDoc(main).sections[0]!.groups[0]!.actions[1]!.updates[0]!.meetingId).toBe(ids['plan-main']);
    expect(planFromDoc(sub).sections[0]!.groups[0]!.actions[0]!.ragHistory[0]!.meetingId).toBe(ids['plan-sub']);
    endMeeting(main, ids['plan-main']!);
    expect(groupMeetingState(meetingParts(g, g.meetings[0]!, plansOf(main, sub)))).toBe('live');
    endMeeting(sub, ids['plan-sub']!);
    expect(groupMeetingState(meetingParts(g, g.meetings[0]!, plansOf(main, sub)))).toBe('ended');
    expect(meetingId).toBe(g.meetings[0]!.id);
  });

  it('chases each organisation once across both plans, the directory merging how the plans wrote the lead', () => {
    const { main, sub, group } = heldGroup();
    const g = groupFromDoc(group)!;
    const chase = groupChase(g, meetingParts(g, g.meetings[0]!, plansOf(main, sub)));
    expect(chase.map((c) => [c.organisation, c.leads, c.items.map((i) => `${i.planTitle}/${i.actionId}`)])).toEqual([
      ['Police', ['Constabulary', 'Police'], ['County plan/m1', 'Street triage/s1']],
    ]);
  });
});

describe('the group home and dashboard', () => {
  it('summarise every plan, the last meeting, and who has not reported, by organisation through the directory', () => {
    const { main, sub, group, ids } = heldGroup();
    endMeeting(main, ids['plan-main']!);
    endMeeting(sub, ids['plan-sub']!);
    const home = groupHome(groupFromDoc(group)!, plansOf(main, sub), '2026-03-10');
    expect(home.plans.map((p) => [p.plan.id, p.counts, p.total])).toEqual([
      ['plan-main', { red: 1, amber: 0, green: 0, blue: 0, none: 2 }, 3],
      ['plan-sub', { red: 0, amber: 0, green: 1, blue: 0, none: 1 }, 2],
    ]);
    expect(home.lastMeeting?.meeting.title).toBe('Spring');
    expect(home.nextMeeting).toBeNull();
    // Since the meeting nobody has reported; "Constabulary" is the Police, merged once in the directory.
    expect(home.notReported).toEqual([
      { organisation: 'Police', count: 3, planIds: ['plan-main', 'plan-sub'] },
      { organisation: 'Ambulance', count: 1, planIds: ['plan-sub'] },
      { organisation: 'NHS trust', count: 1, planIds: ['plan-main'] },
    ]);
    expect(home.members).toEqual([
      { organisation: 'County council', names: ['Ann'] },
      { organisation: 'Police', names: ['Bo'] },
    ]);
    expect(groupHome(groupFromDoc(group)!, new Map([['plan-main', planFromDoc(main)]]), '2026-03-10').plans[1]!.counts).toBeNull();
  });

  it('draws RAG by plan and section, overdue by organisation, and the movement across group meetings', () => {
    const { main, sub, group, ids } = heldGroup();
    endMeeting(main, ids['plan-main']!);
    endMeeting(sub, ids['plan-sub']!);
    const data = groupDashboard(groupFromDoc(group)!, plansOf(main, sub), '2026-03-10');
    expect(data.byPlan.map((b) => [b.label, b.total, b.counts.red, b.counts.green])).toEqual([['County plan', 3, 1, 0], ['Street triage', 2, 0, 1]]);
    expect(data.totals).toMatchObject({ total: 5, counts: { red: 1, green: 1, none: 3 } });
    expect(data.bySection.map((s) => [s.title, s.bars.map((b) => b.label)])).toEqual([['County plan', ['1. Access']], ['Street triage', ['1. Access']]]);
    expect(data.overdueByOrganisation.map((o) => [o.organisation, o.actions.map((a) => `${a.planId}/${a.actionId}`)])).toEqual([
      ['Police', ['plan-main/m1', 'plan-sub/s1']],
    ]);
    expect(data.movement).toEqual([expect.objectContaining({ label: '2026-03-01 Spring', total: 5, counts: { red: 1, amber: 0, green: 1, blue: 0, none: 3 } })]);
  });
});
