/** Plan JSON -> flat rows (one per action, Section and Sub-heading first), shared by the CSV and Excel writers. */
import type { Plan, Rag } from '../plan-json';
import { exportColumns, live, sectionHeading, sourceUpdates, type ExportColumn, type ExportOptions } from './export-columns';
import { SECTION_HEADER, SUBHEADING_HEADER } from './grid';

export interface FlatRow {
  cells: string[];
  /** The action's RAG, for writers that colour the RAG cell. */
  rag: Rag | null;
}

export interface FlatPlan {
  columns: ExportColumn[];
  header: string[];
  rows: FlatRow[];
}

/**
 * The header and one row per action. An empty group or section still gets a row, or its heading would be lost.
 */
export function planRows(plan: Plan, options: ExportOptions = {}): FlatPlan {
  const columns = exportColumns(plan, options);
  const rows: FlatRow[] = [];
  const heading = (cells: string[]) => rows.push({ cells, rag: null });
  for (const section of live(plan.sections)) {
    const title = sectionHeading(section);
    const groups = live(section.groups);
    if (groups.length === 0) heading([title, '']);
    for (const group of groups) {
      const actions = live(group.actions);
      if (actions.length === 0) heading([title, group.title ?? '']);
      for (const a of actions) {
        rows.push({ cells: [title, group.title ?? '', ...columns.map((c) => c.value(a))], rag: a.rag });
        // An update the source wrote as a row under its action goes back as one: its label, then what it said.
        for (const u of sourceUpdates(a)) rows.push({ cells: [title, group.title ?? '', u.label, u.text], rag: null });
      }
    }
  }
  return { columns, header: [SECTION_HEADER, SUBHEADING_HEADER, ...columns.map((c) => c.label)], rows };
}
