/**
 * The benchmark figures the READMEs show, rendered from bench/results.json and written between two markers, so
 * no figure in them is typed by hand. `pnpm bench` rewrites them after a complete full run; `pnpm bench:readme`
 * rewrites them from the results.json there is; tests/bench/readme-figures.test.ts fails when they differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CONTENDER_NAMES } from './contenders';
import { RELAY_ROWS } from './report';
import type { Results } from './results';

export const FIGURES_BEGIN = '<!-- figures: rendered from bench/results.json by `pnpm bench:readme`; edits here are overwritten -->';
export const FIGURES_END = '<!-- figures: end -->';

/** The files that carry figures, each with what it shows. */
export const FIGURE_FILES = {
  'README.md': (r: Results) => [measuredLine(r), '', targetsTable(r)].join('\n'),
  'bench/README.md': (r: Results) => [measuredLine(r), '', relayTable(r), '', notesLine(r), '', targetsTable(r), '', clientLine(r)].join('\n'),
} as const satisfies Record<string, (r: Results) => string>;

export type FigureFile = keyof typeof FIGURE_FILES;

const cell = (v: unknown): string => (v === null || v === undefined ? '-' : String(v));

function markdownTable(header: string[], rows: string[][]): string {
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** When, how and where the figures were measured: a figure means little without its machine and its load. */
export function measuredLine(r: Results): string {
  const m = r.machine;
  const nodeAlone = m.nodeAloneRssMb === null ? '' : `; an empty Node process: ${m.nodeAloneRssMb} MB RSS`;
  // A load above the core count means other work competed with every step: say so beside the figures it skews.
  const busy = (m.loadAverageAtStart[0] ?? 0) > m.cores
    ? ' The machine was busy (load average above its core count), so throughput, latency and the client timings' +
      ' understate a quiet machine: run `pnpm bench` again on one.'
    : '';
  return (
    `Measured by \`pnpm bench\` (${r.scale} run) on ${r.generatedAt.slice(0, 10)}: ${m.cores} cores, ${m.memoryGb} GB, ` +
    `Node ${m.node}, load average at start ${m.loadAverageAtStart.join(' ')}${nodeAlone}.${busy}`
  );
}

/** Every relay figure per contender, as the report prints it. */
export function relayTable(r: Results): string {
  const rows = RELAY_ROWS.map(([label, show]) => [label, ...CONTENDER_NAMES.map((name) => show(r.relay[name]))]);
  return markdownTable(['relay', ...CONTENDER_NAMES], rows);
}

/** The targets, each met, not met or not measured. */
export function targetsTable(r: Results): string {
  return markdownTable(['target', 'value', 'goal', 'status'], r.targets.map((t) => [t.what, t.value, t.target, t.status]));
}

/** What each contender's run noted (why a ramp stopped, what failed), as the report prints it. */
function notesLine(r: Results): string {
  const notes = CONTENDER_NAMES.flatMap((name) => r.relay[name].notes.map((note) => `${name}: ${note}`));
  return `Notes: ${notes.length > 0 ? notes.join('; ') : 'none'}.`;
}

function clientLine(r: Results): string {
  const imports = r.client.importMs ? Object.entries(r.client.importMs).map(([seed, ms]) => `${seed} ${ms} ms`).join(', ') : '-';
  const notes = r.client.notes.length > 0 ? ` Not measured: ${r.client.notes.join('; ')}.` : '';
  return `Client: import (median per seed) ${imports}; shell ${cell(r.client.shellGzipKb)} KB gzipped.${notes}`;
}

/** `text` with the block between the figure markers replaced by `figures`; throws when the markers are missing. */
export function withFigures(text: string, figures: string): string {
  const begin = text.indexOf(FIGURES_BEGIN);
  const end = text.indexOf(FIGURES_END);
  if (begin < 0 || end < begin) throw new Error('no figure markers (FIGURES_BEGIN ... FIGURES_END) in the file');
  return `${text.slice(0, begin + FIGURES_BEGIN.length)}\n${figures}\n${text.slice(end)}`;
}

/** The block between the figure markers of `text` as it stands (null without markers). */
export function figuresIn(text: string): string | null {
  const begin = text.indexOf(FIGURES_BEGIN);
  const end = text.indexOf(FIGURES_END);
  return begin < 0 || end < begin ? null : text.slice(begin + FIGURES_BEGIN.length + 1, end - 1);
}

/** Rewrites the figures of every file in FIGURE_FILES under `root` from `results`. */
export function writeFigures(root: string, results: Results): void {
  for (const [file, render] of Object.entries(FIGURE_FILES)) {
    const at = path.join(root, file);
    writeFileSync(at, withFigures(readFileSync(at, 'utf8'), render(results)));
  }
}
