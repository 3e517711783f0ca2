import { newId } from '../ids';
import { PLAN_FORMAT, PLAN_VERSION, type Column, type LegendEntry, type Plan } from '../plan-json';

/** The five standard sections of a Mental Health Crisis Care Concordat action plan. */
export const CONCORDAT_SECTION_TITLES = [
  'Commissioning to allow earlier intervention and responsive crisis services',
  'Access to support before crisis point',
  'Urgent and emergency access to crisis care',
  'Quality of treatment and care when in crisis',
  'Recovery and staying well / preventing future crisis',
] as const;

/** The columns of a typical Concordat plan, in the order the published plans use. */
export const CONCORDAT_COLUMNS: readonly Column[] = [
  { key: 'ref', label: 'No.' },
  { key: 'text', label: 'Action' },
  { key: 'timescale', label: 'Timescale' },
  { key: 'leads', label: 'Led by' },
  { key: 'outcomes', label: 'Outcomes' },
  { key: 'progress', label: 'Summary progress' },
  { key: 'rag', label: 'RAG' },
];

/** A RAG key of the usual kind; groups change it to their own wording. */
export const CONCORDAT_LEGEND: readonly LegendEntry[] = [
  { rag: 'red', meaning: 'Not on track: significant risks or delays' },
  { rag: 'amber', meaning: 'Some delay or risk, being managed' },
  { rag: 'green', meaning: 'On track' },
  { rag: 'blue', meaning: 'Complete' },
];

/** A new Concordat plan: the five standard sections, each with one untitled group and no actions. */
export function concordatTemplate(init: { id: string; title: string }): Plan {
  return {
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    id: init.id,
    title: init.title,
    meta: {},
    legend: CONCORDAT_LEGEND.map((e) => ({ ...e })),
    columns: CONCORDAT_COLUMNS.map((c) => ({ ...c })),
    sections: CONCORDAT_SECTION_TITLES.map((title, i) => ({
      id: newId(),
      number: String(i + 1),
      title,
      groups: [{ id: newId(), title: null, actions: [] }],
    })),
    notes: [],
    meetings: [],
  };
}
