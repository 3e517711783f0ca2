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
