/**
 * Tables beside the plan: a list of partners on the cover, a glossary of abbreviations, the signatories after
 * the plan. They have no header row of their own and their rows are not actions: a table that comes before the
 * plan's first header row, or one without a single ref where the plan numbers its actions, is the document's
 * text, and its rows are kept as notes.
 */
import { headerScores } from './columns';
import type { Decision } from './item-roles';
import { isRef } from './refs';
import type { Item, RowItem } from './source-items';

/** Rows that carried a ref before a table counts as the plan numbering its actions. */
const NUMBERED = 2;

/** The column of refs a header names ("No.", "Ref"), or -1. */
function refColumn(header: RowItem): number {
  return header.row.cells.findIndex((c) => c.text !== '' && headerScores(c.text).ref >= 0.9);
}

const refAt = (it: RowItem, col: number) => col >= 0 && isRef(it.row.cells[col]?.text ?? '');

/** Turns the data rows of tables beside the plan into notes. */
export function sideTables(items: readonly Item[], decisions: Decision[]): void {
  let header: RowItem | null = null;
  let numbered = 0;
  const blocks = [...new Set(items.flatMap((it) => (it.kind === 'row' ? [it.block] : [])))];
  for (const block of blocks) {
    const at = items.flatMap((it, i) => (it.kind === 'row' && it.block === block ? [i] : []));
    const own = at.find((i) => decisions[i]!.role === 'header');
    const data = at.filter((i) => decisions[i]!.role === 'data');
    const col = header ? refColumn(header) : -1;
    const side = own === undefined && (header === null || (numbered >= NUMBERED && !data.some((i) => refAt(items[i] as RowItem, col))));
    if (side && items.some((_, i) => decisions[i]!.role === 'header')) for (const i of data) decisions[i] = { role: 'note' };
    for (const i of at) {
      if (decisions[i]!.role === 'header') header = items[i] as RowItem;
      else if (decisions[i]!.role === 'data' && header && refAt(items[i] as RowItem, refColumn(header))) numbered++;
    }
  }
}
