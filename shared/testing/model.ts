// Helpers for the model's own tests: replicas that exchange updates like two devices that were offline.
import * as Y from 'yjs';
import type { Plan } from '../src/plan-json';
import * as model from '../src/model';
import { loadPlanIntoDoc } from '../src/model/load-plan';

/** Sends each doc everything the other has that it lacks. */
export function exchange(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB, 'remote');
  Y.applyUpdate(a, toA, 'remote');
}

/** A doc holding `plan`, and `n` more replicas that joined it (as devices do: never a second load). */
export function replicas(plan: Plan, n: number): Y.Doc[] {
  const first = new Y.Doc();
  loadPlanIntoDoc(first, plan);
  const rest = Array.from({ length: n }, () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(first));
    return doc;
  });
  return [first, ...rest];
}

/** A plan that uses every part of Plan JSON, with unknown keys on every kind of object. */
export function richPlan(): Plan {
  const action = (id: string, ref: string | null, extra: Record<string, unknown> = {}) => ({
    id, ref, text: `Action ${id}\nsecond line · bullet`, timescale: 'March 2016', due: '2016-03-31',
    leadText: 'CCG /\nPolice', leads: ['CCG', 'Police'], outcomes: 'Fewer detentions under s136', progress: 'Started 😀 well', rag: null,
    flags: ['new'], custom: { custom1: 'countywide', custom2: '' }, updates: [], ragHistory: [], archived: false,
    ...extra,
  });
  const plan = {
    format: 'concord.plan', version: 1, id: 'plan-1', title: 'Bromley Crisis Care Concordat', futurePlanKey: { a: 1 },
    meta: { source: 'bromley.docx', area: 'Bromley' },
    legend: [{ rag: 'red', meaning: 'Off track' }, { rag: 'blue', meaning: 'Complete', shade: '#00f' }],
    columns: [{ key: 'ref', label: 'No.' }, { key: 'text', label: 'Action' }, { key: 'custom1', label: '' }],
    notes: ['KPI: fewer s136 detentions', 'Signed by the partners'],
    leadDirectory: [
      { id: 'l1', name: 'CCG', aliases: ['All CCGs', 'CCG'], mergedInto: null, colour: 'teal' },
      { id: 'l2', name: 'Police', aliases: ['Police'], mergedInto: null },
      { id: 'l3', name: 'CCGs', aliases: ['CCGs'], mergedInto: 'l1' },
    ],
    meetings: [
      { id: 'm2', date: '2016-01-10', title: 'January review', facilitator: 'Ann', attendees: [{ name: 'Bo', organisation: 'Police', role: 'x' }],
        agenda: ['a1', 'a2'], state: 'ended', notes: 'Went well', room: 'B12' },
      { id: 'm1', date: '2015-11-01', title: '', facilitator: '', attendees: [], agenda: [], state: 'planned', notes: '' },
    ],
    sections: [
      { id: 's1', number: '1', title: 'Commissioning', sectionColour: 'grey', groups: [
        { id: 'g1', title: null, actions: [
          action('a1', '1.1', {
            rag: 'amber',
            updates: [{ id: 'u1', date: '2016-01-10', author: 'Ann', meetingId: 'm2', text: 'Agreed', mood: 'ok' }],
            ragHistory: [
              { at: '2016-01-10T10:00:00Z', by: 'Ann', meetingId: 'm2', rag: 'amber', device: 'd1' },
              { at: '2015-11-01T10:00:00Z', by: 'Bo', meetingId: null, rag: 'red' },
            ],
            priority: 3,
          }),
          action('a2', null, { rag: 'green', archived: true }),
        ] },
        { id: 'g-empty', title: 'Placeholder heading', actions: [], collapsed: true },
      ] },
      { id: 's2', number: null, title: 'KEY RISKS', archived: true, groups: [
        { id: 'g2', title: 'Sub-heading', archived: true, actions: [action('a3', '2 New Action')] },
      ] },
    ],
  };
  return plan as unknown as Plan;
}

/** A template plan with one action and one meeting: something for every mutator to change. */
export function mutatorScene(doc = new Y.Doc()) {
  loadPlanIntoDoc(doc, model.concordatTemplate({ id: 'p', title: 'T' }));
  const plan = model.planFromDoc(doc);
  const section = plan.sections[0]!.id;
  const group = plan.sections[0]!.groups[0]!.id;
  const otherSection = plan.sections[1]!.id;
  const otherGroup = plan.sections[1]!.groups[0]!.id;
  const action = model.addAction(doc, group, { text: 'x' });
  const meeting = model.addMeeting(doc, { date: '2016-01-01' });
  return { doc, section, group, action, meeting, otherSection, otherGroup };
}
export type MutatorScene = ReturnType<typeof mutatorScene>;

/** One call of every mutator of the model, each of which changes the scene's doc. */
export const MUTATOR_CALLS: Record<string, (c: MutatorScene, origin?: unknown) => void> = {
  updatePlanInfo: (c, o) => model.updatePlanInfo(c.doc, { title: 'New', meta: { k: 'v' } }, o),
  addSection: (c, o) => model.addSection(c.doc, { title: 'S' }, undefined, o),
  updateSection: (c, o) => model.updateSection(c.doc, c.section, { title: 'S2' }, o),
  moveSection: (c, o) => model.moveSection(c.doc, c.section, {}, o),
  archiveSection: (c, o) => model.archiveSection(c.doc, c.section, true, o),
  addGroup: (c, o) => model.addGroup(c.doc, c.section, { title: 'G' }, undefined, o),
  updateGroup: (c, o) => model.updateGroup(c.doc, c.group, { title: 'G2' }, o),
  moveGroup: (c, o) => model.moveGroup(c.doc, c.group, { sectionId: c.otherSection }, o),
  archiveGroup: (c, o) => model.archiveGroup(c.doc, c.group, true, o),
  addAction: (c, o) => model.addAction(c.doc, c.group, { text: 'y' }, undefined, o),
  updateAction: (c, o) => model.updateAction(c.doc, c.action, { text: 'xy', leads: ['A'], custom: { c: 'z' } }, o),
  moveAction: (c, o) => model.moveAction(c.doc, c.action, { groupId: c.otherGroup }, o),
  archiveAction: (c, o) => model.archiveAction(c.doc, c.action, true, o),
  setRag: (c, o) => model.setRag(c.doc, c.action, 'red', { by: 'Ann' }, o),
  addUpdate: (c, o) => model.addUpdate(c.doc, c.action, { date: '2016-01-01', author: 'A', text: 't' }, o),
  addMeeting: (c, o) => model.addMeeting(c.doc, { date: '2016-02-01' }, o),
  updateMeeting: (c, o) => model.updateMeeting(c.doc, c.meeting, { notes: 'n', state: 'live' }, o),
  updateActionLeadText: (c, o) => model.updateAction(c.doc, c.action, { leadText: 'Vale CCG; Mind' }, o),
  mergeLeads: (c, o) => model.mergeLeads(c.doc, 'CCGs', 'All CCGs', o),
  splitLead: (c, o) => model.splitLead(c.doc, 'CCGs', o),
  renameLead: (c, o) => model.renameLead(c.doc, 'CCGs', 'Clinical commissioning groups', o),
  addMeetingMark: (c, o) => model.addMeetingMark(c.doc, c.meeting, { actionId: c.action, kind: 'deferred', by: 'A' }, o),
  addMinuteLines: (c, o) => model.addMinuteLines(c.doc, c.meeting, [c.action], o),
  setMinuteLine: (c, o) => model.setMinuteLine(c.doc, c.meeting, c.action, 'said', o),
};
