/**
 * Reads the Word-table-exported-to-text format into a SourceDocument: each table row's cells are introduced by a
 * tab, one cell per line, a cell's further lines have no tab, blank lines fall between rows, and paragraphs outside
 * the tables are plain lines. All the quirks of that export are settled here so the builder never sees them.
 */
import type { SourceBlock, SourceDocument } from './source';
import { ImportError } from './import-error';
import { squash } from './free-text';
import { textLines } from './text-input';
import { type Segment, type TextCell, cellText, segmentsToRows } from './text-rows';

const TAB_LINE = /^ *\t/;
/** How near the start of the tables a repeated line must fall to count as the start of a flattened copy. */
const REPEAT_WINDOW = 300;


class TextReader {
  readonly blocks: SourceBlock[] = [];
  private segments: Segment[] = [];
  private open: Segment | null = null;
  private paragraph: { lines: string[]; line: number } | null = null;
  private blanks = 0;
  private tableText = '';
  private inTail = false;

  constructor(private readonly lastTabLine: number) {}

  read(lines: readonly string[]): void {
    lines.forEach((line, i) => {
      if (TAB_LINE.test(line)) this.tabLine(line, i + 1);
      else if (line.trim() === '') this.blank();
      else this.textLine(line, i + 1);
    });
    this.endParagraph();
    this.endTable();
  }

  private blank(): void {
    this.blanks++;
    this.endParagraph();
  }

  private tabLine(line: string, lineNo: number): void {
    this.endParagraph();
    if (this.open === null || this.blanks > 0) {
      this.open = { cells: [] };
      this.segments.push(this.open);
    }
    for (const text of line.replace(/^ */, '').slice(1).split('\t')) this.open.cells.push({ lines: [text.trim()], line: lineNo });
    this.blanks = 0;
  }

  private textLine(line: string, lineNo: number): void {
    const last = this.segments[this.segments.length - 1];
    const cell = last?.cells[last.cells.length - 1];
    if (!this.inTail && cell && this.continues(line, lineNo, last)) {
      for (let b = 0; b < Math.min(this.blanks, 1); b++) cell.lines.push('');
      cell.lines.push(line.trim());
      this.open = last!;
    } else {
      this.endTable();
      if (this.paragraph === null) this.paragraph = { lines: [], line: lineNo };
      this.paragraph.lines.push(line.trim());
    }
    this.blanks = 0;
  }

  /**
   * A tab-less line continues the last cell unless a wide gap says free text began, or, after the last table
   * line, it repeats the opening of the tables: a flattened copy of the plan starts there.
   */
  private continues(line: string, lineNo: number, last: Segment | undefined): boolean {
    if (last === undefined || this.blanks >= 2) return false;
    if (lineNo < this.lastTabLine) return true;
    const s = squash(line);
    const at = s.length >= 12 ? this.currentTableText().indexOf(s) : -1;
    if (at >= 0 && at <= REPEAT_WINDOW) {
      this.inTail = true;
      return false;
    }
    return true;
  }

  private tailText: string | null = null;

  /** The tables read so far, squashed; computed once, since it is only needed after the last table line. */
  private currentTableText(): string {
    this.tailText ??= this.tableText + squash(this.segments.flatMap((s) => s.cells.map(cellText)).join(''));
    return this.tailText;
  }

  private endParagraph(): void {
    if (this.paragraph === null) return;
    this.blocks.push({ kind: 'paragraph', text: this.paragraph.lines.join('\n'), line: this.paragraph.line });
    this.paragraph = null;
  }

  private endTable(): void {
    if (this.segments.length === 0) return;
    const rows = segmentsToRows(this.segments).map((cells: TextCell[]) => ({
      cells: cells.map((c) => ({ text: cellText(c) })),
      line: cells[0]?.line ?? 0,
    }));
    this.tableText += squash(rows.flatMap((r) => r.cells.map((c) => c.text)).join(''));
    this.blocks.push({ kind: 'table', rows });
    this.segments = [];
    this.open = null;
  }
}

/**
 * Parses Word-table-as-text into a SourceDocument (tables of rows of cells, and paragraphs).
 * Throws ImportError: 'empty', 'too-large', 'corrupt' (binary data), 'no-table' (no tab-introduced cells).
 */
export function parseTextPlan(text: string): SourceDocument {
  const lines = textLines(text);
  let lastTabLine = 0;
  lines.forEach((line, i) => {
    if (TAB_LINE.test(line)) lastTabLine = i + 1;
  });
  if (lastTabLine === 0) throw new ImportError('no-table', 'The text has no table (no tab-separated cells).');
  const reader = new TextReader(lastTabLine);
  reader.read(lines);
  return { format: 'text', blocks: reader.blocks };
}
