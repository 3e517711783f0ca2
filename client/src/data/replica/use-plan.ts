import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Plan } from '@concord/shared';
import { planMutators, type PlanMutators } from './bound-mutators';
import type { PlanHandle } from './plan-replica';
import { acquireReplica, openReplica } from './replica-registry';
import { INITIAL_SYNC, type SyncState } from './sync-state';
import { usePlanRow } from '../catalogue/catalogue-hooks';
import type { PlanRole } from '../device/device-db';
import { isAccessWithdrawn } from '../../lib/refusal-words';

/** loading: reading the device's copy; joining: not on this device, waiting for the server; ready: plan present. */
export type PlanStatus = 'loading' | 'joining' | 'ready';

export interface UsePlan {
  plan: Plan | null;
  handle: PlanHandle | null;
  mutators: PlanMutators | null;
  syncState: SyncState;
  status: PlanStatus;
  /** This device's role; null when it syncs without a token (a plan never shared) or while loading. */
  role: PlanRole | null;
  /**
   * Show the plan, never an editing control, never call a mutator: a viewer, the role is not read yet, the plan was
   * saved by a newer version of Concord (`newer`), or what is shown is the plan as this device last saw it while its
   * stored copy is still loading.
   */
  readOnly: boolean;
  /** The plan was saved by a newer version of Concord than this app: read-only, and nothing is sent, until updated. */
  newer: boolean;
  /** This device joined by a view-only link (say so on screen). */
  viewer: boolean;
}

const noop = () => () => {};

/** Opens a plan's replica for as long as the component is mounted and re-renders on every change. */
export function usePlan(planId: string): UsePlan {
  // A replica opened early is used from the first render, so the rows follow as soon as its copy is loaded.
  const [handle, setHandle] = useState<PlanHandle | null>(() => openReplica(planId));
  useEffect(() => {
    const { replica, release } = acquireReplica(planId);
    setHandle(replica);
    return () => {
      setHandle(null);
      release();
    };
  }, [planId]);

  const subscribe = handle ? handle.subscribe : noop;
  const plan = useSyncExternalStore(subscribe, () => handle?.plan() ?? null);
  const syncState = useSyncExternalStore(subscribe, () => handle?.sync() ?? INITIAL_SYNC);
  const loaded = useSyncExternalStore(subscribe, () => handle?.loaded() ?? false);
  const newer = useSyncExternalStore(subscribe, () => handle?.schema()?.newer ?? false);
  const mutators = useMemo(() => (handle ? planMutators(handle) : null), [handle]);
  const status: PlanStatus = plan ? 'ready' : loaded ? 'joining' : 'loading';
  // Effects run once the rows are committed and painted: a cached snapshot is then on screen.
  useEffect(() => {
    if (plan) handle?.drawn();
  }, [handle, plan]);
  const row = usePlanRow(planId);
  const role = row?.role ?? null;
  // Until the catalogue row is read the role is unknown: no editing control, even briefly, for what may be a viewer.
  // Until the doc is loaded a mutator would edit an empty doc: a cached snapshot is only to look at.
  // Access withdrawn (a revoked link, a removed member): the copy stays to read and export, and nothing written now
  // could reach anyone. The refusal is read from the catalogue too, so it holds after an offline reload.
  const withdrawn = isAccessWithdrawn(syncState.connection === 'refused' ? syncState.refusedReason : row?.refusedReason);
  const readOnly = row === undefined || role === 'viewer' || newer || !loaded || withdrawn;
  return { plan, handle, mutators, syncState, status, role, readOnly, newer, viewer: role === 'viewer' };
}
