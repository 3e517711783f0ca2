/**
 * One data row -> one Action, by the keys its cells were placed under; and the rule for rows with no ref: a row
 * with enough of its own (action text with a lead or timescale, or three filled fields) is an action with ref
 * null, anything less continues the action above and its text is appended there, so nothing is lost either way.
 */
import type { Action, LegendEntry, Rag } from '../plan-json';
import { newId } from '../ids';
import type { GridCell, GridRow } from './column-layout';
import { parseDue } from './due-date';
import { splitLeads } from '../leads/split-leads';
import { ragFromFill, ragFromWord } from '../rag-colour';
import { markerFlag, readRefCell } from './refs';
import { keyedRating, statusRating } from './status-words';

export interface RowAction {
  action: Action;
  /** RAG text that is not a rating word, kept in progress. */
  ragText: string | null;
  /** A ref cell holding more than a ref; its text went to the action text. */
  refText: string | null;
}

/** How the row's cells are read: the key of each placed cell, custom keys of status columns, the plan's key. */
export interface RowContext {
  legend: readonly LegendEntry[];
  /** Custom column keys whose words ("On track") give the action a rating; the words stay in the column. */
  statusKeys: ReadonlySet<string>;
  now: string;
}

export function emptyAction(): Action {
  return {
    id: newId(), ref: null, text: '', timescale: '', due: null, leadText: '', leads: [], outcomes: '', progress: '',
    rag: null, flags: [], custom: {}, updates: [], ragHistory: [], archived: false,
  };
}

const NEW_ACTION = /^[\s\u00b7\u2022\uf0b7*-]*new action\b/i;

type TextField = 'text' | 'timescale' | 'outcomes' | 'progress';
const TEXT_FIELDS: readonly string[] = ['text', 'timescale', 'outcomes', 'progress'];

function append(a: string, b: string): string {
  return a === '' ? b : b === '' ? a : `${a}\n${b}`;
}

class RowReader {
  readonly action = emptyAction();
  ragText: string | null = null;
  refText: string | null = null;
  private rag: Rag | null = null;
  private statusRag: Rag | null = null;

  constructor(private readonly ctx: RowContext) {}

  cell(key: string, cell: GridCell): void {
    const a = this.action;
    if (key === 'ref') {
      const ref = readRefCell(cell.text);
      a.ref = ref.ref;
      for (const f of ref.flags) if (!a.flags.includes(f)) a.flags.push(f);
      if (ref.rest !== '') this.refText = ref.rest;
    } else if (key === 'rag') {
      const word = ragFromWord(cell.text);
      this.rag = keyedRating(cell.text, this.ctx.legend) ?? ragFromFill(cell.shading) ?? statusRating(cell.text, this.ctx.legend);
      if (cell.text !== '' && word === null) this.ragText = cell.text;
    } else if (key === 'leads') {
      a.leadText = append(a.leadText, cell.text);
      a.leads = splitLeads(a.leadText);
    } else if (TEXT_FIELDS.includes(key)) {
      a[key as TextField] = append(a[key as TextField], cell.text);
    } else if (cell.text !== '' || a.custom[key] === undefined) {
      a.custom[key] = append(a.custom[key] ?? '', cell.text);
      if (this.ctx.statusKeys.has(key)) this.statusRag ??= statusRating(cell.text, this.ctx.legend) ?? ragFromFill(cell.shading);
    }
  }

  /**
   * A marker alone on the first line of the action text ("New" above the action) is a flag, like one under the
   * ref; a line of text or progress that opens "New action – added …" flags the action too (its words stay).
   */
  private markers(): void {
    const a = this.action;
    const [first, ...rest] = a.text.split('\n');
    const flag = markerFlag(first ?? '');
    if (flag !== null && rest.length > 0) {
      a.text = rest.join('\n');
      if (!a.flags.includes(flag)) a.flags.push(flag);
    }
    const lines = [a.text, a.progress, a.outcomes].flatMap((t) => t.split('\n'));
    if (!a.flags.includes('new') && lines.some((l) => NEW_ACTION.test(l))) a.flags.push('new');
  }

  finish(): RowAction {
    const a = this.action;
    if (this.refText !== null) a.text = append(this.refText, a.text);
    if (this.ragText !== null) a.progress = append(a.progress, this.ragText);
    this.markers();
    for (const [k, v] of Object.entries(a.custom)) if (v === '') delete a.custom[k];
    a.due = parseDue(a.timescale);
    const rag = this.rag ?? this.statusRag;
    if (rag !== null) {
      a.rag = rag;
      a.ragHistory.push({ at: this.ctx.now, by: 'import', meetingId: null, rag });
    }
    return { action: a, ragText: this.ragText, refText: this.refText };
  }
}

/** Reads a row's placed cells (key and cell, in order) into an action. */
export function rowToAction(placed: readonly (readonly [string, GridCell])[], ctx: RowContext): RowAction {
  const reader = new RowReader(ctx);
  for (const [key, cell] of placed) reader.cell(key, cell);
  return reader.finish();
}

/** A row with no ref that has enough of its own to stand as an action (ref null) rather than continue the one above. */
export function standsAlone(a: Action): boolean {
  const filled = [a.text, a.timescale, a.leadText, a.outcomes, a.progress].filter((t) => t.trim() !== '').length;
  return (a.text !== '' && (a.timescale !== '' || a.leads.length > 0)) || filled >= 3;
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
