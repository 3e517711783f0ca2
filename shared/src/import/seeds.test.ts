import { beforeAll, expect, it } from 'vitest';
import type { Action, Plan } from '../plan-json';
import type { ImportReport } from './import-report';
import { importText } from './import-text';
import { describeWithSeeds } from '../../../testing/with-seeds';
import { SEEDS, haystack, isIn, readSeed, seedParts, tokens } from '../../testing/seed-words';

const EXPECTED: Record<(typeof SEEDS)[number], { sections: number; numbered: number; unnumbered: number }> = {
  bromley: { sections: 5, numbered: 42, unnumbered: 0 },
  'bedfordshire-luton': { sections: 5, numbered: 20, unnumbered: 2 },
  'south-west-essex': { sections: 5, numbered: 64, unnumbered: 0 },
  nottinghamshire: { sections: 5, numbered: 51, unnumbered: 0 },
};

function actions(name: string) {
  const { plan } = importText(readSeed(name), { fileName: `${name}.txt` });
  return plan.sections.flatMap((s) => s.groups.flatMap((g) => g.actions));
}

describeWithSeeds.each(SEEDS)('seed %s', (name) => {
  // Read before the tests, not while collecting them: a suite skipped for want of the seeds is still collected.
  let text = '';
  let plan: Plan;
  let report: ImportReport;
  let all: Action[] = [];
  beforeAll(() => {
    text = readSeed(name);
    ({ plan, report } = importText(text, { fileName: `${name}.txt`, now: '2026-01-01T00:00:00.000Z' }));
    all = plan.sections.flatMap((s) => s.groups.flatMap((g) => g.actions));
  });

  it('has the expected sections and actions', () => {
    const want = EXPECTED[name];
    expect(plan.sections).toHaveLength(want.sections);
    expect(all.filter((a) => a.ref !== null)).toHaveLength(want.numbered);
    expect(all.filter((a) => a.ref === null)).toHaveLength(want.unnumbered);
    expect(report.numberedActions).toBe(want.numbered);
    expect(plan.sections.map((s) => s.number)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('loses no table text', () => {
    const hay = haystack(plan);
    const lost = seedParts(text).tableFragments.filter((f) => !isIn(hay, f.text));
    expect(lost).toEqual([]);
  });

  it('keeps the free text after the tables unless it repeats the tables', () => {
    const hay = haystack(plan);
    const tableTokens = seedParts(text).tableFragments.flatMap((f) => tokens(f.text));
    const squashedTable = tableTokens.join('');
    const tableSet = new Set(tableTokens);
    const copied = report.warnings.some((w) => w.reason === 'duplicate-rendition');
    // A line of a flattened copy repeats the tables: its letters are a stretch of theirs (words cut by the PDF
    // rejoin), or nearly all its words are theirs (cells interleaved by the PDF layout), or it is a page fragment.
    const repeats = (line: string): boolean => {
      const t = tokens(line);
      return t.length < 4 || squashedTable.includes(t.join('')) || t.filter((w) => tableSet.has(w)).length / t.length >= 0.85;
    };
    const lost = seedParts(text).tailLines.filter((l) => !isIn(hay, l.text) && !(copied && repeats(l.text)));
    expect(lost).toEqual([]);
  });

  it('makes no empty actions and keeps every column', () => {
    expect(all.filter((a) => [a.text, a.timescale, a.outcomes, a.progress, ...a.leads, ...Object.values(a.custom)].every((t) => t === ''))).toEqual([]);
    const labels = plan.columns.map((c) => c.label.toLowerCase());
    expect(labels).toContain('action');
    expect(new Set(plan.columns.map((c) => c.key)).size).toBe(plan.columns.length);
  });
});

describeWithSeeds('seed specifics', () => {
  it('bromley: leads split, due dates, sub-headings with only empty rows kept', () => {
    const { plan } = importText(readSeed('bromley'));
    const first = plan.sections[0]!.groups[0]!.actions[0]!;
    expect(first.ref).toBe('1');
    expect(first.leads).toEqual(['Bromley CCG', 'Oxleas']);
    expect(first.due).toBe('2015-10-31');
    const s3 = plan.sections[2]!;
    const empty = s3.groups.find((g) => g.title?.startsWith('Social services'));
    expect(empty?.actions).toEqual([]);
    expect(plan.columns.map((c) => c.key)).toEqual(['ref', 'text', 'timescale', 'leads', 'outcomes', 'progress', 'rag']);
  });

  it('bedfordshire-luton: the "RAG" column of local/countywide is a custom column; the flattened copy is skipped', () => {
    const { plan, report } = importText(readSeed('bedfordshire-luton'));
    const scope = plan.columns.find((c) => c.label === 'RAG');
    expect(scope?.key).toMatch(/^custom\d+$/);
    expect(plan.columns.some((c) => c.key === 'rag')).toBe(false);
    const values = new Set(actions('bedfordshire-luton').map((a) => a.custom[scope!.key]?.toLowerCase()));
    expect([...values].filter(Boolean).sort()).toEqual(['countywide', 'local']);
    expect(report.warnings.map((w) => w.reason)).toContain('duplicate-rendition');
    expect(plan.notes).toEqual([]);
    const progress = plan.columns.find((c) => c.key === 'progress');
    expect(progress?.label).toBe('UPDATE NOVEMBER 2015');
  });

  it('south-west-essex: title line, refs like 1.12, KPI text after the tables becomes notes', () => {
    const { plan } = importText(readSeed('south-west-essex'));
    expect(plan.title).toBe('South West Essex Mental Health Crisis Care Concordat Action Plan');
    expect(actions('south-west-essex').map((a) => a.ref)).toContain('1.12');
    expect(plan.notes.join('\n')).toContain('KPI Reporting data set');
    expect(plan.notes.join('\n')).toContain('Soft KPIs');
    expect(plan.sections[1]!.title).toBe('ACCESS TO SUPPORT BEFORE CRISIS POINT');
  });

  it('nottinghamshire: two flattened copies skipped, financial years as due dates, new action flagged', () => {
    const { plan } = importText(readSeed('nottinghamshire'));
    const all = actions('nottinghamshire');
    expect(all[0]!.due).toBe('2016-03-31');
    expect(all.find((a) => a.ref === '15')?.flags).toContain('new');
    expect(plan.notes.some((n) => n.includes('Public Health and'))).toBe(false);
    expect(plan.notes.length).toBeLessThanOrEqual(1);
  });
});
