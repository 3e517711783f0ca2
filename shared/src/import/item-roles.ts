/**
 * The first reading of every row and paragraph: header, key (legend), heading (with its form and rank), title,
 * note, free text after the tables, or data. The plan walker then builds sections, sub-headings and actions from
 * these decisions, with a person's fixes applied on top.
 */
import type { LegendEntry } from '../plan-json';
import { isEmptyRow } from './action-row';
import { headingLike, headingText, rowHeading, type HeadingText } from './headings';
import { headingRank } from './heading-levels';
import { KEY_TITLE, legendLine, legendRow, legendRun, legendText } from './legend-find';
import type { Item, ParagraphItem, RowItem } from './source-items';

export type Decision =
  | { role: 'header' | 'empty' | 'data' | 'note' | 'title' | 'trailing' }
  | { role: 'legend'; entries: LegendEntry[] }
  | { role: 'heading'; heading: HeadingText; rank: number; extraNumbers: string[] };

/** Paragraph runs that are a key: an optional key title, then two or more key lines (or one paragraph of them). */
function paragraphLegends(items: readonly Item[], out: (Decision | undefined)[]): void {
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind !== 'paragraph') continue;
    const whole = legendText(it.text);
    if (whole) {
      out[i] = { role: 'legend', entries: whole };
      if (i > 0 && items[i - 1]!.kind === 'paragraph' && KEY_TITLE.test((items[i - 1] as ParagraphItem).text)) out[i - 1] = { role: 'legend', entries: [] };
      continue;
    }
    let j = KEY_TITLE.test(it.text) ? i + 1 : i;
    const entries: LegendEntry[] = [];
    for (; j < items.length && items[j]!.kind === 'paragraph'; j++) {
      const line = legendLine((items[j] as ParagraphItem).text);
      if (!line) break;
      entries.push(line);
    }
    if (entries.length < 2) continue;
    out[i] = { role: 'legend', entries };
    for (let k = i + 1; k < j; k++) out[k] = { role: 'legend', entries: [] };
    i = j - 1;
  }
}

/** Row runs that are a key: a whole small table of them, or rows at the foot of a plan table. */
function rowLegends(items: readonly Item[], out: (Decision | undefined)[]): void {
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind !== 'row' || out[i] || it.header) continue;
    const single = it.row.cells.filter((c) => c.text !== '');
    const whole = single.length === 1 ? legendText(single[0]!.text) : null;
    if (whole) {
      out[i] = { role: 'legend', entries: whole };
      continue;
    }
    let j = i;
    while (j < items.length && items[j]!.kind === 'row' && !(items[j] as RowItem).header && legendRow((items[j] as RowItem).row) !== null) j++;
    const rows = items.slice(i, j) as RowItem[];
    // Single letters ("A", "B") are refs as often as ratings: inside a plan table only words or colours count.
    const wholeTable = rows.length > 0 && rows.every((r) => r.block === it.block) && items.filter((x) => x.kind === 'row' && x.block === it.block).length === rows.length;
    const run = legendRun(rows.map((r) => r.row));
    const lettersOnly = rows.some((r) => /^[ragb]$/i.test(r.row.cells.find((c) => c.text !== '')?.text ?? ''));
    if (run && (wholeTable || !lettersOnly)) {
      out[i] = { role: 'legend', entries: run };
      for (let k = i + 1; k < j; k++) out[k] = { role: 'legend', entries: [] };
      i = j - 1;
    }
  }
}

function rowDecision(it: RowItem, width: number, opening: boolean): Decision {
  if (it.header) return { role: 'header' };
  if (isEmptyRow(it.row)) return { role: 'empty' };
  const head = rowHeading(it.row, width);
  if (!head) return { role: 'data' };
  const heading = headingText(head.text);
  // A heading row that a header row follows opens a table of its own: it sits above the table's headings.
  const place = opening ? 'paragraph' : 'row';
  return { role: 'heading', heading, rank: headingRank({ form: heading.form, place }), extraNumbers: head.extraNumbers };
}

function paragraphDecision(it: ParagraphItem, seenRow: boolean, opening: boolean): Decision {
  const heading = headingText(it.text);
  const styled = /^heading/i.test(it.style ?? '');
  const formed = heading.form !== 'plain' && headingLike(it.text.replace(/\n/g, ' '));
  if (styled || formed || (headingLike(it.text) && (seenRow || opening))) {
    return { role: 'heading', heading, rank: headingRank({ form: heading.form, place: 'paragraph', ...(it.style ? { style: it.style } : {}) }), extraNumbers: [] };
  }
  return { role: 'note' };
}

/** The widest row of each table: the width a heading row is judged against before any header. */
function blockWidths(items: readonly Item[]): Map<number, number> {
  const widths = new Map<number, number>();
  for (const it of items) if (it.kind === 'row') widths.set(it.block, Math.max(widths.get(it.block) ?? 0, it.row.cells.length));
  return widths;
}

/** Items a header row directly follows: headings that open a table (a paragraph, or a row of one cell). */
function openings(items: readonly Item[], out: readonly (Decision | undefined)[]): Set<number> {
  const set = new Set<number>();
  items.forEach((it, i) => {
    const next = items[i + 1];
    if (out[i] || next?.kind !== 'row' || !next.header) return;
    if (it.kind === 'paragraph' || (!it.header && it.row.cells.filter((c) => c.text !== '').length === 1)) set.add(i);
  });
  return set;
}

/** A key's title ("RAG key", "Key to ratings") belongs to the key that follows it. */
function keyTitles(items: readonly Item[], out: (Decision | undefined)[]): void {
  items.forEach((it, i) => {
    const text = it.kind === 'paragraph' ? it.text : it.row.cells.filter((c) => c.text !== '').map((c) => c.text).join(' ');
    if (!out[i] && out[i + 1]?.role === 'legend' && KEY_TITLE.test(text.trim())) out[i] = { role: 'legend', entries: [] };
  });
}

function isTitle(it: ParagraphItem): boolean {
  return it.text.length <= 200 && (it.style === 'Title' || (headingText(it.text).form === 'plain' && !/^heading/i.test(it.style ?? '')));
}

/** Reads every item once: see Decision. */
export function decide(items: readonly Item[]): Decision[] {
  const out: (Decision | undefined)[] = items.map(() => undefined);
  paragraphLegends(items, out);
  rowLegends(items, out);
  keyTitles(items, out);
  const opens = openings(items, out);
  const rows = items.flatMap((it, i) => (it.kind === 'row' ? [i] : []));
  const [firstRow, lastRow] = [rows[0] ?? -1, rows[rows.length - 1] ?? -1];
  const widths = blockWidths(items);
  let header = 0;
  let title = false;
  const decisions = items.map((it, i): Decision => {
    if (it.kind === 'row' && it.header) header = it.row.cells.length;
    const decided = out[i];
    if (decided) return decided;
    if (it.kind === 'row') return rowDecision(it, header || (widths.get(it.block) ?? it.row.cells.length), opens.has(i));
    if (i > lastRow) return { role: 'trailing' };
    // The first plain paragraph is the title, unless it is one of several headings that each open a table.
    if (!title && i < firstRow && isTitle(it) && !(opens.has(i) && opens.size >= 2)) {
      title = true;
      return { role: 'title' };
    }
    return paragraphDecision(it, i > firstRow, opens.has(i));
  });
  return trailingRows(items, decisions);
}

/** After the last data row, a row of one sentence (a sheet has no paragraphs) is free text, not a heading. */
function trailingRows(items: readonly Item[], decisions: Decision[]): Decision[] {
  const lastData = decisions.map((d) => d.role).lastIndexOf('data');
  return decisions.map((d, i) => {
    const it = items[i]!;
    if (i <= lastData || d.role !== 'heading' || it.kind !== 'row') return d;
    const text = it.row.cells.find((c) => c.text !== '')?.text ?? '';
    return /[.!?]$/.test(text.trim()) || text.includes('\n') ? { role: 'trailing' } : d;
  });
}
