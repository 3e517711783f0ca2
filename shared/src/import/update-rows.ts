/**
 * Rows that report on the action above them: the first cell is a label ("Update", "Progress:", "Update June
 * 2016", "Progress at 30/09/16", "Q2", "Next steps", "ACTION") rather than a ref, and the rest of the row says what happened. Such a row is the action's
 * progress, or a dated update when its label carries a date; never an action of its own.
 */
import type { GridRow } from './column-layout';
import { parseDue } from './due-date';
import { isRef, markerFlag } from './refs';

const LABEL = /^(update|updates|progress|position|status|comment|comments|note|notes|review|feedback|current position|latest|action taken|q[1-4]|quarter|next steps?|next actions?|actions? agreed|risks?|issues?|barriers|achievements?)\b/i;

/** A word or two in capitals ("ACTION", "NEXT STEPS"): a label where a ref would go, unless a marker or a blank. */
const CAPS_LABEL = /^[A-Z][A-Z&-]{2,}(?: [A-Z&-]{2,}){0,2}$/;
const NOT_LABEL = /^(TBC|TBA|NONE|NIL|ALL)$/;

/**
 * A short, one-line label that introduces a report rather than an action. `inRefColumn`: the cell stands where
 * the plan writes its refs, where a word in capitals is a label too (elsewhere it may be a lead: "CCG").
 */
export function isUpdateLabel(text: string, inRefColumn = false): boolean {
  const t = text.trim();
  if (t === '' || t.includes('\n') || t.length > 60 || t.split(/\s+/).length > 8 || isRef(t)) return false;
  const caps = inRefColumn && CAPS_LABEL.test(t) && !NOT_LABEL.test(t) && markerFlag(t) === null;
  return LABEL.test(t) || (/:$/.test(t) && t.split(/\s+/).length <= 4) || caps;
}

export interface UpdateRow {
  label: string;
  /** What the row says, its other cells' lines in order. */
  body: string;
  /** ISO date the label names, or null. */
  date: string | null;
}

/** The row as a report on the action above, or null when it is not one (`firstKey`: its first column's field). */
export function updateRow(row: GridRow, firstKey?: string): UpdateRow | null {
  const filled = row.cells.filter((c) => c.text !== '');
  const first = row.cells.findIndex((c) => c.text !== '');
  if (first !== 0 || filled.length < 2 || !isUpdateLabel(filled[0]!.text, firstKey === 'ref')) return null;
  const label = filled[0]!.text.trim();
  return { label, body: filled.slice(1).map((c) => c.text).join('\n'), date: parseDue(label) };
}
