/**
 * The document's outline. Every heading has a rank from its form (heading-levels.ts); here the document has its
 * say. A heading directly above one of another kind is the higher ("Part 1" over "Objective 1"); a heading that
 * opens a table sits no lower than the headings inside tables; and the plan's parts are the best-ranked headings
 * that hold actions, two or more of them where there are. Headings above that level ("3. Action plan" over the
 * themes) and headings over no table rows before the plan or after it (an introduction, a contents list, the
 * title of a glossary) are the document's own text: notes, not empty sections; the first heading over the whole
 * plan is its title when the document has no other.
 */
import type { Decision, HeadingDecision } from './item-roles';

const isHeading = (d: Decision): d is HeadingDecision => d.role === 'heading';
/** A person's fix: 0 makes a section, Infinity a sub-heading, whatever the outline says. */
const isFixed = (d: HeadingDecision) => d.rank === 0 || d.rank === Infinity;
const auto = (d: Decision): d is HeadingDecision => isHeading(d) && !isFixed(d) && d.kind !== undefined;
/** What may stand between a heading and the one it heads: a header row, empty rows, a key, a line of text. */
const BETWEEN = new Set<Decision['role']>(['header', 'empty', 'legend', 'note']);
const TABLE_ROWS = new Set<Decision['role']>(['header', 'empty', 'data']);

/** A heading that opens a table of its own ranks no lower than the headings inside tables. */
function openingRanks(decisions: readonly Decision[]): void {
  const inside = Math.min(Infinity, ...decisions.filter(auto).filter((d) => d.place === 'row').map((d) => d.rank));
  for (const d of decisions) if (auto(d) && d.opens && d.place === 'paragraph' && inside < d.rank) d.rank = inside;
}

/** Kinds seen directly above other kinds (and never the other way round). */
function nesting(decisions: readonly Decision[]): [string, string][] {
  const seen = new Set<string>();
  let prev: HeadingDecision | null = null;
  for (const d of decisions) {
    if (auto(d)) {
      if (prev && prev.kind !== d.kind) seen.add(`${prev.kind}\u0000${d.kind}`);
      prev = d;
    } else if (!BETWEEN.has(d.role)) prev = null;
  }
  const pairs = [...seen].map((p) => p.split('\u0000') as [string, string]);
  return pairs.filter(([a, b]) => !seen.has(`${b}\u0000${a}`));
}

/** Ranks moved so that every kind seen above another ranks above it. */
function nestedRanks(decisions: readonly Decision[]): void {
  const rank = new Map<string, number>();
  for (const d of decisions) if (auto(d)) rank.set(d.kind!, Math.min(rank.get(d.kind!) ?? Infinity, d.rank));
  const pairs = nesting(decisions);
  for (let pass = 0; pass <= rank.size; pass++) {
    let changed = false;
    for (const [above, below] of pairs) {
      if (rank.get(above)! >= rank.get(below)!) {
        rank.set(above, rank.get(below)! - 0.5);
        changed = true;
      }
    }
    if (!changed) break;
  }
  for (const d of decisions) if (auto(d)) d.rank = rank.get(d.kind!)!;
}

/** For each heading, the roles of the items under it, up to the next heading of its rank or higher. */
function scopes(decisions: readonly Decision[]): Map<number, Set<Decision['role']>> {
  const out = new Map<number, Set<Decision['role']>>();
  decisions.forEach((d, i) => {
    if (!isHeading(d)) return;
    const roles = new Set<Decision['role']>();
    for (let j = i + 1; j < decisions.length; j++) {
      const e = decisions[j]!;
      if (isHeading(e) && (e.rank <= d.rank || e.rank === 0)) break;
      roles.add(e.role);
    }
    out.set(i, roles);
  });
  return out;
}

/**
 * The best rank held by two or more headings with actions under them; else, of single holders, one that names or
 * numbers a part ("Objective 1 – …", "1. Commissioning" under a caption over the whole plan), else the best; else
 * the best rank of all.
 */
function topRank(decisions: readonly Decision[], under: Map<number, Set<Decision['role']>>): number {
  const holders = new Map<number, number>();
  const named = new Set<number>();
  decisions.forEach((d, i) => {
    if (!auto(d) || !under.get(i)!.has('data')) return;
    holders.set(d.rank, (holders.get(d.rank) ?? 0) + 1);
    if (d.heading.form === 'keyword' || d.heading.form === 'number') named.add(d.rank);
  });
  const ranks = [...holders.keys()].sort((a, b) => a - b);
  const best = ranks.find((r) => holders.get(r)! >= 2) ?? ranks.find((r) => named.has(r)) ?? ranks[0];
  return best ?? Math.min(Infinity, ...decisions.filter(auto).map((d) => d.rank));
}

/**
 * Settles the document's levels (see the file's comment), turning headings that are not parts of the plan into
 * notes. Returns the rank of the plan's sections.
 */
export function outline(decisions: Decision[]): number {
  openingRanks(decisions);
  nestedRanks(decisions);
  const under = scopes(decisions);
  const top = topRank(decisions, under);
  const data = decisions.map((d) => d.role).flatMap((r, i) => (r === 'data' ? [i] : []));
  const [first, last] = [data[0] ?? Infinity, data[data.length - 1] ?? -Infinity];
  let titled = decisions.some((d) => d.role === 'title');
  decisions.forEach((d, i) => {
    if (!auto(d)) return;
    const rows = [...under.get(i)!].some((r) => TABLE_ROWS.has(r));
    if (d.rank >= top && (rows || (i > first && i < last))) return;
    // A document with no title paragraph often names itself in a heading over everything (a row atop the table).
    const title = !titled && i < first && d.rank < top;
    decisions[i] = { role: title ? 'title' : 'note' };
    titled ||= title;
  });
  return top;
}
