// The document's parts: the outline's levels, tables beside the plan, grouping columns, a row of update columns.
import { describe, expect, it } from 'vitest';
import { buildPlan } from './plan-builder';
import { liftGroupColumns } from './group-columns';
import type { SourceBlock, SourceDocument } from './source';

const NOW = '2026-01-01T00:00:00.000Z';
const p = (text: string, style?: string): SourceBlock => ({ kind: 'paragraph', text, ...(style ? { style } : {}) });
const t = (...rows: string[][]): SourceBlock => ({ kind: 'table', rows: rows.map((r) => ({ cells: r.map((text) => ({ text })) })) });
const doc = (...blocks: SourceBlock[]): SourceDocument => ({ format: 'docx', blocks });
const HEAD = ['Ref', 'Action', 'Lead', 'Timescale'];

function shape(src: SourceDocument) {
  const { plan } = buildPlan(src, { id: 'p', now: NOW });
  return {
    sections: plan.sections.map((s) => `${s.title} [${s.groups.map((g) => `${g.title ?? '-'}:${g.actions.map((a) => a.ref).join(',')}`).join('; ')}]`),
    notes: plan.notes,
    plan,
  };
}

describe('the outline', () => {
  it('puts a heading above the headings it directly heads, and keeps both levels', () => {
    const { sections } = shape(doc(
      p('Whole plan', 'Title'),
      p('The 2015 plan'), p('Objective 1 – Help'), t(HEAD, ['1', 'Open a café', 'Mind', 'May 2015']),
      p('The 2016 refresh'), p('Objective 1 – Help'), t(HEAD, ['1', 'Open it at weekends', 'Mind', 'May 2016']),
    ));
    expect(sections).toEqual(['The 2015 plan [Objective 1 – Help:1]', 'The 2016 refresh [Objective 1 – Help:1]']);
  });

  it('keeps headings over nothing before the plan, and a heading above the parts, as notes', () => {
    const { sections, notes } = shape(doc(
      p('Vale crisis plan', 'Title'),
      p('1. Introduction', 'Heading1'), p('Why this plan exists and who wrote it.'),
      p('2. The plan', 'Heading1'),
      t(HEAD, ['Before a crisis', '', '', ''], ['1', 'Open a café', 'Mind', 'May 2015'], ['In a crisis', '', '', ''], ['2', 'Staff the line', 'Trust', 'June 2015']),
    ));
    expect(sections).toEqual(['Before a crisis [-:1]', 'In a crisis [-:2]']);
    expect(notes).toEqual(['1. Introduction', 'Why this plan exists and who wrote it.', '2. The plan']);
  });

  it('takes a subtitle over one numbered part for a note, and a row over the whole table for the title', () => {
    const subtitled = shape(doc(p('Vale board'), p('Vale plan – update, May 2016'), p('1. Early help'), t(HEAD, ['Help early', '', '', ''], ['1', 'Open a café', 'Mind', 'May'])));
    expect(subtitled.sections).toEqual(['Early help [Help early:1]']);
    expect(subtitled.notes).toEqual(['Vale plan – update, May 2016']);
    const titled = shape(doc(t(['Vale crisis plan 2016', '', '', ''], HEAD, ['Theme 1: Early', '', '', ''], ['1', 'Open a café', 'Mind', 'May'], ['Theme 2: Urgent', '', '', ''], ['2', 'Staff the line', 'Trust', 'June'])));
    expect(titled.plan.title).toBe('Vale crisis plan 2016');
    expect(titled.sections).toEqual(['Theme 1: Early [-:1]', 'Theme 2: Urgent [-:2]']);
  });

  it('keeps a section in the middle that has no actions yet', () => {
    const { sections } = shape(doc(
      p('1. First', 'Heading1'), t(HEAD, ['1', 'Open a café', 'Mind', 'May 2015']),
      p('2. Second', 'Heading1'), t(HEAD, ['', '', '', '']),
      p('3. Third', 'Heading1'), t(HEAD, ['3', 'Staff the line', 'Trust', 'June 2015']),
    ));
    expect(sections).toEqual(['First [-:1]', 'Second []', 'Third [-:3]']);
  });
});

describe('tables beside the plan', () => {
  it('reads a table before the plan’s header, and one without a ref where the plan numbers its actions, as notes', () => {
    const { sections, notes } = shape(doc(
      t(['Vale CCG', 'Vale Council'], ['Vale Police', 'Vale Mind']),
      t(HEAD, ['1', 'Open a café', 'Mind', 'May 2015'], ['2', 'Staff the line', 'Trust', 'June 2015']),
      p('Glossary', 'Heading1'),
      t(['AMHP', 'Approved mental health professional']),
    ));
    expect(sections).toEqual([' [-:1,2]']);
    expect(notes).toEqual(['Vale CCG\nVale Council', 'Vale Police\nVale Mind', 'Glossary', 'AMHP\nApproved mental health professional']);
  });

  it('keeps a continuation table without a header as part of the plan', () => {
    const { sections } = shape(doc(
      t(HEAD, ['1', 'Open a café', 'Mind', 'May 2015'], ['2', 'Staff the line', 'Trust', 'June 2015']),
      t(['3', 'Train the call handlers', 'Trust', 'July 2015']),
    ));
    expect(sections).toEqual([' [-:1,2,3]']);
  });
});

describe('grouping columns', () => {
  const HEAD5 = ['Objective', ...HEAD];

  it('lifts an objective written once per group (merged down) into heading rows, and names it', () => {
    const src = liftGroupColumns(doc(t(HEAD5, ['Early help', '1', 'Open a café', 'Mind', 'May'], ['', '2', 'Print cards', 'Mind', 'June'], ['Urgent care', '3', 'Staff the line', 'Trust', 'July'])));
    const { sections, plan } = shape(src);
    expect(sections).toEqual(['Early help [-:1,2]', 'Urgent care [-:3]']);
    expect(buildPlan(src, { now: NOW }).report.sectionNoun).toBe('objectives');
    expect(plan.meta).toEqual({ sectionsColumn: 'Objective' });
    expect(plan.columns.map((c) => c.key)).toEqual(['ref', 'text', 'leads', 'timescale']);
  });

  it('leaves a column that does not group the rows as a column', () => {
    const distinct = doc(t(HEAD5, ['Fewer admissions', '1', 'Open a café', 'Mind', 'May'], ['Quicker help', '2', 'Print cards', 'Mind', 'June']));
    const split = doc(t(HEAD5, ['Early help', '1', 'Open a café', 'Mind', 'May'], ['Urgent care', '2', 'Print cards', 'Mind', 'June'], ['Early help', '3', 'Staff the line', 'Trust', 'July']));
    const ranks = doc(t(['Priority', ...HEAD], ['High', '1', 'Open a café', 'Mind', 'May'], ['High', '2', 'Print cards', 'Mind', 'June']));
    for (const src of [distinct, split, ranks]) expect(liftGroupColumns(src)).toEqual(src);
  });
});

describe('a row of update columns', () => {
  it('takes the latest period anyone wrote in as the progress', () => {
    const { plan } = shape(doc(t(
      [...HEAD, 'Q1 update', 'Q2 update', 'Q3 update'],
      ['1', 'Open a café', 'Mind', 'May', 'Site found', 'Opened in August', ''],
      ['2', 'Print cards', 'Mind', 'June', 'Designed', '', ''],
    )));
    expect(plan.columns.map((c) => `${c.key}:${c.label}`).slice(4)).toEqual(['custom1:Q1 update', 'progress:Q2 update', 'custom2:Q3 update']);
    expect(plan.sections[0]!.groups[0]!.actions.map((a) => a.progress)).toEqual(['Opened in August', '']);
  });
});
