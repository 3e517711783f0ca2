/**
 * RAG keys wherever a plan puts them: paragraphs ("Red – not started"), a small table of colours or words and
 * meanings, rows at the foot of the plan table, or one cell holding the whole key. Their items become the plan's
 * legend and never actions or notes.
 */
import type { LegendEntry, Rag } from '../plan-json';
import { ragFromFill, ragFromWord } from '../rag-colour';
import type { GridRow } from './column-layout';

const RATING = '(red|amber|green|blue|r|a|g|b)';
const LINE = new RegExp(`^\\s*${RATING}\\b\\s*(?:\\([a-z]\\))?\\s*[-–—:=]\\s*(\\S.*)$`, 'i');
/** A heading that announces a key ("RAG key", "Key to ratings", "Status key:"). */
export const KEY_TITLE = /^(rag\s*)?(key|rating|ratings|rating key|status key|rag key|rag rating key|rag status|rag rating|key to (rag )?ratings?)\s*:?$/i;

/** "Red – not started" as an entry, or null. */
export function legendLine(text: string): LegendEntry | null {
  const m = LINE.exec(text.trim());
  const rag = m ? ragFromWord(m[1]!) : null;
  return m && rag ? { rag, meaning: m[2]!.trim() } : null;
}

/** Every entry of a text that is wholly a key (its lines, or "; "-separated parts, all key lines, two or more). */
export function legendText(text: string): LegendEntry[] | null {
  const body = text.replace(/^\s*(rag\s*)?key\s*:\s*/i, '');
  const parts = body.split(/\n|;\s*/).map((l) => l.trim()).filter((l) => l !== '' && !KEY_TITLE.test(l));
  const entries = parts.map(legendLine);
  return entries.length >= 2 && entries.every((e) => e !== null) ? (entries as LegendEntry[]) : null;
}

/** A key row: a rating (word or colour) and its meaning, and nothing else; or one cell holding a key line. */
export function legendRow(row: GridRow): LegendEntry | null {
  const filled = row.cells.filter((c) => c.text !== '' || ragFromFill(c.shading) !== null);
  if (filled.length === 1 && filled[0]!.text !== '') {
    const cell = filled[0]!;
    const line = legendLine(cell.text);
    if (line) return line;
    const fill = ragFromFill(cell.shading);
    return fill && !cell.text.includes('\n') ? { rag: fill, meaning: cell.text } : null;
  }
  if (filled.length !== 2) return null;
  const [a, b] = filled as [GridRow['cells'][number], GridRow['cells'][number]];
  const rag: Rag | null = (a.text === '' ? null : ragFromWord(a.text)) ?? (a.text === '' || ragFromWord(a.text) ? ragFromFill(a.shading) : null);
  if (rag === null || b.text === '' || b.text.includes('\n') || b.text.length > 120) return null;
  return { rag, meaning: b.text };
}

/** Entries of a run of rows that together are a key: two or more key rows naming different ratings. */
export function legendRun(rows: readonly GridRow[]): LegendEntry[] | null {
  const entries = rows.map(legendRow);
  if (entries.length < 2 || entries.some((e) => e === null)) return null;
  const rags = new Set(entries.map((e) => e!.rag));
  return rags.size === entries.length ? (entries as LegendEntry[]) : null;
}
