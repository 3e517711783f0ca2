import { CONCORDAT_COLUMNS, type Action, type Column, type Plan, type Section, type Group } from '@concord/shared';

/** The plan's own columns in its order; a plan with no RAG column still gets one, as rating is the point. */
export function columnsOf(plan: Plan): Column[] {
  const cols = plan.columns.length > 0 ? plan.columns : CONCORDAT_COLUMNS;
  // Named apart from any source column called "RAG" that held something else (one plan's held local/countywide).
  return cols.some((c) => c.key === 'rag') ? [...cols] : [...cols, { key: 'rag', label: 'RAG rating' }];
}

/** Fixed widths for the short columns; every other column takes an equal share of what is left. */
const FIXED_TRACKS: Readonly<Record<string, string>> = { ref: '4rem', timescale: '8rem', leads: '9rem', rag: '8rem', 'latest-update': 'minmax(0, 0.9fr)' };
const EDIT_TRACK = '4.5rem';

/**
 * The plan table's column widths as a CSS grid template. Tracks never depend on the cells' text (minmax(0, 1fr),
 * not auto), so every row lines up with the header without the browser measuring 2,000 rows of text.
 */
export function columnTemplate(columns: readonly Column[], withEdit: boolean): string {
  const tracks = columns.map((c) => FIXED_TRACKS[c.key] ?? 'minmax(0, 1fr)');
  return (withEdit ? [...tracks, EDIT_TRACK] : tracks).join(' ');
}

/** Plain text of one cell, for known fields and custom columns alike (RAG is rendered separately). */
export function cellText(action: Action, key: string): string {
  switch (key) {
    case 'ref':
      return action.ref ?? '';
    case 'text':
    case 'timescale':
    case 'outcomes':
    case 'progress':
      return action[key];
    case 'leads':
      // The lead cell as written; leads set without a cell show one per line.
      return action.leadText.trim() !== '' ? action.leadText : action.leads.join('\n');
    default:
      return action.custom[key] ?? '';
  }
}

type MaybeArchived = { archived?: boolean };

export function liveSections(plan: Plan): Section[] {
  return plan.sections.filter((s) => !(s as MaybeArchived).archived);
}

export function liveGroups(section: Section): Group[] {
  return section.groups.filter((g) => !(g as MaybeArchived).archived);
}

export function liveActions(group: Group): Action[] {
  return group.actions.filter((a) => !a.archived);
}

/** The plan's own header for a field, when it differs from Concord's name for it (shown as a hint). */
export function sourceLabel(plan: Plan, key: string, ours: string): string | undefined {
  const label = plan.columns.find((c) => c.key === key)?.label.trim();
  return label && label.toLowerCase() !== ours.toLowerCase() ? `In the plan: ${label}` : undefined;
}
