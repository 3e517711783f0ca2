/**
 * Rows that report on the action above them: the first cell is a label ("Update", "Progress:", "Update June
 * 2016", "Q2") rather than a ref, and the rest of the row says what happened. Such a row is the action's
 * progress, or a dated update when its label carries a date; never an action of its own.
 */
import type { GridRow } from './column-layout';
import { parseDue } from './due-date';
import { isRef } from './refs';

const LABEL = /^(update|updates|progress|position|status|comment|comments|note|notes|review|feedback|current position|latest|action taken|q[1-4]|quarter)\b/i;

/** A short, one-line label that introduces a report rather than an action. */
export function isUpdateLabel(text: string): boolean {
  const t = text.trim();
  if (t === '' || t.includes('\n') || t.length > 60 || t.split(/\s+/).length > 8 || isRef(t)) return false;
  return LABEL.test(t) || (/:$/.test(t) && t.split(/\s+/).length <= 4);
}

export interface UpdateRow {
  label: string;
  /** What the row says, its other cells' lines in order. */
  body: string;
  /** ISO date the label names, or null. */
  date: string | null;
}

/** The row as a report on the action above, or null when it is not one. */
export function updateRow(row: GridRow): UpdateRow | null {
  const filled = row.cells.filter((c) => c.text !== '');
  const first = row.cells.findIndex((c) => c.text !== '');
  if (first !== 0 || filled.length < 2 || !isUpdateLabel(filled[0]!.text)) return null;
  const label = filled[0]!.text.trim();
  return { label, body: filled.slice(1).map((c) => c.text).join('\n'), date: parseDue(label) };
}
