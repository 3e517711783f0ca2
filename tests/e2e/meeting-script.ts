/**
 * Two review meetings on the Nottinghamshire plan, written by a second participant's replica through the real relay
 * (the facilitator's laptop, as far as the browser under test can tell). Expected values come from this script.
 */
import { addMeeting, addUpdate, deferInMeeting, endMeeting, markLeadAbsent, planFromDoc, rateInMeeting, resolveAgenda,
  startMeeting, updateInMeeting, type Plan, type PlanDoc, type Rag } from '@concord/shared';

export const ATTENDEES = [
  { name: 'Ann Chair', organisation: 'Nottingham City CCG' },
  { name: 'Sgt Bo Reed', organisation: 'Nottinghamshire Police' },
  { name: 'Cy Patel', organisation: 'Nottinghamshire Healthcare NHS Foundation Trust' },
];
const NOVEMBER: Record<number, Rag> = { 0: 'amber', 1: 'amber', 3: 'amber' };
export const JANUARY: Rag[] = ['green', 'amber', 'amber', 'red', 'green', 'blue', 'amber', 'green', 'red', 'amber'];
export const updateText = (i: number): string => `January update ${i}: street triage on track`;
const at = (day: string, minute: number): string => `${day}T10:${String(minute).padStart(2, '0')}:00.000Z`;

export interface Held {
  agenda: string[];
  november: string;
  january: string;
  /** Index in the agenda of the deferred and the lead-absent action. */
  deferred: number;
  leadAbsent: number;
  /** The rating of every live action after January, as the script and the imported plan give them. */
  afterJanuary: Map<string, Rag | null>;
}

/** Holds both meetings on `doc` (a synced replica of the imported plan). */
export function holdMeetings(doc: PlanDoc): Held {
  const imported = planFromDoc(doc);
  const agenda = resolveAgenda(imported, { kind: 'sections', sectionIds: imported.sections.slice(0, 2).map((s) => s.id) });
  const november = addMeeting(doc, { date: '2015-11-12', title: 'November review', attendees: ATTENDEES.slice(0, 2) });
  startMeeting(doc, november, { agenda, facilitator: 'Ann Chair' });
  for (const [i, rag] of Object.entries(NOVEMBER)) rateInMeeting(doc, november, agenda[Number(i)]!, rag, 'Ann Chair', at('2015-11-12', Number(i)));
  endMeeting(doc, november);
  addUpdate(doc, agenda[12]!, { date: '2015-12-10T15:00:00.000Z', author: 'Cy Patel', text: 'Scoping started' });
  const january = addMeeting(doc, { date: '2016-01-14', title: 'January review', attendees: ATTENDEES });
  startMeeting(doc, january, { agenda, facilitator: 'Ann Chair' });
  JANUARY.forEach((rag, i) => {
    rateInMeeting(doc, january, agenda[i]!, rag, 'Ann Chair', at('2016-01-14', 2 * i));
    updateInMeeting(doc, january, agenda[i]!, updateText(i), ATTENDEES[i % 3]!.name, at('2016-01-14', 2 * i + 1));
  });
  deferInMeeting(doc, january, agenda[10]!, 'Ann Chair', at('2016-01-14', 30));
  markLeadAbsent(doc, january, agenda[11]!, 'Ann Chair', at('2016-01-14', 31));
  endMeeting(doc, january);
  const afterJanuary = new Map<string, Rag | null>(allActions(imported).map((a) => [a.id, a.rag]));
  JANUARY.forEach((rag, i) => afterJanuary.set(agenda[i]!, rag));
  return { agenda, november, january, deferred: 10, leadAbsent: 11, afterJanuary };
}

/** Every non-archived action of a plan, in plan order. */
export function allActions(plan: Plan): Plan['sections'][number]['groups'][number]['actions'] {
  return plan.sections.flatMap((s) => s.groups.flatMap((g) => g.actions)).filter((a) => !a.archived);
}
