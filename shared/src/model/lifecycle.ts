import type * as Y from 'yjs';
import { planMap } from './items';
import { PLAN_KEY, ROOT } from './schema';
import type { PlanDoc } from './types';

/** True when the doc holds a plan (initPlan or loadPlanIntoDoc has run here or reached here by sync). */
export function isPlanDoc(doc: PlanDoc): boolean {
  return planIdOf(doc) !== null;
}

/** The plan's id, or null when the doc holds no plan yet. */
export function planIdOf(doc: PlanDoc): string | null {
  const id = planMap(doc).get(PLAN_KEY.id);
  return typeof id === 'string' ? id : null;
}

/**
 * Calls `cb` with the transaction's origin after every transaction that changed the plan (local or remote).
 * Returns a function that stops it.
 */
export function observePlan(doc: PlanDoc, cb: (origin: unknown) => void): () => void {
  const roots = new Set<unknown>(Object.values(ROOT).map((name) => doc.getMap(name)));
  const handler = (tr: Y.Transaction): void => {
    // changedParentTypes holds every ancestor of every changed type, so a root in it means the plan changed.
    for (const type of tr.changedParentTypes.keys()) {
      if (roots.has(type)) {
        cb(tr.origin);
        return;
      }
    }
  };
  doc.on('afterTransaction', handler);
  return () => doc.off('afterTransaction', handler);
}
