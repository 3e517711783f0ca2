/**
 * A realistic meeting on the real Nottinghamshire plan: a November review rated three actions, a lead updated
 * one offline, then the January meeting walks sections 1 and 2: ten actions rated and updated, one deferred, one
 * lead absent, the rest not reached. Expected values come from the script below, never from the code under test.
 */
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, expect, it } from 'vitest';
import { addMeeting, addUpdate, planFromDoc } from '../model';
import type { Plan, Rag } from '../plan-json';
import { resolveAgenda } from './agenda';
import { deferInMeeting, endMeeting, markLeadAbsent, rateInMeeting, startMeeting, updateInMeeting } from './capture';
import { changesSince } from './changes';
import { chaseEmailText, chaseList } from './chase';
import { defaultSince } from './since';
import { dashboardData } from './dashboard';
import { draftMinutes } from './minutes';
import { minutesToDocx } from './minutes-docx';
import { minutesToMarkdown } from './minutes-markdown';
import { liveActions } from './plan-walk';
import { nottinghamshireDoc } from '../../testing/meetings';
import { describeWithSeeds } from '../../../testing/with-seeds';

const ATTENDEES = [
  { name: 'Ann Chair', organisation: 'Nottingham City CCG' },
  { name: 'Sgt Bo Reed', organisation: 'Nottinghamshire Police' },
  { name: 'Cy Patel', organisation: 'Nottinghamshire Healthcare NHS Foundation Trust' },
];
const NOVEMBER: Record<number, Rag> = { 0: 'amber', 1: 'amber', 3: 'amber' };
const JANUARY: Rag[] = ['green', 'amber', 'amber', 'red', 'green', 'blue', 'amber', 'green', 'red', 'amber'];
const updateText = (i: number): string =>
  i === 0 ? 'Pilot of s136 *street triage* agreed.\nFunding confirmed from April # phase 2.' : `January update ${i}: on track`;
const at = (day: string, minute: number): string => `${day}T10:${String(minute).padStart(2, '0')}:00.000Z`;

interface Script {
  plan: Plan;
  agenda: string[];
  november: string;
  january: string;
  /** The rating each action had after each meeting, as the script gave them. */
  afterNovember: Map<string, Rag>;
  afterJanuary: Map<string, Rag>;
}

function runMeetings(): Script {
  const { doc, plan: imported } = nottinghamshireDoc();
  const sections = imported.sections.slice(0, 2).map((s) => s.id);
  const agenda = resolveAgenda(imported, { kind: 'sections', sectionIds: sections });
  const november = addMeeting(doc, { date: '2015-11-12', title: 'November review', attendees: ATTENDEES.slice(0, 2) });
  startMeeting(doc, november, { agenda, facilitator: 'Ann Chair' });
  const afterNovember = new Map<string, Rag>();
  for (const [i, rag] of Object.entries(NOVEMBER)) {
    rateInMeeting(doc, november, agenda[Number(i)]!, rag, 'Ann Chair', at('2015-11-12', Number(i)));
    afterNovember.set(agenda[Number(i)]!, rag);
  }
  endMeeting(doc, november);
  // Between meetings, a lead updates action 12 from their laptop.
  addUpdate(doc, agenda[12]!, { date: '2015-12-10T15:00:00.000Z', author: 'Cy Patel', text: 'Scoping started' });

  const january = addMeeting(doc, { date: '2016-01-14', title: 'January review', attendees: ATTENDEES });
  startMeeting(doc, january, { agenda, facilitator: 'Ann Chair' });
  const afterJanuary = new Map(afterNovember);
  JANUARY.forEach((rag, i) => {
    rateInMeeting(doc, january, agenda[i]!, rag, 'Ann Chair', at('2016-01-14', 2 * i));
    updateInMeeting(doc, january, agenda[i]!, updateText(i), ATTENDEES[i % 3]!.name, at('2016-01-14', 2 * i + 1));
    afterJanuary.set(agenda[i]!, rag);
  });
  deferInMeeting(doc, january, agenda[10]!, 'Ann Chair', at('2016-01-14', 30));
  markLeadAbsent(doc, january, agenda[11]!, 'Ann Chair', at('2016-01-14', 31));
  endMeeting(doc, january);
  return { plan: planFromDoc(doc), agenda, november, january, afterNovember, afterJanuary };
}

const headlineOf = (plan: Plan, id: string): string =>
  liveActions(plan).find((p) => p.action.id === id)!.action.text.split('\n')[0]!.trim().slice(0, 40);

describeWithSeeds('scripted meeting on the Nottinghamshire seed', () => {
  let s: Script;
  beforeAll(() => {
    s = runMeetings();
  });

  it('the agenda is sections 1 and 2 of the plan: 15 actions, refs 1 to 15 in order', () => {
    const refs = s.agenda.map((id) => liveActions(s.plan).find((p) => p.action.id === id)!.action.ref);
    expect(refs).toEqual(Array.from({ length: 15 }, (_, i) => String(i + 1)));
  });

  it('minutes: attendees, ten actions discussed with their updates and RAG movement, deferred, lead absent, chase', () => {
    const m = draftMinutes(s.plan, s.january);
    expect(m.attendees).toEqual(ATTENDEES);
    expect(m.discussed.map((d) => d.actionId)).toEqual(s.agenda.slice(0, 10));
    expect(m.discussed.map((d) => [d.ragFrom, d.ragTo])).toEqual(
      JANUARY.map((rag, i) => [NOVEMBER[i] ?? null, rag]),
    );
    expect(m.discussed[0]!.updates).toEqual([{ author: 'Ann Chair', date: at('2016-01-14', 1), text: updateText(0) }]);
    expect(m.deferred.map((a) => a.actionId)).toEqual([s.agenda[10]]);
    expect(m.leadAbsent.map((a) => a.actionId)).toEqual([s.agenda[11]]);
    expect(m.notReached.map((a) => a.actionId)).toEqual(s.agenda.slice(12));
    expect(m.chaseSince).toBe('2015-11-12');
    // Agenda actions with no update since November: 10, 11, 13, 14 (12 was updated offline in December).
    const chased = new Set(m.chase.flatMap((g) => g.items.map((i) => i.actionId)));
    expect([...chased].sort()).toEqual([s.agenda[10], s.agenda[11], s.agenda[13], s.agenda[14]].sort());
    const liveCount = liveActions(s.plan).length;
    expect(m.ragCounts).toEqual({ red: 2, amber: 4, green: 3, blue: 1, none: liveCount - 10 });
  });

  it('minutes as Markdown hold the meeting, each update and movement, with user text escaped', () => {
    const md = minutesToMarkdown(draftMinutes(s.plan, s.january));
    expect(md.startsWith('# January review: ')).toBe(true);
    expect(md).toContain('**Date:** 14 January 2016');
    expect(md).toContain('**Facilitator:** Ann Chair');
    for (const a of ATTENDEES) expect(md).toContain(`- ${a.name}, ${a.organisation}`);
    expect(md).toContain('Pilot of s136 \\*street triage\\* agreed.\\\n  Funding confirmed from April \\# phase 2.');
    expect(md).toContain('- **RAG:** Amber → Green');
    expect(md).toContain('- **RAG:** Amber (unchanged)');
    expect(md).toContain('- **RAG:** Amber → Red');
    expect(md).toContain('- **RAG:** Green (first rating)');
    expect(md).toContain('- **RAG:** Blue (complete) (first rating)');
    for (const i of [0, 9]) expect(md).toContain(`### ${i + 1}. ${headlineOf(s.plan, s.agenda[i]!)}`);
    const section = (title: string) => md.split(`## ${title}\n`)[1]?.split('\n## ')[0] ?? '';
    expect(section('Deferred to a later meeting')).toContain(`- 11. ${headlineOf(s.plan, s.agenda[10]!)}`);
    expect(section('Lead absent')).toContain(`- 12. ${headlineOf(s.plan, s.agenda[11]!)}`);
    expect(section('Not reached')).toContain(`- 15. ${headlineOf(s.plan, s.agenda[14]!)}`);
    expect(section('Updates to chase')).toContain('No progress update since 12 November 2015:');
    expect(section('Updates to chase')).not.toContain(`13. ${headlineOf(s.plan, s.agenda[12]!)}`);
  });

  it('minutes as .docx: document.xml holds the attendees, the updates, the movements and the headings', async () => {
    const bytes = await minutesToDocx(draftMinutes(s.plan, s.january));
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toContain('word/document.xml');
    const xml = strFromU8(files['word/document.xml']!);
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    for (const a of ATTENDEES) expect(text).toContain(`${a.name}, ${a.organisation}`);
    expect(text).toContain('Pilot of s136 *street triage* agreed.');
    expect(text).toContain('Funding confirmed from April # phase 2.');
    expect(text).toContain('January update 9: on track');
    for (const movement of ['Amber → Green', 'Amber → Red', 'Amber (unchanged)', 'Green (first rating)']) {
      expect(text).toContain(movement);
    }
    for (const h of ['Actions discussed', 'Deferred to a later meeting', 'Lead absent', 'Updates to chase']) expect(text).toContain(h);
    expect(text).toContain(headlineOf(s.plan, s.agenda[10]!));
  });

  it('changesSince the November meeting: RAG movements, new updates, actions not updated, overdue', () => {
    const today = '2016-04-14';
    const changes = changesSince(s.plan, { meetingId: s.november }, today);
    const moved = JANUARY.map((rag, i) => ({ i, from: NOVEMBER[i] ?? null, to: rag })).filter((m) => m.from !== m.to);
    expect(changes.ragMovements.map((m) => [m.actionId, m.from, m.to])).toEqual(moved.map((m) => [s.agenda[m.i], m.from, m.to]));
    expect(changes.newUpdates.map((u) => u.update.text).sort()).toEqual(
      [...JANUARY.map((_, i) => updateText(i)), 'Scoping started'].sort(),
    );
    const updated = new Set([...s.agenda.slice(0, 10), s.agenda[12]]);
    const live = liveActions(s.plan);
    expect(changes.noUpdate.map((a) => a.actionId)).toEqual(
      live.filter((p) => !updated.has(p.action.id) && s.afterJanuary.get(p.action.id) !== 'blue').map((p) => p.action.id),
    );
    const overdue = live.filter((p) => p.action.due !== null && p.action.due < today && s.afterJanuary.get(p.action.id) !== 'blue');
    expect(changes.overdue.map((a) => a.actionId)).toEqual(overdue.map((p) => p.action.id));
    expect(overdue.length).toBeGreaterThan(30);
    expect(changes.overdue.map((a) => a.actionId)).not.toContain(s.agenda[5]);
  });

  it('changesSince a date counts that whole day, and since the January meeting nothing has moved', () => {
    const sinceDecember = changesSince(s.plan, { date: '2015-12-10' }, '2016-04-14');
    expect(sinceDecember.newUpdates.map((u) => u.update.text)).toContain('Scoping started');
    const afterJanuary = changesSince(s.plan, { meetingId: s.january }, '2016-04-14');
    expect([afterJanuary.ragMovements, afterJanuary.newUpdates]).toEqual([[], []]);
    expect(() => changesSince(s.plan, { meetingId: 'nope' }, '2016-04-14')).toThrow(expect.objectContaining({ reason: 'meeting-not-found' }));
  });

  it('chase list after January: grouped by lead, partners not chased, each group an email ready to paste', () => {
    const groups = chaseList(s.plan, { meetingId: s.january }, '2016-04-14');
    const live = liveActions(s.plan).filter((p) => s.afterJanuary.get(p.action.id) !== 'blue');
    const chasedIds = new Set(groups.flatMap((g) => g.items.map((i) => i.actionId)));
    expect(chasedIds.size).toBe(live.length);
    expect(groups.some((g) => /^working with/i.test(g.lead))).toBe(false);
    const police = groups.find((g) => g.lead === 'Nottinghamshire Police')!;
    expect(police.items.map((i) => i.actionId)).toEqual(
      live.filter((p) => p.action.leads.includes('Nottinghamshire Police')).map((p) => p.action.id),
    );
    const email = chaseEmailText(police.lead, police.items, { planTitle: s.plan.title, since: '2016-01-14', sender: 'Ann Chair' });
    expect(email).toContain('Dear Nottinghamshire Police,');
    expect(email).toContain('since 14 January 2016');
    for (const item of police.items) expect(email).toContain(`- Action ${item.ref}: ${item.text.split('\n')[0]!.trim().slice(0, 40)}`);
    expect(email).toContain('due 30 April 2015 (overdue)');
    expect(email.trimEnd().endsWith('Ann Chair')).toBe(true);
  });

  it('chase list straight after January: the lead marked absent first, with the plan\'s own position in the email', () => {
    // By default "since" is the meeting before the latest: November, so January's updates count.
    const since = defaultSince(s.plan, '2016-01-14');
    expect(since).toEqual({ meetingId: s.november });
    const groups = chaseList(s.plan, since, '2016-01-14');
    const absent = liveActions(s.plan).find((p) => p.action.id === s.agenda[11])!.action;
    const first = groups[0]!;
    expect(absent.leads).toContain(first.lead);
    expect(first.items[0]).toMatchObject({ actionId: absent.id, leadAbsentAt: '2016-01-14' });
    expect(groups.flatMap((g) => g.items).filter((i) => i.leadAbsentAt !== null).map((i) => i.actionId))
      .toEqual(absent.leads.filter((l) => !/^working with/i.test(l)).map(() => absent.id));
    // Updated in January: not chased.
    const chased = new Set(groups.flatMap((g) => g.items.map((i) => i.actionId)));
    for (const id of s.agenda.slice(0, 10)) expect(chased.has(id)).toBe(false);
    const email = chaseEmailText(first.lead, first.items, { since: '2015-11-12' });
    expect(email).toContain('lead absent at the meeting of 14 January 2016');
    expect(email).toContain('current position (from the plan as imported on 1 October 2015): ');
    expect(email).toContain(absent.progress.split('\n')[0]!.trim().slice(0, 40));
    expect(email).not.toContain('none recorded');
    expect(chaseEmailText(first.lead, first.items, { since: '2015-11-12', locale: 'en-US' })).toContain('lead absent at the meeting of January 14, 2016');
  });

  it('minutes: a discussed action\'s position is its update, and the absent lead is first on the chase list', () => {
    const minutes = draftMinutes(s.plan, s.january);
    const updated = minutes.discussed[0]!;
    expect(updated.position).toMatchObject({ kind: 'update', text: updateText(0) });
    const abs = liveActions(s.plan).find((p) => p.action.id === s.agenda[11])!.action;
    expect(minutes.chase[0]!.items[0]).toMatchObject({ actionId: abs.id, leadAbsentAt: '2016-01-14' });
    const md = minutesToMarkdown(minutes);
    expect(md).toMatch(new RegExp(`${abs.ref!.replace(/\.$/, '').replace('.', '\\.')}\\. .*\\(lead absent\\)`));
  });

  it('dashboard: RAG by section, the trend across both meetings, overdue by lead', () => {
    const today = '2016-04-14';
    const data = dashboardData(s.plan, today);
    const live = liveActions(s.plan);
    expect(data.totals.total).toBe(live.length);
    expect(data.bySection.map((b) => b.total)).toEqual([5, 10, 26, 7, 3]);
    const counts = (ratings: Map<string, Rag>, size = live.length) => {
      const c = { red: 0, amber: 0, green: 0, blue: 0, none: size - ratings.size };
      for (const rag of ratings.values()) c[rag]++;
      return c;
    };
    // Section 1 is the agenda's first five actions, all rated in January.
    expect(data.bySection[0]!.counts).toEqual(counts(new Map(JANUARY.slice(0, 5).map((r, i) => [s.agenda[i]!, r])), 5));
    expect(data.trend.map((t) => [t.key, t.date, t.counts])).toEqual([
      [s.november, '2015-11-12', counts(s.afterNovember)],
      [s.january, '2016-01-14', counts(s.afterJanuary)],
    ]);
    const overdueCount = data.overdueByLead.reduce((n, l) => Math.max(n, l.count), 0);
    expect(data.overdueByLead[0]!.count).toBe(overdueCount);
    const allCcgs = data.overdueByLead.find((l) => l.lead === 'All CCGs')!;
    expect(allCcgs.actionIds).toEqual(
      live.filter((p) => p.action.leads.includes('All CCGs') && p.action.due! < today && s.afterJanuary.get(p.action.id) !== 'blue')
        .map((p) => p.action.id),
    );
    expect(dashboardData(s.plan, today, { meetings: 1 }).trend.map((t) => t.key)).toEqual([s.january]);
  });
});
