/**
 * The columns an export writes, in the plan's own order, and how each action fills them. Shared by the Word,
 * Excel and CSV writers so they cannot disagree about what a cell holds.
 */
import type { Action, LegendEntry, Plan, Rag } from '../plan-json';
import { CONCORDAT_COLUMNS } from '../model/template';
import { DEFAULT_LOCALE, formatDate } from '../meetings/dates';

export interface ExportOptions {
  /** ISO date: adds a column "UPDATE <MONTH YEAR>" with each action's updates on or after this date. */
  updatesSince?: string;
  /** How the update column writes dates: the reader's locale (default en-GB, "14 January 2016"). */
  locale?: string;
}

export interface ExportColumn {
  key: string;
  label: string;
  /** Relative width, for the writers that size columns. */
  weight: number;
  value(action: Action): string;
}

const WEIGHTS: Record<string, number> = {
  ref: 0.6,
  text: 3,
  timescale: 1.2,
  leads: 1.8,
  outcomes: 3,
  progress: 3.5,
  rag: 1.3,
};

/** How a known field is written as cell text; custom columns read Action.custom. */
function fieldValue(key: string): (a: Action) => string {
  switch (key) {
    case 'ref':
      return (a) => a.ref ?? '';
    case 'text':
    case 'timescale':
    case 'outcomes':
    case 'progress':
      return (a) => a[key];
    case 'leads':
      return (a) => leadsText(a.leads);
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

/**
 * The export's columns: plan.columns in order (or the defaults), a RAG column at the end when the plan has
 * ratings but its source had no RAG column (ratings are never dropped), and the update column when asked for.
 */
export function exportColumns(plan: Plan, options: ExportOptions = {}): ExportColumn[] {
  const source = plan.columns.length > 0 ? [...plan.columns] : [...CONCORDAT_COLUMNS];
  if (!source.some((c) => c.key === 'rag') && anyRated(plan)) source.push({ key: 'rag', label: 'RAG' });
  const columns = source.map((c) => ({
    key: c.key,
    label: c.label,
    weight: WEIGHTS[c.key] ?? 1.2,
    value: fieldValue(c.key),
  }));
  if (options.updatesSince) columns.push(updatesColumn(options.updatesSince, options.locale ?? DEFAULT_LOCALE));
  return columns;
}

/** "1. Commissioning..." — the section heading as the plans write it. */
export function sectionHeading(section: { number: string | null; title: string }): string {
  if (!section.number) return section.title;
  const number = /[.)]$/.test(section.number) ? section.number : `${section.number}.`;
  return `${number} ${section.title}`;
}

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
