import type { Plan } from '../plan-json';
import { ModelError } from './errors';
import { CURRENT_SCHEMA } from './migrations/index';
import type { Schema } from './migrations/migration';
import * as v from './validate';

/** Ids must be unique per kind across the whole plan: the doc keys items by id. */
class IdRegistry {
  private readonly seen = new Map<string, Set<string>>();
  claim(kind: string, value: unknown, path: string): void {
    const id = v.id(value, path);
    const set = this.seen.get(kind) ?? new Set<string>();
    if (set.has(id)) throw new ModelError('invalid', `duplicate ${kind} id ${id}`, path);
    set.add(id);
    this.seen.set(kind, set);
  }
}

function checkUpdates(value: unknown, path: string): void {
  const ids = new IdRegistry();
  v.arr(value, path).forEach((u, i) => {
    const p = `${path}[${i}]`;
    const o = v.obj(u, p);
    ids.claim('update', o.id, `${p}.id`);
    v.str(o.date, `${p}.date`);
    v.str(o.author, `${p}.author`);
    v.strOrNull(o.meetingId, `${p}.meetingId`);
    v.str(o.text, `${p}.text`);
  });
}

function checkRagHistory(value: unknown, path: string): void {
  v.arr(value, path).forEach((e, i) => {
    const p = `${path}[${i}]`;
    const o = v.obj(e, p);
    v.str(o.at, `${p}.at`);
    v.str(o.by, `${p}.by`);
    v.strOrNull(o.meetingId, `${p}.meetingId`);
    v.rag(o.rag, `${p}.rag`);
  });
}

function checkAction(value: unknown, path: string, ids: IdRegistry): void {
  const o = v.obj(value, path);
  ids.claim('action', o.id, `${path}.id`);
  v.actionFields(o, path, true);
  if (o.rag !== null) v.rag(o.rag, `${path}.rag`);
  checkUpdates(o.updates, `${path}.updates`);
  checkRagHistory(o.ragHistory, `${path}.ragHistory`);
  v.bool(o.archived, `${path}.archived`);
}

function checkSection(value: unknown, path: string, ids: IdRegistry): void {
  const s = v.obj(value, path);
  ids.claim('section', s.id, `${path}.id`);
  v.strOrNull(s.number, `${path}.number`);
  v.str(s.title, `${path}.title`);
  if (s.archived !== undefined) v.bool(s.archived, `${path}.archived`);
  v.arr(s.groups, `${path}.groups`).forEach((g, gi) => {
    const gp = `${path}.groups[${gi}]`;
    const group = v.obj(g, gp);
    ids.claim('group', group.id, `${gp}.id`);
    v.strOrNull(group.title, `${gp}.title`);
    if (group.archived !== undefined) v.bool(group.archived, `${gp}.archived`);
    v.arr(group.actions, `${gp}.actions`).forEach((a, ai) => checkAction(a, `${gp}.actions[${ai}]`, ids));
  });
}

/**
 * Checks a whole Plan JSON value of `schema`'s version; throws ModelError('invalid') with the path of the first
 * problem, or ModelError('newer-version'). Plan JSON from a file may be older: read it with readPlanJson.
 */
export function validatePlan(value: unknown, schema: Schema = CURRENT_SCHEMA): Plan {
  const plan = v.planHeader(value, schema.version);
  const ids = new IdRegistry();
  (plan.sections as unknown[]).forEach((s, i) => checkSection(s, `sections[${i}]`, ids));
  (plan.meetings as unknown[]).forEach((m, i) => {
    const path = `meetings[${i}]`;
    ids.claim('meeting', v.obj(m, path).id, `${path}.id`);
    const meeting = v.meetingFields(m, path, true) as Record<string, unknown>;
    if (meeting.marks !== undefined) v.arr(meeting.marks, `${path}.marks`).forEach((e, j) => v.meetingMark(e, `${path}.marks[${j}]`));
    if (meeting.minuteLines !== undefined) v.strRecord(meeting.minuteLines, `${path}.minuteLines`);
  });
  return plan as unknown as Plan;
}
