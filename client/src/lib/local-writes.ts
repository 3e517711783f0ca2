/**
 * When this page's writes are stored. Saving a change puts it in the plan's doc at once, but the doc reaches
 * IndexedDB a moment later: until then a reload (into a new version, or by the person) could lose it. Each open plan
 * registers how to wait for its queued writes (client/src/data); the app shell and text fields wait on them all.
 */
const settlers = new Set<() => Promise<void>>();

/** Registers how to wait for one store's queued writes; returns a function that removes it. */
export function registerWriteSettler(settle: () => Promise<void>): () => void {
  settlers.add(settle);
  return () => {
    settlers.delete(settle);
  };
}

/** Resolves once every write queued so far, in every open plan, is stored (a failing store does not hold it up). */
export async function whenLocalWritesStored(): Promise<void> {
  await Promise.allSettled([...settlers].map((settle) => settle()));
}
