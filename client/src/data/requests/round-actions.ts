import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import { newId, type Plan } from '@concord/shared';
import { isApiErrorReason, offeredSubprotocols } from '@concord/shared/protocol';
import { acceptResponse, closeRequest, initRequest, planRound, type RequestInit, type RoundInput } from '@concord/shared/requests';
import { deviceDb, type RoundRow } from '../device/device-db';
import type { PlanHandle, Replica } from '../replica/plan-replica';
import { requestApi, SharingError } from '../sharing/sharing-api';
import { onStoredReceipt, storedCovers } from '../replica/stored-receipts';
import { REQUEST_DB_PREFIX } from './request-replica';

/** A request doc opened by the facilitator's device with the plan's token (unrestricted, unlike the lead's link). */
export interface FacilitatorRequest {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly whenLoaded: Promise<void>;
  destroy(): void;
}

/** Opens request `requestId` on this device (y-indexeddb) and through the relay with the plan's own token. */
export function openAsFacilitator(requestId: string, serverUrl: string, planToken: string): FacilitatorRequest {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(REQUEST_DB_PREFIX + requestId, doc);
  const provider = new WebsocketProvider(serverUrl, requestId, doc, { connect: false, params: { token: planToken }, protocols: offeredSubprotocols() });
  const whenLoaded = persistence.whenSynced.then(() => void provider.connect());
  return {
    doc,
    provider,
    whenLoaded,
    destroy() {
      provider.destroy();
      void persistence.destroy();
      doc.destroy();
    },
  };
}

function api<T>(serverUrl: string, method: string, path: string, bearer: string, body?: unknown): Promise<T> {
  return requestApi<T>(serverUrl, { method, path, bearer, body }, (reason) =>
    reason === 'offline' ? new SharingError('offline') : new SharingError(isApiErrorReason(reason) ? reason : 'server-error'),
  );
}

/**
 * Sends a round of update requests for `plan`: one request per lead, each with copies of exactly their actions.
 * Mints each lead's link on the relay (so this needs a connection, like sharing), writes each request doc here
 * (y-indexeddb) and through the relay, and records the round with its links on this device.
 */
export async function createRound(plan: Plan, access: { serverUrl: string; token: string }, input: RoundInput): Promise<RoundRow> {
  const roundId = newId();
  const inits = planRound([plan], input, roundId);
  const requests: RoundRow['requests'] = [];
  for (const init of inits) {
    const issued = await api<{ token: string }>(access.serverUrl, 'POST', `/api/plans/${encodeURIComponent(plan.id)}/requests`, access.token, {
      roundId,
      requestId: init.id,
    });
    await writeRequest(init, access);
    requests.push({ requestId: init.id, leadName: init.lead.name, token: issued.token });
  }
  const row: RoundRow = {
    id: roundId, planId: plan.id, serverUrl: access.serverUrl, title: input.title, due: input.due,
    createdAt: new Date().toISOString(), closedAt: null, requests,
  };
  await deviceDb.rounds.put(row);
  return row;
}

/** Writes one lead's request doc on this device and waits until the relay has stored it. */
async function writeRequest(init: RequestInit, access: { serverUrl: string; token: string }): Promise<void> {
  const opened = openAsFacilitator(init.id, access.serverUrl, access.token);
  try {
    await opened.whenLoaded;
    initRequest(opened.doc, init);
    // Closed only once the relay's receipt covers the copies: the lead's link must find them there.
    await new Promise<void>((done) => {
      onStoredReceipt(opened.provider, (stored) => storedCovers(stored, opened.doc) && done());
    });
  } finally {
    opened.destroy();
  }
}

/** Accepts a lead's submitted update for one action into the plan, as their dated update. */
export function acceptInto(plan: PlanHandle, request: FacilitatorRequest, actionId: string, by: string): string {
  return acceptResponse((plan as Replica).doc, request.doc, actionId, { by });
}

/** Closes the round: the relay revokes its links (needs a connection), and each request is marked closed. */
export async function closeRound(row: RoundRow, planToken: string, open: readonly FacilitatorRequest[]): Promise<void> {
  await api<null>(row.serverUrl, 'DELETE', `/api/plans/${encodeURIComponent(row.planId)}/rounds/${encodeURIComponent(row.id)}`, planToken);
  for (const request of open) closeRequest(request.doc);
  await deviceDb.rounds.update(row.id, { closedAt: new Date().toISOString() });
}
