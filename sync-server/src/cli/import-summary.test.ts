import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import { seedPath } from '../../../testing/seeds';
import { describeWithSeeds } from '../../../testing/with-seeds';
import { main } from '../cli';

const seed = seedPath('bromley');

function sink(into: { text: string }): Writable {
  return new Writable({
    write(chunk, _enc, done) {
      into.text += String(chunk);
      done();
    },
  });
}

describeWithSeeds('concord import --report', () => {
  it('prints the report on stderr and keeps the plan alone on stdout', async () => {
    const [out, err] = [{ text: '' }, { text: '' }];
    expect(await main(['import', seed, '--report'], { stdout: sink(out), stderr: sink(err) })).toBe(0);
    const plan = JSON.parse(out.text);
    const actions = plan.sections.flatMap((s: { groups: { actions: unknown[] }[] }) => s.groups.flatMap((g) => g.actions));
    const lines = err.text.trimEnd().split('\n');
    expect(lines[0]).toBe(`${seed}: text, ${plan.sections.length} sections, ${actions.length} actions (${actions.filter((a: { ref: unknown }) => a.ref !== null).length} numbered)`);
    expect(lines).toContain(`  section 1 ${plan.sections[0].title}: ${plan.sections[0].groups.length} groups, ${plan.sections[0].groups.flatMap((g: { actions: unknown[] }) => g.actions).length} actions`);
    expect(lines.some((l) => l.startsWith('columns') && l.includes('No. -> ref') && l.includes('Action -> text'))).toBe(true);
  });

  it('prints nothing extra without --report', async () => {
    const [out, err] = [{ text: '' }, { text: '' }];
    expect(await main(['import', seed], { stdout: sink(out), stderr: sink(err) })).toBe(0);
    expect(err.text).toBe('');
    expect(JSON.parse(out.text).format).toBe('concord.plan');
  });
});

describeWithSeeds('concord import --fixes', () => {
  const write = (text: string): string => {
    const path = join(mkdtempSync(join(tmpdir(), 'concord-fixes-')), 'fixes.json');
    writeFileSync(path, text);
    return path;
  };

  it('applies the preview’s fixes from a JSON file: a column kept as written, two leads merged', async () => {
    const fixes = write(JSON.stringify({ columnOverrides: { outcomes: null }, leadMerges: { Oxleas: 'Bromley CCG' } }));
    const [out, err] = [{ text: '' }, { text: '' }];
    expect(await main(['import', seed, '--fixes', fixes], { stdout: sink(out), stderr: sink(err) })).toBe(0);
    const plan = JSON.parse(out.text);
    expect(plan.columns.find((c: { label: string }) => c.label === 'Outcomes').key).toMatch(/^custom\d+$/);
    const oxleas = plan.leadDirectory.find((e: { aliases: string[] }) => e.aliases.includes('Oxleas'));
    const ccg = plan.leadDirectory.find((e: { aliases: string[] }) => e.aliases.includes('Bromley CCG'));
    expect(oxleas.mergedInto).toBe(ccg.id);
  });

  it('refuses fixes it cannot use, naming the field, and writes no plan', async () => {
    const fixes = write(JSON.stringify({ rowRoles: { 'b0.3': 'chapter' } }));
    const [out, err] = [{ text: '' }, { text: '' }];
    expect(await main(['import', seed, '--fixes', fixes], { stdout: sink(out), stderr: sink(err) })).toBe(2);
    expect(err.text).toContain('rowRoles.b0.3 must be one of section, subheading, action, progress');
    expect(out.text).toBe('');
  });
});
