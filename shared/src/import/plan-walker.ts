/**
 * Builds sections, sub-headings and actions from the decided items, in order: a heading of the plan's top rank
 * opens a section, any other heading a sub-heading; a data row becomes an action, continues the one above, or
 * reports on it (an update row); rows shorter or longer than their header are aligned or flagged.
 */
import type { Action, Group, LegendEntry, Section } from '../plan-json';
import { newId } from '../ids';
import { appendContinuation, emptyAction, rowToAction, standsAlone } from './action-row';
import type { ColumnRegistry, GridCell, GridRow, Layout } from './column-layout';
import { asSection, type HeadingText } from './headings';
import type { ImportWarning, LookReason } from './import-report';
import { alignRow } from './row-align';
import { updateRow } from './update-rows';

export interface Sink {
  warnings: ImportWarning[];
  /** Marks the current item as needing a look. */
  look(reason: LookReason): void;
}

function at(line: number | undefined): { line?: number } {
  return line ? { line } : {};
}

function append(a: string, b: string): string {
  return a === '' ? b : b === '' ? a : `${a}\n${b}`;
}

export class PlanWalker {
  readonly sections: Section[] = [];
  private section: Section | null = null;
  private group: Group | null = null;
  last: Action | null = null;

  constructor(
    private readonly registry: ColumnRegistry,
    private readonly legend: readonly LegendEntry[],
    private readonly now: string,
    private readonly sink: Sink,
  ) {}

  private openSection(number: string | null, title: string): void {
    this.section = { id: newId(), number, title, groups: [] };
    this.sections.push(this.section);
    this.group = null;
    this.last = null;
  }

  private openGroup(title: string | null): Group {
    if (this.section === null) this.openSection(null, '');
    this.group = { id: newId(), title, actions: [] };
    this.section!.groups.push(this.group);
    this.last = null;
    return this.group;
  }

  /** A heading: a section at the plan's top level, else a sub-heading (kept as written). */
  heading(h: HeadingText, top: boolean, extraNumbers: readonly string[], line?: number): void {
    if (!top) {
      this.openGroup(h.text === '' ? null : h.text);
      return;
    }
    const { title } = asSection(h);
    let { number } = asSection(h);
    if (extraNumbers.length > 0) {
      const expected = String(this.sections.filter((s) => s.number !== null).length + 1);
      const all = [...extraNumbers, number ?? ''];
      number = all.includes(expected) ? expected : number;
      this.sink.warnings.push({ reason: 'section-number', detail: `numbers ${all.join(', ')} before "${title}"; chose ${number}`, ...at(line) });
    }
    this.openSection(number, title);
  }

  /** Where each cell goes: aligned to the header by content when the row is shorter or longer than it. */
  private place(row: GridRow, layout: Layout): [string, GridCell][] {
    const keys = layout.keys;
    const { columns, how } = alignRow(row.cells, keys.map((k) => (layout.statusKeys.has(k) ? 'status' : k)));
    if (how !== 'as-is') {
      this.sink.warnings.push({ reason: how === 'aligned' ? 'row-aligned' : 'row-unaligned', detail: `${row.cells.length} cells under a header of ${keys.length}`, ...at(row.line) });
      if (how === 'unaligned') this.sink.look('row-unaligned');
    }
    const placed: [string, GridCell][] = [];
    row.cells.forEach((cell, i) => {
      const col = columns[i]!;
      if (col >= 0) placed.push([keys[col]!, cell]);
      else if (cell.text !== '') {
        const key = this.registry.extraKey(i);
        placed.push([key, cell]);
        this.sink.warnings.push({ reason: 'cell-unplaced', detail: `cell ${i + 1} has no header; kept as column ${key}`, ...at(row.line) });
      }
    });
    return placed;
  }

  /** A data row: an action, a continuation of the one above, or (not forced) a report on the one above. */
  dataRow(row: GridRow, layout: Layout, forced = false): 'action' | 'continuation' | 'progress' | 'update' {
    const update = forced ? null : this.last && updateRow(row);
    if (update && this.last) return this.report(update.label, update.body, update.date, row.line);
    const { action, ragText, refText } = rowToAction(this.place(row, layout), { legend: this.legend, statusKeys: layout.statusKeys, now: this.now });
    if (ragText !== null) this.sink.warnings.push({ reason: 'rag-unrecognised', detail: ragText.slice(0, 80), ...at(row.line) });
    if (refText !== null) this.sink.warnings.push({ reason: 'ref-unrecognised', detail: refText.slice(0, 80), ...at(row.line) });
    if (!forced && action.ref === null && this.last !== null && !standsAlone(action)) {
      appendContinuation(this.last, action);
      this.sink.warnings.push({ reason: 'continuation-row', detail: `row without a ref attached to action ${this.last.ref ?? '(unnumbered)'}`, ...at(row.line) });
      return 'continuation';
    }
    if (action.ref === null) this.sink.warnings.push({ reason: 'unnumbered-action', detail: (action.text || action.progress).slice(0, 80), ...at(row.line) });
    this.add(action);
    return 'action';
  }

  private add(action: Action): void {
    (this.group ?? this.openGroup(null)).actions.push(action);
    this.last = action;
  }

  /** A report on the action above: a dated update when its label names a date, else more progress. */
  private report(label: string, body: string, date: string | null, line?: number): 'progress' | 'update' {
    const target = this.last!;
    this.sink.warnings.push({ reason: 'update-row', detail: `"${label}" reports on action ${target.ref ?? '(unnumbered)'}`, ...at(line) });
    if (date !== null) {
      target.updates.push({ id: newId(), date, author: '', meetingId: null, text: body, label });
      return 'update';
    }
    target.progress = append(target.progress, `${label}${/:$/.test(label) ? ' ' : ': '}${body}`);
    return 'progress';
  }

  /** A person said this row is progress of the action above: every line of it goes there. */
  progressOf(text: string): boolean {
    if (this.last === null) return false;
    this.last.progress = append(this.last.progress, text);
    return true;
  }

  /** A person said this paragraph is an action: its text is the action's. */
  paragraphAction(text: string): void {
    const action = emptyAction();
    action.text = text;
    this.add(action);
  }
}
