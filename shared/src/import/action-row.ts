/**
 * One data row -> one Action, by the layout's keys; and the rule for rows with no ref: a row with enough of its
 * own (action text with a lead or timescale, or three filled fields) is an action with ref null, anything less
 * continues the action above and its text is appended there, so nothing is lost either way.
 */
import type { Action, Rag } from '../plan-json';
import { newId } from '../ids';
import type { GridRow } from './column-layout';
import { parseDue } from './due-date';
import { splitLeads } from '../leads/split-leads';
import { ragFromFill, ragFromWord } from '../rag-colour';

const REF = /^(?:[A-Za-z]{0,3}\s?\d+(?:\.\d+)*[a-z]?\s?\.?|[ivx]+\.)$/i;
const NEW_ACTION = /^[\s\u00b7\u2022\uf0b7*-]*new action\b/i;

export interface RowAction {
  action: Action;
  /** RAG text that is not a rating, kept in progress. */
  ragText: string | null;
  /** A ref cell holding more than a ref; its text went to the action text. */
  refText: string | null;
}

interface RefCell {
  ref: string | null;
  isNew: boolean;
  rest: string;
}

function readRef(text: string): RefCell {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const isNew = lines.some((l) => NEW_ACTION.test(l));
  const kept = lines.filter((l) => !/^new action\.?$/i.test(l));
  const first = kept[0];
  if (first !== undefined && REF.test(first)) return { ref: first.replace(/\s+/g, ''), isNew, rest: kept.slice(1).join('\n') };
  return { ref: null, isNew, rest: kept.join('\n') };
}

function emptyAction(): Action {
  return {
    id: newId(), ref: null, text: '', timescale: '', due: null, leadText: '', leads: [], outcomes: '', progress: '', rag: null,
    flags: [], custom: {}, updates: [], ragHistory: [], archived: false,
  };
}

type TextField = 'text' | 'timescale' | 'outcomes' | 'progress';
const TEXT_FIELDS: readonly string[] = ['text', 'timescale', 'outcomes', 'progress'];

/** Reads a data row into an action. `now` stamps a RAG entry when the row carries a rating. */
export function rowToAction(row: GridRow, keys: readonly string[], now: string): RowAction {
  const action = emptyAction();
  let ragText: string | null = null;
  let refText: string | null = null;
  let rag: Rag | null = null;
  row.cells.forEach((cell, i) => {
    const key = keys[i];
    if (key === undefined) return;
    if (key === 'ref') {
      const ref = readRef(cell.text);
      action.ref = ref.ref;
      if (ref.isNew) action.flags.push('new');
      if (ref.rest !== '') refText = ref.rest;
    } else if (key === 'rag') {
      rag = ragFromWord(cell.text) ?? ragFromFill(cell.shading);
      if (cell.text !== '' && ragFromWord(cell.text) === null) ragText = cell.text;
    } else if (key === 'leads') {
      action.leadText = cell.text;
      action.leads = splitLeads(cell.text);
    } else if (TEXT_FIELDS.includes(key)) {
      action[key as TextField] = cell.text;
    } else if (cell.text !== '') {
      action.custom[key] = cell.text;
    }
  });
  if (refText !== null) action.text = action.text === '' ? refText : `${refText}\n${action.text}`;
  if (ragText !== null) action.progress = action.progress === '' ? ragText : `${action.progress}\n${ragText}`;
  if (!action.flags.includes('new') && [action.text, action.progress, action.outcomes].some((t) => t.split('\n').some((l) => NEW_ACTION.test(l)))) {
    action.flags.push('new');
  }
  action.due = parseDue(action.timescale);
  if (rag !== null) {
    action.rag = rag;
    action.ragHistory.push({ at: now, by: 'import', meetingId: null, rag });
  }
  return { action, ragText, refText };
}

/** A row with no ref that has enough of its own to stand as an action (ref null) rather than continue the one above. */
export function standsAlone(a: Action): boolean {
  const filled = [a.text, a.timescale, a.leads.join(''), a.outcomes, a.progress].filter((t) => t.trim() !== '').length;
  return (a.text !== '' && (a.timescale !== '' || a.leads.length > 0)) || filled >= 3;
}

function append(a: string, b: string): string {
  return a === '' ? b : b === '' ? a : `${a}\n${b}`;
}

/** Appends a continuation row's text to the action above, field by field. */
export function appendContinuation(target: Action, extra: Action): void {
  for (const field of ['text', 'timescale', 'outcomes', 'progress'] as const) target[field] = append(target[field], extra[field]);
  target.leadText = append(target.leadText, extra.leadText);
  for (const lead of extra.leads) if (!target.leads.includes(lead)) target.leads.push(lead);
  for (const [key, value] of Object.entries(extra.custom)) target.custom[key] = append(target.custom[key] ?? '', value);
  for (const flag of extra.flags) if (!target.flags.includes(flag)) target.flags.push(flag);
  if (target.rag === null && extra.rag !== null) {
    target.rag = extra.rag;
    target.ragHistory.push(...extra.ragHistory);
  }
  if (target.due === null) target.due = parseDue(target.timescale);
}

/** True when the row holds no text and no colour: an empty placeholder row. */
export function isEmptyRow(row: GridRow): boolean {
  return row.cells.every((c) => c.text === '' && ragFromFill(c.shading) === null);
}
