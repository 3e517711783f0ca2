/**
 * SourceDocument -> Plan JSON + import report, for every source format. Walks the document in order: header rows
 * set the column layout, heading rows and heading paragraphs open sections and groups, data rows become actions
 * (or continue the one above), and the free text after the last table becomes notes and legend.
 */
import { type Action, type Group, type Plan, type Section, PLAN_FORMAT, PLAN_VERSION } from '../plan-json';
import { newId } from '../ids';
import { buildLeadDirectory } from '../leads/lead-directory';
import type { SourceDocument } from './source';
import type { BuildOptions, ImportReport, ImportResult, ImportWarning } from './import-report';
import { ImportError } from './import-error';
import { ColumnRegistry, type GridRow, type Layout, filledCount, layoutMapping, readLayout, toGrid } from './column-layout';
import { looksLikeHeaderRow } from './columns';
import { headingTitle, rowHeading, sectionTitle } from './headings';
import { appendContinuation, isEmptyRow, rowToAction, standsAlone } from './action-row';
import { type Paragraph, readFreeText, tableText } from './free-text';

type Item =
  | { kind: 'row'; row: GridRow; header: boolean; layout: number }
  | { kind: 'paragraph'; text: string; line?: number; style?: string };

/** Flattens the blocks into rows and paragraphs, and marks header rows. */
function items(src: SourceDocument): Item[] {
  return src.blocks.flatMap((block): Item[] => {
    if (block.kind === 'paragraph') {
      const text = block.text.trim();
      return text === '' ? [] : [{ kind: 'paragraph', text, ...(block.line ? { line: block.line } : {}), ...(block.style ? { style: block.style } : {}) }];
    }
    return block.rows.map((r) => {
      const row = toGrid(r);
      return { kind: 'row', row, header: looksLikeHeaderRow(row.cells.map((c) => c.text)), layout: 0 };
    });
  });
}

/** Cells under each column of each header row (rows before the first header count for the first). */
function samplesPerHeader(list: Item[], bounds: number[]): string[][][] {
  return bounds.map((h, n) => {
    const end = bounds[n + 1] ?? list.length;
    const samples: string[][] = [];
    for (let i = n === 0 ? 0 : h + 1; i < end; i++) {
      const it = list[i]!;
      if (it.kind !== 'row' || it.header || filledCount(it.row) < 2) continue;
      it.row.cells.forEach((c, j) => (samples[j] ??= []).push(c.text));
    }
    return samples;
  });
}

function labelAt(list: Item[], h: number, j: number): string {
  const it = list[h];
  return it?.kind === 'row' ? (it.row.cells[j]?.text ?? '').toLowerCase().replace(/\s+/g, ' ') : '';
}

/**
 * One layout per header row. The evidence for a column is every cell under a same-labelled column anywhere in
 * the plan, so a header repeated in each section is judged on all its cells, not on one section's few rows.
 */
function layouts(list: Item[], registry: ColumnRegistry, warnings: ImportWarning[], overrides: BuildOptions['columnOverrides']): Layout[] {
  const headers = list.flatMap((it, i) => (it.kind === 'row' && it.header ? [i] : []));
  const bounds = headers.length ? headers : [-1];
  const own = samplesPerHeader(list, bounds);
  const result = bounds.map((h, n) => {
    const pooled = (own[n] ?? []).map((_, j) =>
      bounds.flatMap((other, m) => (labelAt(list, other, j) === labelAt(list, h, j) ? (own[m]?.[j] ?? []) : [])),
    );
    const header = list[h];
    return readLayout(header?.kind === 'row' ? header.row : null, pooled, registry, overrides);
  });
  if (headers.length === 0) {
    if (!result[0]?.keys.includes('ref')) throw new ImportError('unrecognised', 'The table has no header row and no column of action numbers.');
    warnings.push({ reason: 'no-header', detail: 'No header row; columns were matched by their contents.' });
  }
  list.forEach((it, i) => {
    if (it.kind === 'row') it.layout = Math.max(0, headers.filter((h) => h <= i).length - 1);
  });
  return result;
}

interface State {
  sections: Section[];
  section: Section | null;
  group: Group | null;
  last: Action | null;
  warnings: ImportWarning[];
  now: string;
}

function at(line: number | undefined): { line?: number } {
  return line ? { line } : {};
}

function openSection(st: State, number: string | null, title: string): void {
  st.section = { id: newId(), number, title, groups: [] };
  st.sections.push(st.section);
  st.group = null;
  st.last = null;
}

function openGroup(st: State, title: string | null): Group {
  if (st.section === null) openSection(st, null, '');
  st.group = { id: newId(), title, actions: [] };
  st.section!.groups.push(st.group);
  st.last = null;
  return st.group;
}

/** A heading row or paragraph: a section when numbered or in capitals, else a sub-heading. */
function heading(st: State, text: string, extraNumbers: string[], line: number | undefined): void {
  const section = sectionTitle(text);
  if (section === null) {
    openGroup(st, headingTitle(text));
    return;
  }
  let number = section.number;
  if (extraNumbers.length > 0) {
    const expected = String(st.sections.filter((s) => s.number !== null).length + 1);
    const all = [...extraNumbers, number ?? ''];
    number = all.includes(expected) ? expected : number;
    st.warnings.push({ reason: 'section-number', detail: `numbers ${all.join(', ')} before "${section.title}"; chose ${number}`, ...at(line) });
  }
  openSection(st, number, section.title);
}

function dataRow(st: State, row: GridRow, layout: Layout, registry: ColumnRegistry): void {
  const keys = [...layout.keys];
  for (let i = keys.length; i < row.cells.length; i++) {
    if (row.cells[i]!.text === '') continue;
    keys[i] = registry.extraKey(i);
    st.warnings.push({ reason: 'cell-unplaced', detail: `cell ${i + 1} has no header; kept as column ${keys[i]}`, ...at(row.line) });
  }
  const { action, ragText, refText } = rowToAction(row, keys, st.now);
  if (ragText !== null) st.warnings.push({ reason: 'rag-unrecognised', detail: ragText.slice(0, 80), ...at(row.line) });
  if (refText !== null) st.warnings.push({ reason: 'ref-unrecognised', detail: refText.slice(0, 80), ...at(row.line) });
  const group = st.group ?? openGroup(st, null);
  if (action.ref === null && st.last !== null && !standsAlone(action)) {
    appendContinuation(st.last, action);
    st.warnings.push({ reason: 'continuation-row', detail: `row without a ref attached to action ${st.last.ref ?? '(unnumbered)'}`, ...at(row.line) });
    return;
  }
  if (action.ref === null) st.warnings.push({ reason: 'unnumbered-action', detail: (action.text || action.progress).slice(0, 80), ...at(row.line) });
  group.actions.push(action);
  st.last = action;
}

function rowItem(st: State, row: GridRow, layout: Layout, registry: ColumnRegistry): void {
  if (isEmptyRow(row)) return;
  const head = rowHeading(row, layout.keys.length);
  if (head) heading(st, head.text, head.extraNumbers, row.line);
  else dataRow(st, row, layout, registry);
}

/** A paragraph among the tables: a section, a sub-heading (short, one line, or styled as a heading), or a note. */
function paragraphItem(st: State, p: Extract<Item, { kind: 'paragraph' }>, notes: string[]): void {
  const short = !p.text.includes('\n') && p.text.length <= 120 && !/[.;:]$/.test(p.text);
  if (sectionTitle(p.text) || /^(heading|title)/i.test(p.style ?? '') || (short && st.section !== null)) heading(st, p.text, [], p.line);
  else notes.push(p.text);
}

function columnWarnings(lays: readonly Layout[], st: State): ImportWarning[] {
  const seen = new Set<string>();
  return lays.flatMap((l) =>
    l.matches.flatMap((m): ImportWarning[] => {
      if (!m.overruled || seen.has(m.label)) return [];
      seen.add(m.label);
      return [{ reason: 'column-overruled', detail: `"${m.label}" holds no ${m.overruled} values; kept as a custom column`, ...at(l.line) }];
    }),
  ).concat(ragEmpty(lays, st));
}

function ragEmpty(lays: readonly Layout[], st: State): ImportWarning[] {
  const hasRag = lays.some((l) => l.keys.includes('rag'));
  const rated = st.sections.some((s) => s.groups.some((g) => g.actions.some((a) => a.rag !== null)));
  return hasRag && !rated ? [{ reason: 'rag-empty', detail: 'The RAG column holds no ratings (in Word they are often cell colours).' }] : [];
}

function report(src: SourceDocument, st: State, lays: readonly Layout[], warnings: ImportWarning[]): ImportReport {
  const actions = st.sections.flatMap((s) => s.groups.flatMap((g) => g.actions));
  const mappings = new Map<string, ReturnType<typeof layoutMapping>>();
  for (const l of lays) {
    const m = layoutMapping(l);
    const id = JSON.stringify(m.columns);
    if (!mappings.has(id)) mappings.set(id, m);
  }
  return {
    format: src.format,
    sections: st.sections.map((s) => ({
      number: s.number, title: s.title, groups: s.groups.length, actions: s.groups.reduce((n, g) => n + g.actions.length, 0),
    })),
    actions: actions.length,
    numberedActions: actions.filter((a) => a.ref !== null).length,
    columns: [...mappings.values()],
    warnings,
  };
}

/**
 * Builds Plan JSON and an import report from any SourceDocument (text, docx, xlsx, csv, html).
 * Throws ImportError 'no-table' when the document has no table rows, 'unrecognised' when nothing in it reads as
 * a plan (no sections and no actions).
 */
export function buildPlan(src: SourceDocument, opts: BuildOptions = {}): ImportResult {
  const list = items(src);
  const rows = list.flatMap((it, i) => (it.kind === 'row' ? [i] : []));
  if (rows.length === 0) throw new ImportError('no-table', 'The document has no table.');
  const registry = new ColumnRegistry();
  const warnings: ImportWarning[] = [];
  const lays = layouts(list, registry, warnings, opts.columnOverrides);
  const st: State = { sections: [], section: null, group: null, last: null, warnings, now: opts.now ?? new Date().toISOString() };
  const [firstRow, lastRow] = [rows[0]!, rows[rows.length - 1]!];
  const notes: string[] = [];
  const trailing: Paragraph[] = [];
  let title: string | null = null;
  list.forEach((it, i) => {
    if (it.kind === 'row') {
      if (!it.header) rowItem(st, it.row, lays[it.layout]!, registry);
    } else if (i > lastRow) trailing.push({ text: it.text, ...at(it.line) });
    else if (i < firstRow && title === null && !sectionTitle(it.text) && it.text.length <= 200) title = headingTitle(it.text);
    else paragraphItem(st, it, notes);
  });
  if (st.sections.length === 0) {
    throw new ImportError('unrecognised', 'Nothing in the document reads as a plan (no sections or actions).');
  }
  const cells = list.flatMap((it) => (it.kind === 'row' ? it.row.cells.map((c) => c.text) : []));
  const free = trailing.length ? readFreeText(trailing, tableText(cells)) : { notes: [], legend: [], warnings: [] };
  warnings.push(...columnWarnings(lays, st), ...free.warnings);
  const plan: Plan = {
    format: PLAN_FORMAT, version: PLAN_VERSION, id: opts.id ?? newId(),
    title: opts.title ?? title ?? src.title ?? 'Untitled plan',
    meta: {}, legend: free.legend, columns: registry.columns, sections: st.sections,
    notes: [...notes, ...free.notes], meetings: [],
    leadDirectory: buildLeadDirectory(st.sections.flatMap((s) => s.groups.flatMap((g) => g.actions)), newId),
  };
  return { plan, report: report(src, st, lays, warnings) };
}
