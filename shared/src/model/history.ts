import * as Y from 'yjs';
import { newId } from '../ids';
import type { ProgressUpdate, Rag, RagEntry } from '../plan-json';
import { requireItem, type YItem } from './items';
import { ACTION_KEY } from './schema';
import { mutate } from './transact';
import type { Origin, PlanDoc } from './types';
import * as v from './validate';

// Progress updates and RAG changes are only ever appended, so entries made on two replicas offline all survive.

/** Appends to the append-only Y.Array under `key`, creating it if an older or damaged item lacks it. */
export function appendTo<T>(item: YItem, key: string, entry: T): void {
  let list = item.get(key);
  if (!(list instanceof Y.Array)) {
    list = new Y.Array<T>();
    item.set(key, list);
  }
  (list as Y.Array<T>).push([entry]);
}

/** Records a RAG rating for an action (who, when, in which meeting). `at` defaults to now. */
export function setRag(
  doc: PlanDoc,
  actionId: string,
  rag: Rag,
  who: { by: string; meetingId?: string | null; at?: string },
  origin?: Origin,
): void {
  const item = requireItem(doc, 'action', actionId);
  v.obj(who, 'who');
  const entry: RagEntry = {
    at: who.at === undefined ? new Date().toISOString() : v.str(who.at, 'who.at'),
    by: v.str(who.by, 'who.by'),
    meetingId: who.meetingId === undefined ? null : v.strOrNull(who.meetingId, 'who.meetingId'),
    rag: v.rag(rag, 'rag'),
  };
  mutate(doc, origin, () => appendTo(item, ACTION_KEY.ragHistory, entry));
}

/** Appends a dated progress update to an action; returns the update's id. */
export function addUpdate(
  doc: PlanDoc,
  actionId: string,
  u: { date: string; author: string; meetingId?: string | null; text: string },
  origin?: Origin,
): string {
  const item = requireItem(doc, 'action', actionId);
  v.obj(u, 'update');
  const entry: ProgressUpdate = {
    id: newId(),
    date: v.str(u.date, 'update.date'),
    author: v.str(u.author, 'update.author'),
    meetingId: u.meetingId === undefined ? null : v.strOrNull(u.meetingId, 'update.meetingId'),
    text: v.str(u.text, 'update.text'),
  };
  mutate(doc, origin, () => appendTo(item, ACTION_KEY.updates, entry));
  return entry.id;
}
