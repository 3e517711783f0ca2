/**
 * Groups the cells of a Word-table-as-text region into rows. Blank lines end rows, but a cell's own empty
 * paragraphs print as blank lines too, so a row can arrive in several blank-separated segments. Rows have the
 * table's width; merged heading rows have fewer cells with one of them filled. The cheapest split of the
 * segments into such rows (dynamic programming) is the reading that needs the fewest odd rows.
 */

export interface TextCell {
  lines: string[];
  line: number;
}

export interface Segment {
  cells: TextCell[];
}

export function cellText(cell: TextCell): string {
  return cell.lines
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The table width: the most common cell count of segments with two or more filled cells. */
export function tableWidth(segments: readonly Segment[]): number {
  const votes = new Map<number, number>();
  for (const s of segments) {
    if (s.cells.filter((c) => cellText(c) !== '').length >= 2) votes.set(s.cells.length, (votes.get(s.cells.length) ?? 0) + 1);
  }
  let width = 0;
  let best = 0;
  for (const [n, v] of votes) if (v > best || (v === best && n > width)) [width, best] = [n, v];
  return width || Math.max(1, ...segments.map((s) => s.cells.length));
}

/** Plausible as a heading: short, not a bullet list, not a bare number. */
function headingLike(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.length <= 3 && text.length <= 200 && !/^[\u00b7\u2022\uf0b7-]/.test(text) && !/^\d+(\.\d+)*\.?$/.test(text);
}

const MAX_SEGMENTS_PER_ROW = 16;

interface SegmentInfo {
  cells: number;
  filled: string[];
}

function rowCost(info: readonly SegmentInfo[], from: number, to: number, width: number): number {
  let cells = 0;
  let filled = 0;
  for (let i = from; i < to; i++) {
    cells += info[i]!.cells;
    filled += info[i]!.filled.length;
  }
  if (cells === width) return 0;
  const single = to - from === 1;
  if (single && cells < width && filled <= 1) {
    const text = info[from]!.filled[0];
    return text === undefined || headingLike(text) ? 1 : 3;
  }
  // A real row a cell or two short (a merged cell prints once) is cheaper than gluing two rows together.
  if (single && cells < width) return 2 + (width - cells);
  if (single && cells > width) return 2;
  return 4 + (to - from) + (cells > width ? 4 : 0);
}

/** Splits blank-separated segments into rows of cells. */
export function segmentsToRows(segments: readonly Segment[]): TextCell[][] {
  const width = tableWidth(segments);
  const info = segments.map((s) => ({ cells: s.cells.length, filled: s.cells.map(cellText).filter((t) => t !== '') }));
  const n = segments.length;
  const cost: number[] = [0];
  const back: number[] = [0];
  for (let j = 1; j <= n; j++) {
    cost[j] = Infinity;
    for (let i = Math.max(0, j - MAX_SEGMENTS_PER_ROW); i < j; i++) {
      const c = cost[i]! + rowCost(info, i, j, width);
      if (c < cost[j]!) {
        cost[j] = c;
        back[j] = i;
      }
    }
  }
  const rows: TextCell[][] = [];
  for (let j = n; j > 0; j = back[j]!) rows.unshift(segments.slice(back[j]!, j).flatMap((s) => s.cells));
  return rows;
}
