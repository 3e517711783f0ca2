import { describe, expect, it } from 'vitest';
import { importText } from './import-text';
import { overrideKey } from './import-report';
import { matchColumns } from './columns';
import { readSeed } from '../../testing/seed-words';
import { itWithSeeds } from '../../../testing/with-seeds';

const allActions = (r: ReturnType<typeof importText>) => r.plan.sections.flatMap((s) => s.groups.flatMap((g) => g.actions));

describe('column overrides', () => {
  it('a forced field wins and is taken from the column that matched it', () => {
    const m = matchColumns(['No.', 'Action', 'Comments', 'Progress'], [], [undefined, undefined, 'progress', undefined]);
    expect(m.map((c) => [c.key, c.by])).toEqual([['ref', 'header'], ['text', 'header'], ['progress', 'user'], [null, 'none']]);
  });

  it('null keeps a matched column as a custom column', () => {
    const m = matchColumns(['No.', 'Action', 'Led by'], [], [undefined, undefined, null]);
    expect(m.map((c) => [c.key, c.by])).toEqual([['ref', 'header'], ['text', 'header'], [null, 'user']]);
  });

  it('keys by label, case and spacing ignored, or by position when unlabelled', () => {
    expect(overrideKey('  Led   By ', 3)).toBe('led by');
    expect(overrideKey(' ', 3)).toBe('#4');
  });

  itWithSeeds('rebuilds a real seed: "Led By" kept as a custom column moves its cells from leads to custom', () => {
    const base = importText(readSeed('bromley'), { fileName: 'bromley.txt' });
    const ledBy = base.report.columns[0]!.columns.find((c) => c.key === 'leads')!;
    expect(ledBy).toBeDefined();
    const over = importText(readSeed('bromley'), { fileName: 'bromley.txt', columnOverrides: { [overrideKey(ledBy.label, 0)]: null } });
    const after = over.report.columns[0]!.columns.find((c) => c.label === ledBy.label)!;
    expect(after.key).toMatch(/^custom/);
    expect(after.by).toBe('user');
    const [a, b] = [allActions(base), allActions(over)];
    expect(b.length).toBe(a.length);
    const led = a.findIndex((x) => x.leads.length > 0);
    expect(b[led]!.leads).toEqual([]);
    expect(b[led]!.custom[after.key]).toContain(a[led]!.leads[0]!);
    expect(over.plan.columns.some((c) => c.key === after.key && c.label === ledBy.label.trim())).toBe(true);
  });
});
