/**
 * Column layouts: which field or custom key each grid position holds, per header row, and the plan-wide list of
 * columns in source order. A header repeated in every section maps to the same keys; a header that varies
 * ("UPDATE NOVEMBER 2015" vs "UPDATE NOV 2015") still maps by meaning; a custom column keeps one key plan-wide.
 */
import type { Column, LegendEntry } from '../plan-json';
import { ragFromFill } from '../rag-colour';
import { refineByContent, type RefinedMatch } from './column-content';
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
  matches: RefinedMatch[];
  /** Custom keys of columns of status words, whose words give each action a rating. */
  statusKeys: Set<string>;
  line?: number;
}

/**
 * A plan column; `aliases` (an extra key, which Plan JSON readers keep) lists the other spellings its header had
 * in the source ("UPDATE NOV 2015" beside "UPDATE NOVEMBER 2015"), so no header text is lost.
 */
export type ImportedColumn = Column & { aliases?: string[] };

/** Spellings that differ only in spacing are one; "Led By" and "Led by" are kept as two, as written. */
function sameLabel(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
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

/**
 * Reads a header row (with the cells seen under it as evidence, `width` columns of them) into a layout,
 * registering its columns. The plan's key lets status words be read as ratings.
 */
export function readLayout(
  header: GridRow | null,
  samples: string[][],
  registry: ColumnRegistry,
  opts: { width: number; overrides?: BuildOptions['columnOverrides']; legend?: readonly LegendEntry[] },
): Layout {
  const labels = Array.from({ length: opts.width }, (_, i) => header?.cells[i]?.text ?? '');
  const forced = labels.map((l, i) => opts.overrides?.[overrideKey(l, i)]);
  const matches = refineByContent(matchColumns(labels, samples, forced), samples, opts.legend ?? []);
  const keys = matches.map((m) => registry.keyFor(m));
  const statusKeys = new Set(keys.filter((_, i) => matches[i]!.status));
  return { keys, matches, statusKeys, ...(header?.line !== undefined ? { line: header.line } : {}) };
}

/**
 * How many columns a header really has: up to its last labelled column, and past it only the unlabelled columns
 * that most rows under it fill (a grid padded to its widest row has empty trailing columns that are no column).
 */
export function headerWidth(header: GridRow | null, rows: readonly GridRow[]): number {
  const cells = header?.cells ?? [];
  let width = 0;
  cells.forEach((c, i) => {
    if (c.text !== '') width = i + 1;
  });
  const widest = Math.max(cells.length, ...rows.map((r) => r.cells.length));
  for (let i = width; i < widest; i++) {
    const used = rows.filter((r) => (r.cells[i]?.text ?? '') !== '' || ragFromFill(r.cells[i]?.shading) !== null).length;
    if (rows.length > 0 && used / rows.length >= 0.5) width = i + 1;
    else break;
  }
  return header === null ? widest : width;
}

export function layoutMapping(layout: Layout): ColumnMapping {
  return {
    ...(layout.line !== undefined ? { line: layout.line } : {}),
    columns: layout.matches.map((m, i) => ({ label: m.label, key: layout.keys[i]!, by: m.by, ...(m.status ? { status: true } : {}) })),
  };
}
