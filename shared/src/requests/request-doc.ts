import * as Y from 'yjs';
import { isRequestId } from '../protocol/room';
import type { Rag } from '../plan-json';
import { RAGS } from '../plan-json';
import { setIfChanged, textIn } from '../model/items';
import { applyTextDiff } from '../model/text-diff';
import { mutate } from '../model/transact';
import type { Origin } from '../model/types';
import { RequestModelError } from './errors';
import { COPY_KEY, REQUEST_KEY, REQUEST_ROOT, REQUEST_SCHEMA_VERSION, RESPONSE_KEY, REVIEW_KEY } from './schema';
import type { RequestActionCopy, RequestDoc, RequestInit, RequestResponse, RequestReview, UpdateRequest } from './types';

type YEntry = Y.Map<unknown>;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_TEXT = 20_000;

function header(doc: RequestDoc): Y.Map<unknown> {
  return doc.getMap(REQUEST_ROOT.request);
}

function root(doc: RequestDoc, name: 'actions' | 'responses' | 'review'): Y.Map<YEntry> {
  return doc.getMap<YEntry>(REQUEST_ROOT[name]);
}

/** True once the doc holds a request (false while it is still arriving from the relay). */
export function isRequestDoc(doc: RequestDoc): boolean {
  return typeof header(doc).get(REQUEST_KEY.id) === 'string';
}

/** Throws unless the doc holds a request this version can write to. */
function requireRequest(doc: RequestDoc): void {
  if (!isRequestDoc(doc)) throw new RequestModelError('not-initialised', 'the doc holds no update request');
  const version = header(doc).get(REQUEST_KEY.schemaVersion);
  if (typeof version === 'number' && version > REQUEST_SCHEMA_VERSION) {
    throw new RequestModelError('newer-version', `the request uses schema ${version}; this version knows up to ${REQUEST_SCHEMA_VERSION}`);
  }
}

/** Throws unless the request is open and holds action `actionId`. */
function requireOpenAction(doc: RequestDoc, actionId: string): void {
  requireRequest(doc);
  if (header(doc).get(REQUEST_KEY.closed) === true) throw new RequestModelError('closed', 'the round is closed');
  if (!(root(doc, 'actions').get(actionId) instanceof Y.Map)) throw new RequestModelError('not-found', `no action ${actionId} in this request`);
}

function text(value: unknown, path: string, max = MAX_TEXT): string {
  if (typeof value !== 'string' || value.length > max) throw new RequestModelError('invalid', `expected text of at most ${max} characters`, path);
  return value;
}

function checkCopy(copy: RequestActionCopy, path: string): void {
  text(copy.id, `${path}.id`, 64);
  text(copy.planId, `${path}.planId`, 64);
  text(copy.text, `${path}.text`);
  if (copy.rag !== null && !RAGS.includes(copy.rag)) throw new RequestModelError('invalid', 'expected a RAG rating or null', `${path}.rag`);
}

/**
 * Makes an empty doc the update request `init.id` for one lead: the round's title and due date, and copies of
 * exactly that lead's actions. Written once, by the facilitator's device, before the link goes out.
 */
export function initRequest(doc: RequestDoc, init: RequestInit, origin?: Origin): void {
  if (isRequestDoc(doc)) throw new RequestModelError('already-initialised', 'the doc already holds an update request');
  if (!isRequestId(init.id)) throw new RequestModelError('invalid', 'expected a request id (request-…)', 'id');
  const title = text(init.title, 'title', 200).trim();
  if (title === '') throw new RequestModelError('invalid', 'a round needs a title', 'title');
  if (!DATE.test(init.due)) throw new RequestModelError('invalid', 'expected a date (YYYY-MM-DD)', 'due');
  if (init.actions.length === 0) throw new RequestModelError('invalid', 'a request needs at least one action', 'actions');
  init.actions.forEach((copy, i) => checkCopy(copy, `actions[${i}]`));
  mutate(doc, origin, () => {
    const map = header(doc);
    map.set(REQUEST_KEY.schemaVersion, REQUEST_SCHEMA_VERSION);
    map.set(REQUEST_KEY.id, init.id);
    map.set(REQUEST_KEY.planId, init.planId);
    map.set(REQUEST_KEY.roundId, init.roundId);
    map.set(REQUEST_KEY.title, title);
    map.set(REQUEST_KEY.due, init.due);
    map.set(REQUEST_KEY.leadId, init.lead.id);
    map.set(REQUEST_KEY.leadName, init.lead.name);
    map.set(REQUEST_KEY.closed, false);
    init.actions.forEach((copy, order) => {
      const entry = new Y.Map<unknown>();
      root(doc, 'actions').set(copy.id, entry);
      entry.set(COPY_KEY.planId, copy.planId);
      entry.set(COPY_KEY.order, order);
      entry.set(COPY_KEY.ref, copy.ref);
      entry.set(COPY_KEY.text, copy.text);
      entry.set(COPY_KEY.timescale, copy.timescale);
      entry.set(COPY_KEY.progress, copy.progress);
      entry.set(COPY_KEY.lastUpdate, copy.lastUpdate === null ? null : JSON.stringify(copy.lastUpdate));
      entry.set(COPY_KEY.rag, copy.rag);
    });
  });
}

/** Marks the request closed (its round was closed; the relay has revoked its link). */
export function closeRequest(doc: RequestDoc, origin?: Origin): void {
  requireRequest(doc);
  mutate(doc, origin, () => setIfChanged(header(doc), REQUEST_KEY.closed, true));
}

/** The lead's response entry for `actionId`, created on first write. */
function responseOf(doc: RequestDoc, actionId: string): YEntry {
  const responses = root(doc, 'responses');
  const existing = responses.get(actionId);
  if (existing instanceof Y.Map) return existing;
  const created = new Y.Map<unknown>();
  responses.set(actionId, created);
  return created;
}

/**
 * Records that the lead opened their link, on each of their actions (the lead's link may write nothing else);
 * a second opening keeps the first time.
 */
export function markOpened(doc: RequestDoc, at: string, origin?: Origin): void {
  requireRequest(doc);
  const ids = [...root(doc, 'actions').keys()];
  const unopened = ids.filter((id) => typeof root(doc, 'responses').get(id)?.get(RESPONSE_KEY.openedAt) !== 'string');
  if (unopened.length === 0 || header(doc).get(REQUEST_KEY.closed) === true) return;
  mutate(doc, origin, () => {
    for (const id of unopened) responseOf(doc, id).set(RESPONSE_KEY.openedAt, at);
  });
}

/** Saves the lead's draft update for one action (kept on the device, sent when online). */
export function writeDraft(doc: RequestDoc, actionId: string, update: string, at: string, origin?: Origin): void {
  requireOpenAction(doc, actionId);
  const checked = text(update, 'update');
  mutate(doc, origin, () => {
    const entry = responseOf(doc, actionId);
    // Only the words that changed: the lead may be writing the same draft on a second device offline.
    applyTextDiff(textIn(entry, RESPONSE_KEY.update), checked);
    if (typeof entry.get(RESPONSE_KEY.startedAt) !== 'string') entry.set(RESPONSE_KEY.startedAt, at);
  });
}

/** Sets (or, with null, withdraws) the lead's proposed RAG for one action. */
export function proposeRag(doc: RequestDoc, actionId: string, rag: Rag | null, at: string, origin?: Origin): void {
  requireOpenAction(doc, actionId);
  if (rag !== null && !RAGS.includes(rag)) throw new RequestModelError('invalid', 'expected a RAG rating or null', 'rag');
  mutate(doc, origin, () => {
    const entry = responseOf(doc, actionId);
    setIfChanged(entry, RESPONSE_KEY.proposedRag, rag);
    if (typeof entry.get(RESPONSE_KEY.startedAt) !== 'string') entry.set(RESPONSE_KEY.startedAt, at);
  });
}

/**
 * The lead submits: every action they wrote something for is marked submitted at `at`. Offline, this waits on the
 * device with the drafts and reaches the facilitator when the device next syncs. Throws 'invalid' when nothing
 * was written.
 */
export function submitRequest(doc: RequestDoc, at: string, origin?: Origin): number {
  requireRequest(doc);
  if (header(doc).get(REQUEST_KEY.closed) === true) throw new RequestModelError('closed', 'the round is closed');
  const written = readActions(doc).filter((a) => hasContent(a.response));
  if (written.length === 0) throw new RequestModelError('invalid', 'write an update or propose a rating first', 'responses');
  mutate(doc, origin, () => {
    for (const action of written) setIfChanged(responseOf(doc, action.id), RESPONSE_KEY.submittedAt, at);
  });
  return written.length;
}

/** Records that the facilitator accepted one action's response into the plan as update `updateId`. */
export function recordAccepted(doc: RequestDoc, actionId: string, review: RequestReview, origin?: Origin): void {
  requireRequest(doc);
  if (!(root(doc, 'actions').get(actionId) instanceof Y.Map)) throw new RequestModelError('not-found', `no action ${actionId} in this request`);
  mutate(doc, origin, () => {
    const entry = new Y.Map<unknown>();
    root(doc, 'review').set(actionId, entry);
    entry.set(REVIEW_KEY.acceptedAt, review.acceptedAt);
    entry.set(REVIEW_KEY.acceptedBy, review.acceptedBy);
    entry.set(REVIEW_KEY.updateId, review.updateId);
  });
}

/** True when a response holds an update or a proposed rating. */
export function hasContent(response: RequestResponse): boolean {
  return response.update.trim() !== '' || response.proposedRag !== null;
}

/** The request a doc holds, or null while it holds none. */
export function requestFromDoc(doc: RequestDoc): UpdateRequest | null {
  if (!isRequestDoc(doc)) return null;
  const map = header(doc);
  const str = (key: string) => (typeof map.get(key) === 'string' ? (map.get(key) as string) : '');
  return {
    id: str(REQUEST_KEY.id),
    planId: str(REQUEST_KEY.planId),
    roundId: str(REQUEST_KEY.roundId),
    title: str(REQUEST_KEY.title),
    due: str(REQUEST_KEY.due),
    lead: { id: str(REQUEST_KEY.leadId), name: str(REQUEST_KEY.leadName) },
    closed: map.get(REQUEST_KEY.closed) === true,
    actions: readActions(doc),
  };
}

function readActions(doc: RequestDoc): UpdateRequest['actions'] {
  const entries = [...root(doc, 'actions').entries()].filter((e): e is [string, YEntry] => e[1] instanceof Y.Map);
  const orderOf = (entry: YEntry) => (typeof entry.get(COPY_KEY.order) === 'number' ? (entry.get(COPY_KEY.order) as number) : 0);
  entries.sort(([a, x], [b, y]) => orderOf(x) - orderOf(y) || (a < b ? -1 : 1));
  return entries.map(([id, entry]) => ({
    id,
    planId: stringOf(entry, COPY_KEY.planId),
    ref: typeof entry.get(COPY_KEY.ref) === 'string' ? (entry.get(COPY_KEY.ref) as string) : null,
    text: stringOf(entry, COPY_KEY.text),
    timescale: stringOf(entry, COPY_KEY.timescale),
    progress: stringOf(entry, COPY_KEY.progress),
    lastUpdate: parseLastUpdate(entry.get(COPY_KEY.lastUpdate)),
    rag: ragOf(entry.get(COPY_KEY.rag)),
    response: readResponse(root(doc, 'responses').get(id)),
    review: readReview(root(doc, 'review').get(id)),
  }));
}

function readResponse(entry: YEntry | undefined): RequestResponse {
  const at = (key: string) => (entry instanceof Y.Map && typeof entry.get(key) === 'string' ? (entry.get(key) as string) : null);
  const update = entry instanceof Y.Map ? entry.get(RESPONSE_KEY.update) : undefined;
  return {
    update: update instanceof Y.Text ? update.toString() : '',
    proposedRag: entry instanceof Y.Map ? ragOf(entry.get(RESPONSE_KEY.proposedRag)) : null,
    openedAt: at(RESPONSE_KEY.openedAt),
    startedAt: at(RESPONSE_KEY.startedAt),
    submittedAt: at(RESPONSE_KEY.submittedAt),
  };
}

function readReview(entry: YEntry | undefined): RequestReview | null {
  if (!(entry instanceof Y.Map)) return null;
  return { acceptedAt: stringOf(entry, REVIEW_KEY.acceptedAt), acceptedBy: stringOf(entry, REVIEW_KEY.acceptedBy), updateId: stringOf(entry, REVIEW_KEY.updateId) };
}

function stringOf(entry: YEntry, key: string): string {
  const value = entry.get(key);
  return typeof value === 'string' ? value : '';
}

function ragOf(value: unknown): Rag | null {
  return RAGS.includes(value as Rag) ? (value as Rag) : null;
}

function parseLastUpdate(value: unknown): RequestActionCopy['lastUpdate'] {
  if (typeof value !== 'string') return null;
  try {
    const parsed = JSON.parse(value) as { date?: unknown; author?: unknown; text?: unknown };
    if (typeof parsed.date === 'string' && typeof parsed.author === 'string' && typeof parsed.text === 'string') {
      return { date: parsed.date, author: parsed.author, text: parsed.text };
    }
  } catch {
    // a damaged copy reads as no last update; the plan holds the real one
  }
  return null;
}
