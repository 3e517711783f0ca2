import { useSyncExternalStore } from 'react';

/**
 * What the app knows about versions, in one small store outside React and Yjs: the service worker (the app shell)
 * and the open plans (the lazily loaded data layer) report here, and the update banner reads it.
 */
export interface VersionFacts {
  /** A new version of the app is installed and waiting, or already controls this page: a reload runs it. */
  updateReady: boolean;
  /** Open plans whose doc was saved by a newer version of Concord than this app. */
  newerPlans: ReadonlySet<string>;
  /** `planId/meetingId` of meetings that are live in an open plan. */
  liveMeetings: ReadonlySet<string>;
}

let facts: VersionFacts = { updateReady: false, newerPlans: new Set(), liveMeetings: new Set() };
const listeners = new Set<() => void>();

function change(next: Partial<VersionFacts>): void {
  facts = { ...facts, ...next };
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function versionFacts(): VersionFacts {
  return facts;
}

export function useVersionFacts(): VersionFacts {
  return useSyncExternalStore(subscribe, versionFacts);
}

export function setUpdateReady(ready: boolean): void {
  if (facts.updateReady !== ready) change({ updateReady: ready });
}

/** An open plan's version state and live meetings, as of its latest snapshot; `null` when it closes. */
export function reportPlan(planId: string, state: { newer: boolean; liveMeetingIds: readonly string[] } | null): void {
  const newerPlans = new Set(facts.newerPlans);
  if (state?.newer) newerPlans.add(planId);
  else newerPlans.delete(planId);
  const prefix = `${planId}/`;
  const liveMeetings = new Set([...facts.liveMeetings].filter((key) => !key.startsWith(prefix)));
  for (const id of state?.liveMeetingIds ?? []) liveMeetings.add(prefix + id);
  if (sameSet(newerPlans, facts.newerPlans) && sameSet(liveMeetings, facts.liveMeetings)) return;
  change({ newerPlans, liveMeetings });
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}
