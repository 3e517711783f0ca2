import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { requestFromDoc, submittedUpdates, type SubmittedUpdate, type UpdateRequest } from '@concord/shared/requests';
import { usePlanRow } from '../catalogue/catalogue-hooks';
import { deviceDb, type RoundRow } from '../device/device-db';
import { openAsFacilitator, type FacilitatorRequest } from './round-actions';

/** One lead's request in a round as the facilitator's screen reads it. */
export interface RoundRequest {
  requestId: string;
  leadName: string;
  /** The lead's link token (for their link and reminder). */
  token: string;
  /** Null until the request doc is on this device. */
  request: UpdateRequest | null;
  open: FacilitatorRequest;
}

export interface RoundView {
  row: RoundRow;
  requests: RoundRequest[];
}

/**
 * The plan's rounds sent from this device (newest first), each request doc opened with the plan's token while
 * mounted so the facilitator sees responses arrive; re-renders on every change.
 */
export function useRounds(planId: string, planToken: string | null): RoundView[] | undefined {
  const rows = useLiveQuery(() => deviceDb.rounds.where('planId').equals(planId).toArray(), [planId]);
  const [opened, setOpened] = useState<Map<string, FacilitatorRequest>>(new Map());
  const [, setTick] = useState(0);
  const key = rows?.map((r) => r.requests.map((q) => q.requestId).join(',')).join(';') ?? '';
  useEffect(() => {
    if (!rows || planToken === null) return;
    const map = new Map<string, FacilitatorRequest>();
    const rerender = () => setTick((n) => n + 1);
    for (const row of rows) {
      for (const { requestId } of row.requests) {
        const open = openAsFacilitator(requestId, row.serverUrl, planToken);
        open.doc.on('update', rerender);
        map.set(requestId, open);
      }
    }
    setOpened(map);
    return () => map.forEach((open) => open.destroy());
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reopen only when the set of requests changes
  }, [key, planToken]);
  if (!rows) return undefined;
  return [...rows]
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
    .map((row) => ({
      row,
      requests: row.requests.flatMap((q) => {
        const open = opened.get(q.requestId);
        return open ? [{ ...q, open, request: requestFromDoc(open.doc) }] : [];
      }),
    }));
}

/**
 * Each action's latest submitted update from the plan's rounds on this device, for the meeting walk-through (which
 * shows it first). Empty on a device that sent no round (the request docs and links live on the sending device).
 */
export function useSubmittedUpdates(planId: string): Map<string, SubmittedUpdate> {
  const row = usePlanRow(planId);
  const rounds = useRounds(planId, row?.token ?? null);
  const requests = (rounds ?? []).flatMap((round) => round.requests.flatMap((q) => (q.request === null ? [] : [q.request])));
  return submittedUpdates(requests);
}
