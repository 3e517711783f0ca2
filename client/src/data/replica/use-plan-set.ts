import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Plan } from '@concord/shared';
import { planMutators, type PlanMutators } from './bound-mutators';
import { deviceDb, type PlanRole } from '../device/device-db';
import type { PlanHandle } from './plan-replica';
import { acquireReplica } from './replica-registry';
import type { SyncState } from './sync-state';

/** One plan of a set, as a screen across plans needs it. */
export interface OpenPlan {
  planId: string;
  plan: Plan | null;
  handle: PlanHandle;
  mutators: PlanMutators;
  sync: SyncState;
  role: PlanRole | null;
  /** A viewer's plan, or its role is not read yet. */
  readOnly: boolean;
}

/**
 * Opens every plan in `planIds` while mounted (a group's plans) and re-renders when any of them changes. Returns
 * them in the order given.
 */
export function usePlanSet(planIds: readonly string[]): OpenPlan[] {
  const key = planIds.join(',');
  const [handles, setHandles] = useState<PlanHandle[]>([]);
  const [, setVersion] = useState(0);
  useEffect(() => {
    const held = planIds.map((id) => acquireReplica(id));
    setHandles(held.map((h) => h.replica));
    const bump = () => setVersion((v) => v + 1);
    const stops = held.map(({ replica }) => replica.subscribe(bump));
    return () => {
      stops.forEach((stop) => stop());
      held.forEach(({ release }) => release());
      setHandles([]);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` is `planIds` by value
  }, [key]);
  const rows = useLiveQuery(() => deviceDb.plans.bulkGet([...planIds]), [key]);
  const mutators = useMemo(() => new Map(handles.map((h) => [h.planId, planMutators(h)])), [handles]);
  return handles.map((handle, i) => {
    const row = rows?.[i];
    const role = row?.role ?? null;
    return { planId: handle.planId, plan: handle.plan(), handle, mutators: mutators.get(handle.planId)!, sync: handle.sync(), role, readOnly: row === undefined || role === 'viewer' };
  });
}
