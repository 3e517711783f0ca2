/**
 * The columns an export writes, in the plan's own order, and how each action fills them. Shared by the Word,
 * Excel and CSV writers so they cannot disagree about what a cell holds.
 */
import { KNOWN_COLUMN_KEYS, type Action, type LegendEntry, type Plan, type ProgressUpdate, type Rag } from '../plan-json';
import { CONCORDAT_COLUMNS } from '../model/template';
import { FLAG_WORDS } from '../import/refs';
import { DEFAULT_LOCALE, formatDate } from '../meetings/dates';

export interface ExportOptions {
  /** ISO date: adds a column "UPDATE <MONTH YEAR>" with each action's updates on or after this date. */
  updatesSince?: string;
  /** How the update column writes dates: the reader's locale (default en-GB, "14 January 2016"). */
  locale?: string;
}

/** What a writer asks of the column set besides the options: a printed layout leaves empty custom columns out. */
export interface ColumnChoice {
  dropEmptyCustom?: boolean;
}

export interface ExportColumn {
  key: string;
  label: string;
  /** Relative width, for the writers that size columns. */
  weight: number;
  value(action: Action): string;
}

/** Relative widths: the action text and progress widest, short values narrow. */
const WEIGHTS: Record<string, number> = {
  ref: 0.6,
  text: 3.2,
  timescale: 1.1,
  leads: 1.6,
  outcomes: 2.2,
  progress: 3.2,
  rag: 0.9,
};

/** How a known field is written as cell text; custom columns read Action.custom. */
function fieldValue(key: string): (a: Action) => string {
  switch (key) {
    case 'ref':
      // Flags go under the ref as the plans write them ("2" / "New"), so they read back as flags.
      return (a) => [a.ref ?? '', ...a.flags.map(flagWord)].filter((l) => l !== '').join('\n');
    case 'text':
    case 'timescale':
    case 'outcomes':
    case 'progress':
      return (a) => a[key];
    case 'leads':
      // The cell as written; a plan whose cell is empty but has leads (set by hand) writes them as bullets.
      return (a) => (a.leadText.trim() !== '' || a.leads.length === 0 ? a.leadText : leadsText(a.leads));
    case 'rag':
      return (a) => (a.rag ? RAG_WORDS[a.rag] : '');
    default:
      return (a) => a.custom[key] ?? '';
  }
}

/**
 * The word written in a RAG cell (next to its colour). Single words that every RAG reader accepts, and "Complete"
 * because that is what blue means in the Concordat plans.
 */
export const RAG_WORDS: Record<Rag, string> = { red: 'Red', amber: 'Amber', green: 'Green', blue: 'Complete' };

/**
 * How leads are written in one cell: one lead as it is; several as bullet lines, since a lead may itself hold
 * "/", "," or "with:" ("Working with: CCG, Mind") and a bullet is the one separator every reader splits on alone.
 */
export function leadsText(leads: readonly string[]): string {
  return leads.length > 1 ? leads.map((l) => `· ${l}`).join('\n') : (leads[0] ?? '');
}

const MONTHS = [
  'JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE',
  'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER',
];

/** "UPDATE NOVEMBER 2015" for "2015-11-03": the Concordat plans' own spelling of an update column. */
export function updateColumnLabel(since: string): string {
  const [year, month] = since.split('-');
  return `UPDATE ${MONTHS[Number(month) - 1] ?? ''} ${year ?? ''}`.replace(/\s+/g, ' ').trim();
}

function updatesColumn(since: string, locale: string): ExportColumn {
  return {
    key: 'updatesSince',
    label: updateColumnLabel(since),
    weight: 3,
    value: (a) =>
      a.updates
        .filter((u) => u.date.slice(0, 10) >= since.slice(0, 10))
        .sort((x, y) => x.date.localeCompare(y.date))
        .map((u) => `${formatDate(u.date, locale)}${u.author ? ` (${u.author})` : ''}: ${u.text}`)
        .join('\n'),
  };
}

/** Whether any action the export lists has a RAG. */
function anyRated(plan: Plan): boolean {
  return live(plan.sections).some((s) => live(s.groups).some((g) => live(g.actions).some((a) => a.rag !== null)));
}

/** The word a flag is written with under a ref ("New"), one that reads back as the same flag. */
function flagWord(flag: string): string {
  return FLAG_WORDS[flag] ?? flag.charAt(0).toUpperCase() + flag.slice(1);
}

function liveActionsOf(plan: Plan): Action[] {
  return live(plan.sections).flatMap((s) => live(s.groups).flatMap((g) => live(g.actions)));
}

/** A plan without a ref column writes its flags above the action text instead. */
function withFlagsOnText(column: ExportColumn): ExportColumn {
  return { ...column, value: (a) => [...a.flags.map(flagWord), a.text].filter((l) => l !== '').join('\n') };
}

/**
 * The export's columns: plan.columns in order (or the defaults), a RAG column at the end when the plan has
 * ratings but its source had no RAG column (ratings are never dropped), and the update column when asked for.
 * With `dropEmptyCustom`, custom columns no action fills are left out.
 */
export function exportColumns(plan: Plan, options: ExportOptions = {}, choice: ColumnChoice = {}): ExportColumn[] {
  let source = plan.columns.length > 0 ? [...plan.columns] : [...CONCORDAT_COLUMNS];
  if (!source.some((c) => c.key === 'rag') && anyRated(plan)) source.push({ key: 'rag', label: 'RAG' });
  if (choice.dropEmptyCustom) {
    const actions = liveActionsOf(plan);
    const known: readonly string[] = KNOWN_COLUMN_KEYS;
    source = source.filter((c) => known.includes(c.key) || actions.some((a) => (a.custom[c.key] ?? '') !== ''));
  }
  const hasRef = source.some((c) => c.key === 'ref');
  const columns = source.map((c) => {
    const column = { key: c.key, label: c.label, weight: WEIGHTS[c.key] ?? 1.2, value: fieldValue(c.key) };
    return c.key === 'text' && !hasRef ? withFlagsOnText(column) : column;
  });
  if (options.updatesSince) columns.push(updatesColumn(options.updatesSince, options.locale ?? DEFAULT_LOCALE));
  return columns;
}

export { sectionHeading } from '../section-heading';

/** The items an export lists: archived sections, groups and actions are deleted as far as the group knows. */
export function live<T extends object>(items: readonly T[]): T[] {
  return items.filter((item) => !(item as { archived?: unknown }).archived);
}

/** Colour names for a RAG key, which names the colour ("Blue – complete"), not the cell's word. */
export const RAG_COLOUR_NAMES: Record<Rag, string> = { red: 'Red', amber: 'Amber', green: 'Green', blue: 'Blue' };

/** A RAG key as plain lines, the way plans write it after their tables. */
export function legendText(legend: readonly LegendEntry[]): string {
  return ['RAG key', ...legend.map((e) => `${RAG_COLOUR_NAMES[e.rag]} – ${e.meaning}`)].join('\n');
}

/** Updates that came from the source's own update rows ("Update June 2016"): exported back as such rows. */
export function sourceUpdates(action: Action): (ProgressUpdate & { label: string })[] {
  return action.updates.filter((u): u is ProgressUpdate & { label: string } => typeof u.label === 'string' && u.label !== '');
}
