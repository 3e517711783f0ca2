/**
 * Column layouts: which field or custom key each grid position holds, per header row, and the plan-wide list of
 * columns in source order. A header repeated in every section maps to the same keys; a header that varies
 * ("UPDATE NOVEMBER 2015" vs "UPDATE NOV 2015") still maps by meaning; a custom column keeps one key plan-wide.
 */
import type { Column } from '../plan-json';
import type { SourceRow } from './source';
import { type ColumnMatch, matchColumns } from './columns';
import { type BuildOptions, type ColumnMapping, overrideKey } from './import-report';

export interface GridCell {
  text: string;
  shading?: string;
}

export interface GridRow {
  cells: GridCell[];
  line?: number;
}

/** A row on the table grid: a cell spanning n columns is followed by n-1 empty cells. */
export function toGrid(row: SourceRow): GridRow {
  const cells: GridCell[] = [];
  for (const cell of row.cells) {
    cells.push({ text: cell.text.trim(), ...(cell.shading ? { shading: cell.shading } : {}) });
    for (let i = 1; i < (cell.span ?? 1); i++) cells.push({ text: '' });
  }
  return { cells, ...(row.line !== undefined ? { line: row.line } : {}) };
}

export function filledCount(row: GridRow): number {
  return row.cells.filter((c) => c.text !== '').length;
}

export interface Layout {
  keys: string[];
  matches: ColumnMatch[];
  line?: number;
}

/**
 * A plan column; `aliases` (an extra key, which Plan JSON readers keep) lists the other spellings its header had
 * in the source ("UPDATE NOV 2015" beside "UPDATE NOVEMBER 2015"), so no header text is lost.
 */
export type ImportedColumn = Column & { aliases?: string[] };

function sameLabel(a: string, b: string): boolean {
  return a.toLowerCase().replace(/\s+/g, ' ').trim() === b.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Plan.columns in source order, with stable custom keys ("custom1", ...). */
export class ColumnRegistry {
  readonly columns: ImportedColumn[] = [];
  private readonly customByIdentity = new Map<string, string>();

  private add(key: string, label: string): void {
    const column = this.columns.find((c) => c.key === key);
    if (column === undefined) this.columns.push({ key, label });
    else if (!sameLabel(column.label, label) && !column.aliases?.some((a) => sameLabel(a, label))) {
      (column.aliases ??= []).push(label);
    }
  }

  keyFor(match: ColumnMatch): string {
    if (match.key !== null) {
      this.add(match.key, match.label);
      return match.key;
    }
    const identity = match.label.trim() === '' ? `#${match.index}` : match.label.trim().toLowerCase().replace(/\s+/g, ' ');
    let key = this.customByIdentity.get(identity);
    if (key === undefined) {
      key = `custom${this.customByIdentity.size + 1}`;
      this.customByIdentity.set(identity, key);
    }
    this.add(key, match.label.trim());
    return key;
  }

  /** A key for a cell beyond its header's columns: an unlabelled custom column at that position. */
  extraKey(index: number): string {
    return this.keyFor({ index, label: '', key: null, score: 0, by: 'none' });
  }
}

/** Reads a header row (with the cells seen under it as evidence) into a layout, registering its columns. */
export function readLayout(
  header: GridRow | null,
  samples: string[][],
  registry: ColumnRegistry,
  overrides: BuildOptions['columnOverrides'] = {},
): Layout {
  const width = Math.max(header?.cells.length ?? 0, samples.length);
  const labels = Array.from({ length: width }, (_, i) => header?.cells[i]?.text ?? '');
  const forced = labels.map((l, i) => overrides[overrideKey(l, i)]);
  const matches = matchColumns(labels, samples, forced);
  const keys = matches.map((m) => registry.keyFor(m));
  return { keys, matches, ...(header?.line !== undefined ? { line: header.line } : {}) };
}

export function layoutMapping(layout: Layout): ColumnMapping {
  return {
    ...(layout.line !== undefined ? { line: layout.line } : {}),
    columns: layout.matches.map((m, i) => ({ label: m.label, key: layout.keys[i]!, by: m.by })),
  };
}
