/** Compares an imported plan with a corpus plan's expected result, field by field, and lists every difference. */
import type { Action, ImportReport, Plan } from '@concord/shared';
import type { CorpusFormat, CorpusPlan, Expected, ExpectedAction } from './spec';

const show = (v: unknown) => JSON.stringify(v);

function customOf(plan: Plan, action: Action): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of plan.columns) if (action.custom[c.key] !== undefined && action.custom[c.key] !== '') out[c.label] = action.custom[c.key]!;
  return out;
}

function actionDiffs(plan: Plan, got: Action, want: ExpectedAction, at: string, colourless: boolean): string[] {
  const out: string[] = [];
  const field = (name: string, value: unknown, expected: unknown) => {
    if (expected !== undefined && show(value) !== show(expected)) out.push(`${at}.${name}: got ${show(value)}, want ${show(expected)}`);
  };
  field('ref', got.ref, want.ref);
  field('text', got.text, want.text);
  field('timescale', got.timescale, want.timescale);
  field('due', got.due, want.due);
  field('leadText', got.leadText, want.leadText);
  field('leads', got.leads, want.leads);
  field('outcomes', got.outcomes, want.outcomes);
  field('progress', got.progress, want.progress);
  field('rag', got.rag, colourless && want.rag !== undefined ? null : want.rag);
  field('flags', got.flags, want.flags);
  if (want.custom !== undefined) field('custom', customOf(plan, got), want.custom);
  if (want.updates !== undefined) field('updates', got.updates.map((u) => ({ date: u.date, text: u.text })), want.updates);
  return out;
}

function structureDiffs(plan: Plan, expected: Expected, colourless: boolean): string[] {
  const out: string[] = [];
  const titles = (p: { sections: { title: string; groups: { title: string | null; actions: unknown[] }[] }[] }) =>
    p.sections.map((s) => `${s.title} [${s.groups.map((g) => `${g.title ?? '-'}:${g.actions.length}`).join(', ')}]`);
  if (show(titles(plan)) !== show(titles(expected))) return [`structure: got ${show(titles(plan))}, want ${show(titles(expected))}`];
  expected.sections.forEach((ws, si) => {
    const gs = plan.sections[si]!;
    if (ws.number !== undefined && gs.number !== ws.number) out.push(`sections[${si}].number: got ${show(gs.number)}, want ${show(ws.number)}`);
    ws.groups.forEach((wg, gi) =>
      wg.actions.forEach((wa, ai) => out.push(...actionDiffs(plan, gs.groups[gi]!.actions[ai]!, wa, `${si + 1}.${gi + 1}.${ai + 1}`, colourless))),
    );
  });
  return out;
}

function columnKeys(plan: Plan): string[] {
  return plan.columns.map((c) => (/^custom\d+$/.test(c.key) ? `custom:${c.label}` : c.key));
}

/** Every way `plan` differs from what the corpus plan expects in `format` ([] when it matches). */
export function differences(corpus: CorpusPlan, format: CorpusFormat, plan: Plan, report: ImportReport): string[] {
  const expected: Expected = { ...corpus.expect, ...corpus.differs?.[format] };
  const colourless = format === 'txt' && corpus.ragByColour === true;
  const out = structureDiffs(plan, expected, colourless);
  if (expected.title !== undefined && plan.title !== expected.title) out.push(`title: got ${show(plan.title)}, want ${show(expected.title)}`);
  if (expected.legend !== undefined && show(plan.legend) !== show(expected.legend)) out.push(`legend: got ${show(plan.legend)}, want ${show(expected.legend)}`);
  if (expected.columns !== undefined && show(columnKeys(plan)) !== show(expected.columns)) {
    out.push(`columns: got ${show(columnKeys(plan))}, want ${show(expected.columns)}`);
  }
  if (expected.notes !== undefined && show(plan.notes) !== show(expected.notes)) out.push(`notes: got ${show(plan.notes)}, want ${show(expected.notes)}`);
  const look = report.rows.filter((r) => r.look !== undefined).length;
  if (expected.needsLook !== undefined && look !== expected.needsLook) {
    out.push(`rows needing a look: got ${look} (${report.rows.filter((r) => r.look).map((r) => `${r.id} ${r.look}`).join('; ')}), want ${expected.needsLook}`);
  }
  return out;
}
