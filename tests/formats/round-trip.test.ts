/**
 * Seed (text import) -> export -> importFile gives the same Plan JSON, ids aside. What a format cannot carry:
 * every format drops ids, the RAG history beyond the current rating (it is re-recorded as an import entry),
 * progress updates (only as an "UPDATE <MONTH>" column when asked), meetings, meta and archived items;
 * CSV also drops the title, notes and RAG key (it is one bare table).
 */
import { expect, it } from 'vitest';
import { exportCsv, exportDocx, exportXlsx, importFile } from '@concord/shared/formats';
import type { Plan } from '@concord/shared';
import { NOW, SEEDS, comparable, seedPlan } from './seeds';
import { describeWithSeeds } from '../../testing/with-seeds';

const FORMATS = {
  docx: { write: exportDocx, omit: [] },
  xlsx: { write: exportXlsx, omit: [] },
  csv: { write: async (p: Plan) => new TextEncoder().encode(exportCsv(p)), omit: ['title', 'notes', 'legend'] },
} as const;

describeWithSeeds.each(SEEDS)('round trip of %s', (seed) => {
  const rngSeed = 20151101 + SEEDS.indexOf(seed);

  it.each(Object.keys(FORMATS) as (keyof typeof FORMATS)[])('through .%s', async (ext) => {
    const plan = seedPlan(seed, rngSeed);
    const { write, omit } = FORMATS[ext];
    const bytes = await write(plan);
    const started = performance.now();
    const back = await importFile(`${seed}.${ext}`, bytes, { id: 'plan', now: NOW });
    const ms = performance.now() - started;
    console.info(`${seed}.${ext}: ${bytes.byteLength} bytes, imported in ${ms.toFixed(0)} ms (rng seed ${rngSeed})`);
    expect(comparable(back.plan, omit)).toEqual(comparable(plan, omit));
    expect(back.plan.sections.flatMap((s) => s.groups.flatMap((g) => g.actions)).some((a) => a.rag)).toBe(true);
  });
});

describeWithSeeds('updates column', () => {
  it('adds "UPDATE <MONTH YEAR>" with the updates since the date, and reads it back as a column', async () => {
    const plan = seedPlan('bromley', 1);
    const action = plan.sections[0]!.groups[0]!.actions[0]!;
    action.updates = [
      { id: 'u1', date: '2015-10-20', author: 'Ann', meetingId: null, text: 'Too early' },
      { id: 'u2', date: '2015-11-04', author: 'Bo', meetingId: null, text: 'Service live' },
    ];
    const bytes = await exportDocx(plan, { updatesSince: '2015-11-01' });
    const { plan: back } = await importFile('bromley.docx', bytes, { id: 'plan', now: NOW });
    const column = back.columns.find((c) => c.label === 'UPDATE NOVEMBER 2015');
    expect(column).toBeDefined();
    const first = back.sections[0]!.groups[0]!.actions[0]!;
    // The builder may read an update column as progress (the seeds use it so) or keep it as a custom column.
    const cell = column!.key === 'progress' ? first.progress : first.custom[column!.key];
    // Dates as the person reads them (en-GB unless the exporting device says otherwise), never a bare ISO date.
    expect(cell).toBe('4 November 2015 (Bo): Service live');
  });

  it('writes the update dates in the locale it is given', async () => {
    const plan = seedPlan('bromley', 1);
    plan.sections[0]!.groups[0]!.actions[0]!.updates = [{ id: 'u2', date: '2015-11-04T15:30:00.000Z', author: 'Bo', meetingId: null, text: 'Live' }];
    const csv = exportCsv(plan, { updatesSince: '2015-11-01', locale: 'en-US' });
    expect(csv).toContain('November 4, 2015 (Bo): Live');
  });
});
