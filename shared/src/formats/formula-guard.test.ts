import { describe, expect, it } from 'vitest';
import type { Action, Plan } from '../plan-json';
import { exportCsv } from './csv-write';
import { FORMULA_GUARDED, guardFormula, unguardFormula } from './formula-guard';
import { importFile } from './import-file';

/** Cells a spreadsheet would run, and the near misses that must pass through as they are. */
const RISKY = ['=HYPERLINK("http://evil.example","Open")', '+44 20 7946 0000', '-2 beds since May', '@SUM(A1:A9)', '\tindented', '\rreturn'];
const ALREADY_QUOTED = ["'=1+1", "''-minus", "'plain quote"];

const action = (id: string, over: Partial<Action>): Action => ({
  id, ref: id, text: '', timescale: '', due: null, leadText: 'Council', leads: ['Council'], outcomes: '', progress: '', rag: null,
  flags: [], custom: {}, updates: [], ragHistory: [], archived: false, ...over,
});

const plan = (actions: Action[]): Plan => ({
  format: 'concord.plan', version: 1, id: 'p', title: 'Guarded', meta: {}, legend: [], notes: [], meetings: [],
  columns: [{ key: 'ref', label: 'No.' }, { key: 'text', label: 'Action' }, { key: 'leads', label: 'Led By' }, { key: 'progress', label: 'Progress' }],
  sections: [{ id: 's', number: '1', title: 'Safety', groups: [{ id: 'g', title: null, actions }] }],
});

describe('the CSV formula guard', () => {
  it('prefixes one quote to every cell a spreadsheet would evaluate, and to quoted look-alikes, and nothing else', () => {
    for (const text of RISKY) expect(guardFormula(text)).toBe(`'${text}`);
    expect(guardFormula("'=1+1")).toBe("''=1+1");
    expect(guardFormula("'plain quote")).toBe("'plain quote");
    expect(guardFormula('Crisis line 24/7')).toBe('Crisis line 24/7');
    for (const text of [...RISKY, ...ALREADY_QUOTED, 'x = y']) expect(unguardFormula(guardFormula(text))).toBe(text);
  });

  it('sees a formula on the first line of a cell of several lines (a regex without the s flag would not)', () => {
    expect(FORMULA_GUARDED.test('=1+1\nsecond line')).toBe(true);
    expect(guardFormula('=1+1\nsecond line')).toBe("'=1+1\nsecond line");
  });

  it('writes no cell that begins with = + - @ tab or CR, in any field', async () => {
    const csv = exportCsv(plan(RISKY.map((text, i) => action(String(i + 1), { text, progress: text }))));
    const { default: Papa } = await import('papaparse');
    const cells = Papa.parse<string[]>(csv.slice(1)).data.flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cells).toContain("'=HYPERLINK(\"http://evil.example\",\"Open\")");
  });

  it("round-trips Concord's own CSV with every cell's text unchanged", async () => {
    // The importer trims whitespace round a cell's text, guarded or not: tab and CR starts are checked on writing only.
    const texts = [...RISKY.filter((t) => !/^\s/.test(t)), ...ALREADY_QUOTED];
    const source = plan(texts.map((text, i) => action(String(i + 1), { text, progress: `${text} (progress)` })));
    const bytes = new TextEncoder().encode(exportCsv(source));
    const { plan: back } = await importFile('guarded.csv', bytes, { id: 'p', now: '2026-12-07T00:00:00.000Z' });
    const actions = back.sections.flatMap((s) => s.groups.flatMap((g) => g.actions));
    expect(actions.map((a) => a.text)).toEqual(texts);
    expect(actions.map((a) => a.progress)).toEqual(texts.map((t) => `${t} (progress)`));
  });

  it("keeps a leading quote in a CSV Concord did not write: there it is the author's text", async () => {
    const csv = "No.,Action,Led By\r\n1,'=not ours,Police\r\n";
    const { plan: back } = await importFile('theirs.csv', new TextEncoder().encode(csv), { id: 'p', now: '2026-12-07T00:00:00.000Z' });
    expect(back.sections[0]!.groups[0]!.actions[0]!.text).toBe("'=not ours");
  });
});
