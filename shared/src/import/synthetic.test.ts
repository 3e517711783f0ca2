import { describe, expect, it } from 'vitest';
import { importText } from './import-text';
import { buildPlan } from './plan-builder';
import { ImportError } from './import-error';
import type { SourceDocument } from './source';

/** Writes rows in the Word-table-as-text format: each cell introduced by a tab, a blank line after each row. */
function table(rows: string[][]): string {
  return rows.map((cells) => cells.map((c) => `\t${c}`).join('\n') + '\n\n').join('');
}

function actionsOf(text: string) {
  const result = importText(text, { now: '2026-01-01T00:00:00.000Z' });
  return { ...result, actions: result.plan.sections.flatMap((s) => s.groups.flatMap((g) => g.actions)) };
}

const RAG_FIRST = [
  'Concord test plan',
  '',
  table([
    ['1. Governance and partnership'],
    ['Status', 'Ref no.', 'What', 'By when', 'Owner', 'Comments', 'Budget'],
    ['Red', '1.1', 'Set up a partnership board', 'March 2016', 'CCG / Police', 'Board met twice', '£2,000'],
    ['G', '1.2', 'Agree terms of reference', 'Q2 2016', 'Council & CCG', 'Agreed', ''],
    ['2. Access to support'],
    ['Status', 'Ref no.', 'What', 'By when', 'Owner', 'Comments', 'Budget'],
    ['Amber', '2.1', 'Open a crisis cafe\nin the town centre', 'TBC', 'Mind', '', 'nil'],
  ]),
].join('\n');

describe('synthetic layouts', () => {
  it('RAG in the first column, "By when"/"Owner"/"Status" headers, an unknown column kept as custom', () => {
    const { plan, actions } = actionsOf(RAG_FIRST);
    expect(plan.title).toBe('Concord test plan');
    expect(plan.columns.map((c) => c.key)).toEqual(['rag', 'ref', 'text', 'timescale', 'leads', 'progress', 'custom1']);
    expect(plan.columns[6]!.label).toBe('Budget');
    expect(actions.map((a) => a.rag)).toEqual(['red', 'green', 'amber']);
    expect(actions[0]!.ragHistory).toEqual([{ at: '2026-01-01T00:00:00.000Z', by: 'import', meetingId: null, rag: 'red' }]);
    expect(actions[0]!.custom).toEqual({ custom1: '£2,000' });
    expect(actions[0]!.leads).toEqual(['CCG', 'Police']);
    expect(actions.map((a) => a.due)).toEqual(['2016-03-31', '2016-06-30', null]);
    expect(actions[2]!.text).toBe('Open a crisis cafe\nin the town centre');
    expect(plan.sections.map((s) => [s.number, s.title, s.groups.length, s.groups[0]!.title])).toEqual([
      ['1', 'Governance and partnership', 1, null],
      ['2', 'Access to support', 1, null],
    ]);
  });

  it('reads Windows line endings and a UTF-8 BOM the same', () => {
    const plain = actionsOf(RAG_FIRST);
    const windows = actionsOf(`\uFEFF${RAG_FIRST.replace(/\n/g, '\r\n')}`);
    const strip = (r: typeof plain) => r.actions.map(({ id: _id, ...rest }) => rest);
    expect(strip(windows)).toEqual(strip(plain));
    expect(windows.plan.title).toBe('Concord test plan');
  });

  it('sections as paragraphs between tables, sub-headings, empty placeholder rows and a continuation row', () => {
    const header = ['No.', 'Action', 'Timescale', 'Lead agency', 'Expected outcome', 'Update Nov 2015'];
    const text = [
      '1. Crisis response',
      table([header, ['Improve triage'], ['1', 'Street triage pilot', 'October 2015', 'Police', 'Fewer s136', 'Started'], ['', '', '', '', '', 'Further funding agreed'], ['Empty heading'], ['', '', '', '', '', ''], ['', '', '', '', '', '']]),
      '2. Recovery',
      '',
      table([header, ['2', 'Recovery college', '2015/16', 'Trust', 'More courses', '']]),
      'Red - not started',
      'Amber - in progress',
      'Green - complete',
      '',
      'Signed by the partners.',
    ].join('\n');
    const { plan, actions, report } = actionsOf(text);
    expect(plan.sections.map((s) => s.title)).toEqual(['Crisis response', 'Recovery']);
    expect(plan.sections[0]!.groups.map((g) => [g.title, g.actions.length])).toEqual([['Improve triage', 1], ['Empty heading', 0]]);
    expect(actions[0]!.progress).toBe('Started\nFurther funding agreed');
    expect(report.warnings.some((w) => w.reason === 'continuation-row')).toBe(true);
    expect(actions[1]!.due).toBe('2016-03-31');
    expect(plan.legend).toEqual([
      { rag: 'red', meaning: 'not started' },
      { rag: 'amber', meaning: 'in progress' },
      { rag: 'green', meaning: 'complete' },
    ]);
    expect(plan.notes).toEqual(['Signed by the partners.']);
    expect(plan.columns.map((c) => c.key)).toEqual(['ref', 'text', 'timescale', 'leads', 'outcomes', 'progress']);
  });

  it('no sub-headings and a column with no header of local/countywide values', () => {
    const text = table([
      ['#', 'Actions and milestones', 'Deadline', 'Responsible', '', 'Outcome measures'],
      ['1', 'Map services', 'June 2015', 'Council', 'local', 'A map'],
      ['2', 'Share the map', 'July 2015', 'CCG', 'countywide', 'Shared'],
    ]);
    const { plan, actions } = actionsOf(text);
    expect(plan.columns.map((c) => [c.key, c.label])).toEqual([
      ['ref', '#'], ['text', 'Actions and milestones'], ['timescale', 'Deadline'], ['leads', 'Responsible'], ['custom1', ''], ['outcomes', 'Outcome measures'],
    ]);
    expect(actions.map((a) => a.custom['custom1'])).toEqual(['local', 'countywide']);
    expect(plan.sections).toHaveLength(1);
    expect(plan.sections[0]!.groups[0]!.title).toBeNull();
  });

  it('a ref followed by "New Action" is flagged new; a header that lies is overruled by its cells', () => {
    const text = table([
      ['Ref', 'RAG', 'Action', 'Lead'],
      ['2\nNew Action', 'local', 'Train staff', 'Trust'],
      ['3', 'countywide', 'Audit', 'CCG'],
    ]);
    const { plan, actions, report } = actionsOf(text);
    expect(actions.map((a) => [a.ref, a.flags, a.rag])).toEqual([['2', ['new'], null], ['3', [], null]]);
    expect(plan.columns.find((c) => c.label === 'RAG')?.key).toBe('custom1');
    expect(report.warnings.map((w) => w.reason)).toContain('column-overruled');
  });
});

describe('buildPlan on a SourceDocument from another format', () => {
  it('expands spans and reads RAG from cell shading', () => {
    const src: SourceDocument = {
      format: 'docx',
      title: 'From docx',
      blocks: [
        { kind: 'paragraph', text: '1. Commissioning', style: 'Heading1' },
        { kind: 'table', rows: [
          { cells: [{ text: 'No.' }, { text: 'Action' }, { text: 'Lead' }, { text: 'RAG' }] },
          { cells: [{ text: 'Matching need', span: 4 }] },
          { cells: [{ text: '1' }, { text: 'Do it' }, { text: 'CCG' }, { text: '', shading: 'FF0000' }] },
          { cells: [{ text: '2' }, { text: 'Do more' }, { text: 'LA' }, { text: '', shading: '00B050' }] },
        ] },
      ],
    };
    const { plan } = buildPlan(src, { id: 'plan-1', now: '2026-01-01T00:00:00.000Z' });
    expect(plan.id).toBe('plan-1');
    expect(plan.title).toBe('From docx');
    const group = plan.sections[0]!.groups[0]!;
    expect(group.title).toBe('Matching need');
    expect(group.actions.map((a) => a.rag)).toEqual(['red', 'green']);
  });
});

describe('ImportError', () => {
  const reasonOf = (text: string): string | null => {
    try {
      importText(text);
      return null;
    } catch (e) {
      return e instanceof ImportError ? e.reason : 'other';
    }
  };

  it('empty input', () => {
    expect(reasonOf('')).toBe('empty');
    expect(reasonOf(' \n\r\n\t\n')).toBe('empty');
    expect(reasonOf('\uFEFF')).toBe('empty');
  });

  it('binary garbage', () => {
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const bytes = Array.from({ length: 4096 }, () => String.fromCharCode(Math.floor(random() * 256))).join('');
    expect(reasonOf(bytes), `seed 12345`).toBe('corrupt');
    expect(reasonOf('PK\u0003\u0004\u0014\u0000\u0006\u0000word/document.xml')).toBe('corrupt');
  });

  it('text with no table', () => {
    expect(reasonOf('Minutes of the meeting\n\nWe agreed to meet again.\n')).toBe('no-table');
  });

  it('a table that is not a plan', () => {
    expect(reasonOf('\tapples\n\tpears\n\n\tplums\n\tfigs\n\n')).toBe('unrecognised');
  });

  it('too large', () => {
    expect(reasonOf(`\tNo.\n\tAction\n\n${'x'.repeat(5_000_001)}`)).toBe('too-large');
  });
});
