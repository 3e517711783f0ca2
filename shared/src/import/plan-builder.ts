/**
 * SourceDocument -> Plan JSON + import report, for every source format. Every row and paragraph is read once
 * (item-roles.ts: header, key, heading, title, note, data), a person's fixes are put on top, each header row gets a
 * column layout judged by its heading and its cells, and the walker builds the plan in document order. Free text
 * after the last table becomes notes and legend; a flattened copy of the plan there is skipped.
 */
import { type Plan, PLAN_FORMAT, PLAN_VERSION } from '../plan-json';
import { newId } from '../ids';
import type { SourceDocument } from './source';
import type { BuildOptions, ImportResult, ImportWarning } from './import-report';
import { ImportError } from './import-error';
import { ColumnRegistry, type Layout, filledCount, headerWidth, readLayout } from './column-layout';
import { decide, type Decision } from './item-roles';
import { headingText } from './headings';
import { readFreeText, tableText } from './free-text';
import { BuildRun } from './build-run';
import { sourceItems, type Item, type RowItem } from './source-items';
import { finishColumns, finishLeads, report } from './plan-finish';

/** A person's fix replaces the first reading of a row: see BuildOptions.rowRoles. */
function applyFixes(items: readonly Item[], decisions: Decision[], fixes: BuildOptions['rowRoles'] = {}): void {
  items.forEach((it, i) => {
    const fix = fixes[it.id];
    if (fix !== 'section' && fix !== 'subheading') return;
    const filled = it.kind === 'row' ? it.row.cells.map((c) => c.text).filter((t) => t !== '') : [it.text];
    // "2" then "Train …" reads "2 Train …" (a numbered heading); other cells join with a dash.
    const text = filled.reduce((joined, cell, j) => (j === 0 ? cell : `${joined}${/^\d+(\.\d+)*\.?$/.test(joined) ? ' ' : ' – '}${cell}`), '');
    decisions[i] = { role: 'heading', heading: headingText(text), rank: fix === 'section' ? 0 : Infinity, extraNumbers: [] };
  });
}

/** Cells under each column, for every header (rows before the first header count for the first). */
function layouts(items: readonly Item[], decisions: readonly Decision[], registry: ColumnRegistry, opts: BuildOptions, legend: Plan['legend']): { list: Layout[]; of: number[] } {
  const headers = items.flatMap((it, i) => (decisions[i]!.role === 'header' ? [i] : []));
  const bounds = headers.length ? headers : [-1];
  const dataUnder = bounds.map((h, n) => {
    const end = bounds[n + 1] ?? items.length;
    return items.slice(n === 0 ? 0 : h + 1, end).filter((it, k) => decisions[(n === 0 ? 0 : h + 1) + k]!.role === 'data' && it.kind === 'row') as RowItem[];
  });
  const label = (h: number, j: number) => (h < 0 ? '' : ((items[h] as RowItem).row.cells[j]?.text ?? '').toLowerCase().replace(/\s+/g, ' '));
  const widths = bounds.map((h, n) => headerWidth(h < 0 ? null : (items[h] as RowItem).row, dataUnder[n]!.map((r) => r.row)));
  const own = dataUnder.map((rows, n) => Array.from({ length: widths[n]! }, (_, j) => rows.filter((r) => filledCount(r.row) >= 2).map((r) => r.row.cells[j]?.text ?? '')));
  const list = bounds.map((h, n) => {
    // A header repeated in every section is judged on all the cells under its label, not one section's few.
    const pooled = own[n]!.map((_, j) => bounds.flatMap((other, m) => (label(other, j) === label(h, j) ? (own[m]![j] ?? []) : [])));
    const header = h < 0 ? null : (items[h] as RowItem).row;
    return readLayout(header, pooled, registry, { width: widths[n]!, ...(opts.columnOverrides ? { overrides: opts.columnOverrides } : {}), legend });
  });
  const of = items.map((_, i) => Math.max(0, headers.filter((h) => h <= i).length - 1));
  return { list, of };
}

function legendOf(decisions: readonly Decision[]): Plan['legend'] {
  return decisions.flatMap((d) => (d.role === 'legend' ? d.entries : []));
}

/**
 * Builds Plan JSON and an import report from any SourceDocument (text, docx, xlsx, csv, html), with a person's
 * fixes (BuildOptions) applied. Throws ImportError 'no-table' when the document has no table rows, 'unrecognised'
 * when nothing in it reads as a plan.
 */
export function buildPlan(src: SourceDocument, opts: BuildOptions = {}): ImportResult {
  const items = sourceItems(src);
  if (!items.some((it) => it.kind === 'row')) throw new ImportError('no-table', 'The document has no table.');
  const decisions = decide(items);
  // A RAG key is a table too, but not a plan's.
  if (items.every((it, i) => it.kind !== 'row' || decisions[i]!.role === 'legend')) throw new ImportError('no-table', 'The document has no table but a RAG key.');
  applyFixes(items, decisions, opts.rowRoles);
  const legend = legendOf(decisions);
  const registry = new ColumnRegistry();
  const warnings: ImportWarning[] = [];
  const lays = layouts(items, decisions, registry, opts, legend);
  if (!decisions.some((d) => d.role === 'header')) {
    if (!lays.list[0]?.keys.includes('ref')) throw new ImportError('unrecognised', 'The table has no header row and no column of action numbers.');
    warnings.push({ reason: 'no-header', detail: 'No header row; columns were matched by their contents.' });
  }
  const run = new BuildRun(items, decisions, lays, registry, legend, opts, warnings);
  run.run();
  const walker = run.walker;
  if (walker.sections.length === 0) throw new ImportError('unrecognised', 'Nothing in the document reads as a plan (no sections or actions).');
  const cells = items.flatMap((it, i) => (it.kind === 'row' && decisions[i]!.role !== 'trailing' ? it.row.cells.map((c) => c.text) : []));
  const free = run.trailing.length ? readFreeText(run.trailing, tableText(cells)) : { notes: [], legend: [], warnings: [] };
  warnings.push(...free.warnings);
  const plan: Plan = {
    format: PLAN_FORMAT, version: PLAN_VERSION, id: opts.id ?? newId(),
    title: opts.title ?? run.title ?? src.title ?? 'Untitled plan',
    meta: {}, legend: [...legend, ...free.legend], columns: finishColumns(registry.columns, lays.list, walker.sections),
    sections: walker.sections, notes: [...run.notes, ...free.notes], meetings: [],
  };
  finishLeads(plan, opts);
  warnings.push(...report.columnWarnings(lays.list, plan));
  return { plan, report: report.build(src, plan, lays.list, warnings, run.rows, decisions) };
}
