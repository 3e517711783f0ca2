// A person's fixes are data the shared importer takes (BuildOptions): the preview and the CLI use the same object.
import { describe, expect, it } from 'vitest';
import { leadDirectory } from '../leads/lead-directory';
import { buildPlan } from './plan-builder';
import type { BuildOptions } from './import-report';
import type { SourceDocument } from './source';

const cells = (...texts: string[]) => ({ cells: texts.map((text) => ({ text })) });

/** One table: a header, a heading row, three actions, a row that a person may read differently. */
const SOURCE: SourceDocument = {
  format: 'docx',
  title: 'Fixes',
  blocks: [
    { kind: 'table', rows: [
      cells('Ref', 'Action', 'Lead', 'Timescale'),
      { cells: [{ text: 'Early help', span: 4 }] },
      cells('1', 'Open a crisis café in the town centre', 'Vale Council and Vale Mind', 'June 2016'),
      cells('2', 'Train pharmacists to signpost', 'CCGs', 'July 2016'),
      cells('', 'Board agreed the funding in May', '', ''),
      { cells: [{ text: 'Crisis response', span: 4 }] },
      cells('3', 'Run street triage at weekends', 'All CCGs', 'March 2017'),
    ] },
  ],
};

const build = (opts: BuildOptions = {}) => buildPlan(SOURCE, { id: 'p', now: '2026-01-01T00:00:00.000Z', ...opts });
const shape = (r: ReturnType<typeof build>) =>
  r.plan.sections.map((s) => [s.title, s.groups.map((g) => [g.title, g.actions.map((a) => a.ref ?? a.text)])]);

describe('fixes a person makes in the preview', () => {
  it('reads the source on its own first', () => {
    const r = build();
    expect(shape(r)).toEqual([
      ['Early help', [[null, ['1', '2']]]],
      ['Crisis response', [[null, ['3']]]],
    ]);
    expect(r.plan.sections[0]!.groups[0]!.actions[1]!.text).toBe('Train pharmacists to signpost\nBoard agreed the funding in May');
    expect(r.report.rows.map((row) => [row.id, row.role])).toEqual([
      ['b0.1', 'section'], ['b0.2', 'action'], ['b0.3', 'action'], ['b0.4', 'continuation'], ['b0.5', 'section'], ['b0.6', 'action'],
    ]);
  });

  it('demotes a section to a sub-heading, attaches a row to the action above as progress, and marks what it fixed', () => {
    const r = build({ rowRoles: { 'b0.5': 'subheading', 'b0.4': 'progress' } });
    expect(shape(r)).toEqual([['Early help', [[null, ['1', '2']], ['Crisis response', ['3']]]]]);
    const two = r.plan.sections[0]!.groups[0]!.actions[1]!;
    expect([two.text, two.progress]).toEqual(['Train pharmacists to signpost', 'Board agreed the funding in May']);
    expect(r.report.rows.find((row) => row.id === 'b0.4')).toMatchObject({ role: 'progress', fixed: 'progress' });
  });

  it('promotes an action row to a section and makes a heading row an action', () => {
    const r = build({ rowRoles: { 'b0.3': 'section', 'b0.5': 'action' } });
    expect(shape(r)).toEqual([
      ['Early help', [[null, ['1']]]],
      ['Train pharmacists to signpost – CCGs – July 2016', [[null, ['Board agreed the funding in May', 'Crisis response', '3']]]],
    ]);
    expect(r.plan.sections[1]!.number).toBe('2');
  });

  it('merges two names of one lead in the directory and splits a lead that names two, leaving the cells as written', () => {
    const r = build({ leadMerges: { CCGs: 'All CCGs' }, leadSplits: { 'Vale Council and Vale Mind': ['Vale Council', 'Vale Mind'] } });
    const [one, two] = r.plan.sections[0]!.groups[0]!.actions;
    expect([one!.leadText, one!.leads]).toEqual(['Vale Council and Vale Mind', ['Vale Council', 'Vale Mind']]);
    expect(two!.leads).toEqual(['CCGs']);
    const directory = leadDirectory(r.plan);
    expect(directory.resolve('CCGs').name).toBe('All CCGs');
    expect(directory.entries().map((e) => e.name)).toEqual(['All CCGs', 'Vale Council', 'Vale Mind']);
  });

  it('gives progress a column when a fixed row makes progress and no column of the source is progress', () => {
    const r = build({ rowRoles: { 'b0.4': 'progress' } });
    expect(r.plan.columns.map((c) => c.key)).toEqual(['ref', 'text', 'leads', 'timescale', 'progress']);
    expect(r.plan.columns.at(-1)!.label).toBe('Summary progress');
  });

  it('ignores fixes for rows the source does not have', () => {
    expect(shape(build({ rowRoles: { 'b9.9': 'section' } }))).toEqual(shape(build()));
  });
});
