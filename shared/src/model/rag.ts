import { RAGS, type Plan, type Rag, type RagEntry } from '../plan-json';

/** Order of RAG entries: by time, then by person, then by rating, so every replica picks the same latest. */
export function compareRagEntries(a: RagEntry, b: RagEntry): number {
  for (const key of ['at', 'by', 'rag'] as const) {
    if (a[key] !== b[key]) return a[key] < b[key] ? -1 : 1;
  }
  return 0;
}

/** The current rating: the latest entry by `at`, ties broken by `by` then `rag`. Null when there is none. */
export function currentRag(history: readonly RagEntry[]): Rag | null {
  let latest: RagEntry | null = null;
  for (const entry of history) {
    if (latest === null || compareRagEntries(entry, latest) > 0) latest = entry;
  }
  return latest?.rag ?? null;
}

/**
 * Ratings that disagree: the latest entry of each person since the last rating agreed in a meeting (the last
 * entry with a meetingId; the whole history when there is none), when those latest entries do not all agree.
 * Sorted like the history; [] when there is no disagreement.
 */
export function ragConflict(history: readonly RagEntry[]): RagEntry[] {
  const sorted = [...history].sort(compareRagEntries);
  let start = 0;
  sorted.forEach((entry, i) => {
    if (entry.meetingId !== null) start = i + 1;
  });
  const latestBy = new Map<string, RagEntry>();
  for (const entry of sorted.slice(start)) latestBy.set(entry.by, entry);
  const latest = [...latestBy.values()];
  return new Set(latest.map((e) => e.rag)).size > 1 ? latest.sort(compareRagEntries) : [];
}

/** How many actions have each current rating (or none). Archived actions, groups and sections are left out. */
export function ragCounts(plan: Plan): Record<Rag | 'none', number> {
  const counts = Object.fromEntries([...RAGS, 'none'].map((r) => [r, 0])) as Record<Rag | 'none', number>;
  const live = (o: object): boolean => (o as { archived?: unknown }).archived !== true;
  for (const section of plan.sections.filter(live)) {
    for (const group of section.groups.filter(live)) {
      for (const action of group.actions.filter(live)) counts[action.rag ?? 'none']++;
    }
  }
  return counts;
}
