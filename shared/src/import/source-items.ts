/**
 * The document flattened into rows and paragraphs in reading order, each with an id stable for a given source
 * ("b3" a paragraph block, "b3.12" a table row), so a person's fixes in the preview can name them.
 */
import { type GridRow, toGrid } from './column-layout';
import { looksLikeHeaderRow } from './columns';
import type { SourceDocument } from './source';

export type Item =
  | { kind: 'row'; id: string; row: GridRow; block: number; header: boolean }
  | { kind: 'paragraph'; id: string; text: string; block: number; line?: number; style?: string };

export type RowItem = Extract<Item, { kind: 'row' }>;
export type ParagraphItem = Extract<Item, { kind: 'paragraph' }>;

/** The blocks as items; header rows marked. */
export function sourceItems(src: SourceDocument): Item[] {
  return src.blocks.flatMap((block, b): Item[] => {
    if (block.kind === 'paragraph') {
      const text = block.text.trim();
      if (text === '') return [];
      return [{ kind: 'paragraph', id: `b${b}`, text, block: b, ...(block.line ? { line: block.line } : {}), ...(block.style ? { style: block.style } : {}) }];
    }
    return block.rows.map((r, i) => {
      const row = toGrid(r);
      return { kind: 'row', id: `b${b}.${i}`, row, block: b, header: looksLikeHeaderRow(row.cells.map((c) => c.text)) };
    });
  });
}

/** A row's text for people: its filled cells, joined. */
export function rowText(row: GridRow): string {
  return row.cells.map((c) => c.text).filter((t) => t !== '').join(' | ');
}

/** An item's text for people, shortened. */
export function itemText(item: Item, max = 120): string {
  const text = (item.kind === 'row' ? rowText(item.row) : item.text).replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function lineOf(item: Item): number | undefined {
  return item.kind === 'row' ? item.row.line : item.line;
}
