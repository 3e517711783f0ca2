import { describe, expect, it } from 'vitest';
import type { Action, Plan } from '../plan-json';
import { exportCsv } from './csv-write';

const action = (over: Partial<Action>): Action => ({
  id: 'a', ref: '1', text: '', timescale: '', due: null, leadText: (over.leads ?? []).join('\n'), leads: [], outcomes: '', progress: '', rag: null,
  flags: [], custom: {}, updates: [], ragHistory: [], archived: false, ...over,
});

const plan: Plan = {
  format: 'concord.plan', version: 1, id: 'p', title: 'T', meta: {}, legend: [], notes: [], meetings: [],
  columns: [{ key: 'ref', label: 'No.' }, { key: 'text', label: 'Action' }, { key: 'leads', label: 'Led By' }, { key: 'rag', label: 'RAG' }],
  sections: [
    {
      id: 's', number: '1', title: 'Commissioning, early', groups: [
        { id: 'g', title: null, actions: [
          action({ text: 'Say "hi", then\nwait', leads: ['Police', 'CCG'], rag: 'blue' }),
          action({ ref: '2', text: 'Archived', archived: true }),
        ] },
        { id: 'h', title: 'Empty sub-heading', actions: [] },
      ],
    },
  ],
};

describe('exportCsv', () => {
  it('writes a BOM, CRLF rows of equal width, and quotes commas, quotes and newlines', () => {
    const csv = exportCsv(plan);
    expect(csv.startsWith('\uFEFFSection,Sub-heading,No.,Action,Led By,RAG\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Section,Sub-heading,No.,Action,Led By,RAG',
      '"1. Commissioning, early",,1,"Say ""hi"", then\nwait","Police\nCCG",Complete',
      '"1. Commissioning, early",Empty sub-heading,,,,',
      '',
    ]);
  });
});
