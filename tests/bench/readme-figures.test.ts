/**
 * The READMEs' benchmark figures are bench/results.json's: each file's block between the figure markers is exactly
 * what the renderer makes of the committed results, which come from a complete full run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './contenders';
import { FIGURE_FILES, FIGURES_BEGIN, FIGURES_END, figuresIn, withFigures, type FigureFile } from './readme-figures';
import type { Results } from './results';

const read = (file: string): string => readFileSync(path.join(REPO_ROOT, file), 'utf8');
const results = JSON.parse(read('bench/results.json')) as Results;

describe('README figures', () => {
  it('come from a complete full run', () => {
    expect(results.scale).toBe('full');
    expect(results.targets.length).toBeGreaterThan(0);
  });

  it.each(Object.keys(FIGURE_FILES) as FigureFile[])('%s shows exactly the figures of bench/results.json', (file) => {
    const shown = figuresIn(read(file));
    expect(shown, `${file} has no figure markers`).not.toBeNull();
    expect(shown, `${file} differs from bench/results.json: run pnpm bench:readme`).toBe(FIGURE_FILES[file](results));
  });

  it('puts a figure that was not measured as "-", and replaces only what is between the markers', () => {
    const unmeasured: Results = {
      ...results,
      relay: { ...results.relay, stock: { ...results.relay.stock, maxUpdatesPerSec: null, details: {} } },
    };
    const row = FIGURE_FILES['bench/README.md'](unmeasured).split('\n').find((line) => line.startsWith('| max updates/s'));
    const [, concord, stock] = row!.split(' | ');
    expect([concord, stock]).toEqual([String(results.relay.concord.maxUpdatesPerSec ?? '-'), '-']);
    const text = `before\n${FIGURES_BEGIN}\nold figures\n${FIGURES_END}\nafter\n`;
    expect(withFigures(text, 'new figures')).toBe(`before\n${FIGURES_BEGIN}\nnew figures\n${FIGURES_END}\nafter\n`);
    expect(figuresIn(withFigures(text, 'new figures'))).toBe('new figures');
    expect(() => withFigures('no markers here', 'x')).toThrow(/no figure markers/);
  });
});
