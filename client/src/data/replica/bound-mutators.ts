import type * as Y from 'yjs';
import {
  addAction,
  addGroup,
  addSection,
  addMeeting,
  addUpdate,
  archiveAction,
  archiveGroup,
  archiveSection,
  moveAction,
  moveGroup,
  moveSection,
  setRag,
  updateAction,
  updateGroup,
  updateMeeting,
  updatePlanInfo,
  updateSection,
  startMeeting,
  endMeeting,
  reopenMeeting,
  rateInMeeting,
  updateInMeeting,
  deferInMeeting,
  markLeadAbsent,
  clearMeetingMark,
  confirmRating,
  prepareMinutes,
  setMinuteLine,
  mergeLeads,
  splitLead,
  renameLead,
} from '@concord/shared';
import type { PlanHandle, Replica } from './plan-replica';

type Bound<F> = F extends (doc: Y.Doc, ...rest: infer A) => infer R ? (...rest: A) => R : never;

function bind<F extends (doc: Y.Doc, ...rest: never[]) => unknown>(doc: Y.Doc, fn: F): Bound<F> {
  return ((...rest: never[]) => fn(doc, ...rest)) as Bound<F>;
}

/** The plan model's mutators with the doc filled in, for UI code that only holds a PlanHandle. */
export function planMutators(handle: PlanHandle) {
  const { doc } = handle as Replica;
  return {
    updatePlanInfo: bind(doc, updatePlanInfo),
    addSection: bind(doc, addSection),
    updateSection: bind(doc, updateSection),
    moveSection: bind(doc, moveSection),
    archiveSection: bind(doc, archiveSection),
    addGroup: bind(doc, addGroup),
    updateGroup: bind(doc, updateGroup),
    moveGroup: bind(doc, moveGroup),
    archiveGroup: bind(doc, archiveGroup),
    addAction: bind(doc, addAction),
    updateAction: bind(doc, updateAction),
    moveAction: bind(doc, moveAction),
    archiveAction: bind(doc, archiveAction),
    setRag: bind(doc, setRag),
    addUpdate: bind(doc, addUpdate),
    addMeeting: bind(doc, addMeeting),
    updateMeeting: bind(doc, updateMeeting),
    startMeeting: bind(doc, startMeeting),
    endMeeting: bind(doc, endMeeting),
    reopenMeeting: bind(doc, reopenMeeting),
    rateInMeeting: bind(doc, rateInMeeting),
    updateInMeeting: bind(doc, updateInMeeting),
    deferInMeeting: bind(doc, deferInMeeting),
    markLeadAbsent: bind(doc, markLeadAbsent),
    clearMeetingMark: bind(doc, clearMeetingMark),
    confirmRating: bind(doc, confirmRating),
    prepareMinutes: bind(doc, prepareMinutes),
    setMinuteLine: bind(doc, setMinuteLine),
    mergeLeads: bind(doc, mergeLeads),
    splitLead: bind(doc, splitLead),
    renameLead: bind(doc, renameLead),
  };
}

export type PlanMutators = ReturnType<typeof planMutators>;
