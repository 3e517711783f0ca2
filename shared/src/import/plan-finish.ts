/**
 * The last steps of a build: a RAG column for ratings read from status words, the leads as a person fixed them
 * and the plan's lead directory, and the import report (counts, column mappings, rows, what the plan calls its parts).
 */
import type { Action, Plan, Section } from '../plan-json';
import { newId } from '../ids';
import { CONCORDAT_COLUMNS } from '../model/template';
import { buildLeadDirectory } from '../leads/lead-directory';
import { leadKey } from '../leads/split-leads';
import type { ImportedColumn, Layout } from './column-layout';
import { layoutMapping } from './column-layout';
import type { BuildOptions, ImportReport, ImportWarning, RowReport } from './import-report';
import type { Decision } from './item-roles';
import type { SourceDocument } from './source';

const actionsOf = (sections: readonly Section[]): Action[] => sections.flatMap((s) => s.groups.flatMap((g) => g.actions));
const RAG_LABEL = /^\W*(rag|r\s*\/?\s*a\s*\/?\s*g|red\s*\/?\s*amber\s*\/?\s*green)(\s*(rating|status))?\W*$/i;

/**
 * The plan's columns; when ratings came from a column of status words and the plan has no RAG column, one is
 * added after it, so the ratings show (and export) beside the words they were read from.
 */
function withStatusRating(columns: ImportedColumn[], layouts: readonly Layout[], sections: readonly Section[]): ImportedColumn[] {
  const status = layouts.flatMap((l) => [...l.statusKeys]);
  if (status.length === 0 || columns.some((c) => c.key === 'rag') || !actionsOf(sections).some((a) => a.rag !== null)) return columns;
  const at = columns.findIndex((c) => c.key === status[0]);
  const label = RAG_LABEL.test(columns[at]?.label ?? '') ? 'RAG rating' : 'RAG';
  return [...columns.slice(0, at + 1), { key: 'rag', label }, ...columns.slice(at + 1)];
}

const FILLED: readonly (readonly [keyof Action & string, (a: Action) => boolean])[] = [
  ['text', (a) => a.text !== ''],
  ['timescale', (a) => a.timescale !== ''],
  ['leads', (a) => a.leadText !== ''],
  ['outcomes', (a) => a.outcomes !== ''],
  ['progress', (a) => a.progress !== ''],
];

/**
 * The plan's columns, with a column for every field the actions fill that no source column carries (progress
 * from a report row when no column is progress, say): a field without a column would not show or export.
 */
export function finishColumns(columns: ImportedColumn[], layouts: readonly Layout[], sections: readonly Section[]): ImportedColumn[] {
  const out = withStatusRating(columns, layouts, sections);
  const actions = actionsOf(sections);
  for (const [key, filled] of FILLED) {
    if (!out.some((c) => c.key === key) && actions.some(filled)) out.push({ key, label: CONCORDAT_COLUMNS.find((c) => c.key === key)!.label });
  }
  return out;
}

/** Applies a person's lead splits to each action's leads, then builds the directory with their merges in it. */
export function finishLeads(plan: Plan, opts: Pick<BuildOptions, 'leadSplits' | 'leadMerges'>): void {
  const splits = new Map(Object.entries(opts.leadSplits ?? {}).map(([k, v]) => [leadKey(k), v]));
  const actions = actionsOf(plan.sections);
  if (splits.size > 0) {
    for (const a of actions) a.leads = [...new Set(a.leads.flatMap((l) => [...(splits.get(leadKey(l)) ?? [l])].map((x) => x.trim()).filter(Boolean)))];
  }
  const directory = buildLeadDirectory(actions, newId);
  for (const [from, into] of Object.entries(opts.leadMerges ?? {})) {
    const find = (name: string) => {
      let entry = directory.find((e) => e.aliases.some((a) => leadKey(a) === leadKey(name)));
      if (!entry && leadKey(name) !== '') directory.push((entry = { id: newId(), name: name.trim(), aliases: [name.trim()], mergedInto: null }));
      return entry;
    };
    const [a, b] = [find(from), find(into)];
    if (a && b && a !== b && b.mergedInto !== a.id) a.mergedInto = b.id;
  }
  directory.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  plan.leadDirectory = directory;
}

const NOUNS: Record<string, string> = { priority: 'priorities', 'work stream': 'workstreams', workstream: 'workstreams' };

/** What the plan calls its top-level parts, from the keyword of its section headings ("Objective 3"). */
function sectionNoun(decisions: readonly Decision[], sections: readonly Section[]): string {
  const word = sections.map((s) => /^(\w+(?: stream)?)\s+\S+/.exec(s.title)?.[1]?.toLowerCase()).find(Boolean);
  const keyword = decisions.some((d) => d.role === 'heading' && d.heading.form === 'keyword');
  if (!keyword || word === undefined) return 'sections';
  return NOUNS[word] ?? `${word}s`;
}

function columnWarnings(layouts: readonly Layout[], plan: Plan): ImportWarning[] {
  const seen = new Set<string>();
  const out = layouts.flatMap((l) =>
    l.matches.flatMap((m): ImportWarning[] => {
      if (seen.has(m.label)) return [];
      seen.add(m.label);
      const at = l.line ? { line: l.line } : {};
      if (m.status) return [{ reason: 'status-words', detail: `"${m.label}" holds status words; kept as written and read as ratings`, ...at }];
      if (!m.overruled) return [];
      return [{ reason: 'column-overruled', detail: `"${m.label}" holds no ${m.overruled} values; kept as a custom column`, ...at }];
    }),
  );
  const hasRag = layouts.some((l) => l.keys.includes('rag'));
  if (hasRag && !actionsOf(plan.sections).some((a) => a.rag !== null)) {
    out.push({ reason: 'rag-empty', detail: 'The RAG column holds no ratings (in Word they are often cell colours).' });
  }
  return out;
}

function build(src: SourceDocument, plan: Plan, layouts: readonly Layout[], warnings: ImportWarning[], rows: RowReport[], decisions: readonly Decision[]): ImportReport {
  const actions = actionsOf(plan.sections);
  const mappings = new Map<string, ReturnType<typeof layoutMapping>>();
  for (const l of layouts) {
    const m = layoutMapping(l);
    const id = JSON.stringify(m.columns);
    if (!mappings.has(id)) mappings.set(id, m);
  }
  return {
    format: src.format,
    sections: plan.sections.map((s) => ({
      number: s.number, title: s.title, groups: s.groups.length, actions: s.groups.reduce((n, g) => n + g.actions.length, 0),
    })),
    actions: actions.length,
    numberedActions: actions.filter((a) => a.ref !== null).length,
    columns: [...mappings.values()],
    warnings,
    rows,
    sectionNoun: sectionNoun(decisions, plan.sections),
  };
}

export const report = { build, columnWarnings };
