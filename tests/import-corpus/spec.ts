/**
 * The layout corpus: plans laid out the many ways local plans are, each written once as a spec (blocks of
 * paragraphs and tables, in our own words) with the plan import must make of it. Renderers write each spec as a
 * real .docx (OOXML: shading, merged cells, bullets and numbering), .xlsx and Word-exported .txt.
 */
import type { LegendEntry, Rag } from '@concord/shared';

/** A cell: its lines (each a paragraph), and how Word would carry the rest. */
export interface CellSpec {
  text: string | string[];
  /** Background colour, hex RRGGBB. */
  fill?: string;
  /** Grid columns the cell spans. */
  span?: number;
  /** Vertical merge: the first cell restarts it, the cells below continue it (written empty). */
  vmerge?: 'restart' | 'continue';
  /** Lines as a bulleted or numbered list (Word numbering in .docx; typed markers in .txt and .xlsx). */
  list?: 'bullet' | 'number';
}

export type Cell = string | CellSpec;
export type RowSpec = Cell[];

export type BlockSpec =
  | { p: string; style?: 'Title' | 'Heading1' | 'Heading2'; list?: 'bullet' | 'number' }
  | { table: RowSpec[] };

export type CorpusFormat = 'docx' | 'xlsx' | 'txt';

export interface ExpectedAction {
  ref?: string | null;
  text?: string;
  timescale?: string;
  due?: string | null;
  leadText?: string;
  leads?: string[];
  outcomes?: string;
  progress?: string;
  /** The rating; a rating carried only by a cell's colour is absent from .txt, which the check knows. */
  rag?: Rag | null;
  flags?: string[];
  /** Custom cells by their column's label. */
  custom?: Record<string, string>;
  updates?: { date: string; text: string }[];
}

export interface ExpectedGroup {
  title: string | null;
  actions: ExpectedAction[];
}

export interface ExpectedSection {
  number?: string | null;
  title: string;
  groups: ExpectedGroup[];
}

export interface Expected {
  title?: string;
  sections: ExpectedSection[];
  legend?: LegendEntry[];
  /** Plan column keys in order; custom columns as "custom:<label>". */
  columns?: string[];
  notes?: string[];
  /** Rows the preview asks a person to look at. */
  needsLook?: number;
}

export interface CorpusPlan {
  name: string;
  /** The variation the plan covers, in a sentence. */
  about: string;
  title: string;
  blocks: BlockSpec[];
  expect: Expected;
  /** Ratings are cell colours only: a .txt export has none. */
  ragByColour?: boolean;
  /** Formats the plan is written in (all three when absent). */
  formats?: CorpusFormat[];
  /** Per format, what differs from `expect` (e.g. a .txt without the colours of a key). */
  differs?: Partial<Record<CorpusFormat, Partial<Expected>>>;
  /** Per format, what differs in the files LibreOffice made from the plan's HTML page (libreoffice/). */
  libreoffice?: Partial<Record<'docx' | 'xlsx', Partial<Expected>>>;
}

export function cellOf(cell: Cell): CellSpec {
  return typeof cell === 'string' ? { text: cell } : cell;
}

export function linesOf(cell: CellSpec): string[] {
  const lines = Array.isArray(cell.text) ? cell.text : cell.text.split('\n');
  return cell.vmerge === 'continue' ? [] : lines;
}

/** Grid width of a row (spans counted). */
export function rowWidth(row: RowSpec): number {
  return row.reduce<number>((n, c) => n + (cellOf(c).span ?? 1), 0);
}

/** RAG fills as authors pick them (not Concord's own), so reading by hue is exercised. */
export const FILL = { red: 'E06666', amber: 'F6B26B', green: '93C47D', blue: '6FA8DC', grey: 'D9D9D9', yellow: 'FFFF00' } as const;
