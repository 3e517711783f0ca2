/**
 * One pass over the decided items, in document order, with a person's fixes first: each item becomes a section,
 * a sub-heading, an action (or its continuation, progress or update), part of the key, a note, the title, or free
 * text after the tables; and each is reported with what it became.
 */
import type { LegendEntry } from '../plan-json';
import type { ColumnRegistry, Layout } from './column-layout';
import type { Paragraph } from './free-text';
import type { BuildOptions, ImportWarning, RowFix, RowReport, RowRole } from './import-report';
import type { Decision } from './item-roles';
import { PlanWalker } from './plan-walker';
import { itemText, lineOf, rowText, type Item } from './source-items';

/** A row's lines, cell by cell, as the text a fix moves. */
function itemLines(it: Item): string {
  return it.kind === 'row' ? rowText(it.row).replace(/ \| /g, '\n') : it.text;
}

export class BuildRun {
  readonly rows: RowReport[] = [];
  readonly notes: string[] = [];
  readonly trailing: Paragraph[] = [];
  title: string | null = null;
  readonly walker: PlanWalker;
  private current: RowReport | null = null;
  /** The best heading rank in the document: headings of this rank are its sections. */
  private readonly top: number;

  constructor(
    private readonly items: readonly Item[],
    private readonly decisions: readonly Decision[],
    private readonly layouts: { list: readonly Layout[]; of: readonly number[] },
    registry: ColumnRegistry,
    legend: readonly LegendEntry[],
    private readonly opts: BuildOptions,
    warnings: ImportWarning[],
  ) {
    this.walker = new PlanWalker(registry, legend, opts.now ?? new Date().toISOString(), {
      warnings,
      look: (reason) => {
        if (this.current) this.current.look = reason;
      },
    });
    const ranks = decisions.flatMap((d) => (d.role === 'heading' && d.rank > 0 && d.rank !== Infinity ? [d.rank] : []));
    this.top = Math.min(Infinity, ...ranks);
  }

  run(): void {
    this.items.forEach((it, i) => {
      const fix = this.opts.rowRoles?.[it.id];
      const line = lineOf(it);
      this.current = { id: it.id, role: 'note', text: itemText(it), ...(line ? { line } : {}), ...(fix ? { fixed: fix } : {}) };
      const role = (fix && this.fixed(it, i, fix)) || this.decided(it, i, this.decisions[i]!);
      if (role !== null) this.rows.push({ ...this.current, role });
    });
  }

  private layoutOf(i: number): Layout {
    return this.layouts.list[this.layouts.of[i]!]!;
  }

  /** A person's reading of a row; headings they made are already decisions (see applyFixes). */
  private fixed(it: Item, i: number, fix: RowFix): RowRole | null {
    if (fix === 'progress' && this.walker.progressOf(itemLines(it))) return 'progress';
    if (fix !== 'action' && fix !== 'progress') return null;
    // A row of one cell (a heading, a line of a key) made an action holds the action's text.
    const single = it.kind === 'row' && it.row.cells.filter((c) => c.text !== '').length === 1;
    if (it.kind === 'row' && !single) return this.walker.dataRow(it.row, this.layoutOf(i), true);
    this.walker.paragraphAction(itemLines(it));
    return 'action';
  }

  private decided(it: Item, i: number, d: Decision): RowRole | null {
    switch (d.role) {
      case 'header':
      case 'empty':
        return null;
      case 'legend':
        return 'legend';
      case 'title':
        this.title = itemLines(it).replace(/\s+/g, ' ').trim();
        return 'title';
      case 'heading': {
        const isTop = d.rank === 0 || (d.rank !== Infinity && d.rank <= this.top);
        this.walker.heading(d.heading, isTop, d.extraNumbers, lineOf(it));
        return isTop ? 'section' : 'subheading';
      }
      case 'trailing': {
        const line = lineOf(it);
        this.trailing.push({ text: itemLines(it), ...(line ? { line } : {}) });
        return null;
      }
      case 'note':
        this.notes.push(itemLines(it));
        return 'note';
      case 'data':
        return it.kind === 'row' ? this.walker.dataRow(it.row, this.layoutOf(i)) : null;
    }
  }
}
