import * as prng from 'lib0/prng';
import * as Y from 'yjs';
import {
  ModelError,
  schemaStatus,
  addAction,
  addGroup,
  addMeeting,
  addSection,
  addUpdate,
  archiveAction,
  archiveGroup,
  archiveSection,
  moveAction,
  moveGroup,
  moveSection,
  isPlanDoc,
  planFromDoc,
  setRag,
  updateAction,
  updateMeeting,
  updateSection,
  RAGS,
  type Plan,
  type PlanDoc,
} from '@concord/shared';

/** What the schedule made happen, so the checker knows what must survive. */
export interface Ledger {
  created: { kind: 'section' | 'group' | 'action' | 'meeting'; id: string }[];
  updates: { actionId: string; id: string }[];
  typed: Map<string, { actionId: string; field: TextField }>;
  deleted: Set<string>;
}

export type TextField = 'text' | 'progress';
const TEXT_FIELDS: readonly TextField[] = ['text', 'progress'];

export function newLedger(): Ledger {
  return { created: [], updates: [], typed: new Map(), deleted: new Set() };
}

interface Ctx {
  gen: prng.PRNG;
  doc: PlanDoc;
  who: string;
  step: number;
  ledger: Ledger;
  log: string[];
}

type Op = (ctx: Ctx, plan: Plan) => string | null;

const sectionsOf = (plan: Plan) => plan.sections;
const groupsOf = (plan: Plan) => plan.sections.flatMap((s) => s.groups);
const actionsOf = (plan: Plan) => groupsOf(plan).flatMap((g) => g.actions);

function pick<T>(gen: prng.PRNG, items: readonly T[]): T | null {
  return items.length === 0 ? null : prng.oneOf(gen, items as T[]);
}

/** A placement next to a random sibling (or none: append at the end). */
function placeAmong(gen: prng.PRNG, siblings: readonly { id: string }[]): { before?: string; after?: string } {
  const sibling = pick(gen, siblings);
  if (!sibling || prng.int32(gen, 0, 3) === 0) return {};
  return prng.bool(gen) ? { before: sibling.id } : { after: sibling.id };
}

const opAddSection: Op = (ctx, plan) => {
  const id = addSection(ctx.doc, { title: `S-${ctx.who}-${ctx.step}` }, placeAmong(ctx.gen, sectionsOf(plan)));
  ctx.ledger.created.push({ kind: 'section', id });
  return `addSection ${id}`;
};

const opAddGroup: Op = (ctx, plan) => {
  const section = pick(ctx.gen, sectionsOf(plan));
  if (!section) return null;
  const id = addGroup(ctx.doc, section.id, { title: `G-${ctx.who}-${ctx.step}` }, placeAmong(ctx.gen, section.groups));
  ctx.ledger.created.push({ kind: 'group', id });
  return `addGroup ${id} in ${section.id}`;
};

const opAddAction: Op = (ctx, plan) => {
  const group = pick(ctx.gen, groupsOf(plan));
  if (!group) return null;
  const token = tokenFor(ctx);
  const id = addAction(ctx.doc, group.id, { ref: `${ctx.step}`, text: token }, placeAmong(ctx.gen, group.actions));
  ctx.ledger.created.push({ kind: 'action', id });
  ctx.ledger.typed.set(token, { actionId: id, field: 'text' });
  return `addAction ${id} in ${group.id}`;
};

const opMove: Op = (ctx, plan) => {
  const kind = prng.int32(ctx.gen, 0, 2);
  if (kind === 0) {
    const s = pick(ctx.gen, sectionsOf(plan));
    if (!s) return null;
    moveSection(ctx.doc, s.id, placeAmong(ctx.gen, sectionsOf(plan).filter((x) => x.id !== s.id)));
    return `moveSection ${s.id}`;
  }
  if (kind === 1) {
    const g = pick(ctx.gen, groupsOf(plan));
    const target = pick(ctx.gen, sectionsOf(plan));
    if (!g || !target) return null;
    moveGroup(ctx.doc, g.id, { sectionId: target.id, ...placeAmong(ctx.gen, target.groups.filter((x) => x.id !== g.id)) });
    return `moveGroup ${g.id} to ${target.id}`;
  }
  const a = pick(ctx.gen, actionsOf(plan));
  const target = pick(ctx.gen, groupsOf(plan));
  if (!a || !target) return null;
  moveAction(ctx.doc, a.id, { groupId: target.id, ...placeAmong(ctx.gen, target.actions.filter((x) => x.id !== a.id)) });
  return `moveAction ${a.id} to ${target.id}`;
};

const opArchive: Op = (ctx, plan) => {
  const archived = prng.int32(ctx.gen, 0, 2) > 0;
  const kind = prng.int32(ctx.gen, 0, 5);
  if (kind === 0) {
    const s = pick(ctx.gen, sectionsOf(plan));
    if (!s) return null;
    archiveSection(ctx.doc, s.id, archived);
    return `archiveSection ${s.id} ${archived}`;
  }
  if (kind === 1) {
    const g = pick(ctx.gen, groupsOf(plan));
    if (!g) return null;
    archiveGroup(ctx.doc, g.id, archived);
    return `archiveGroup ${g.id} ${archived}`;
  }
  const a = pick(ctx.gen, actionsOf(plan));
  if (!a) return null;
  archiveAction(ctx.doc, a.id, archived);
  return `archiveAction ${a.id} ${archived}`;
};

function tokenFor(ctx: Ctx): string {
  return `<${ctx.who}.${ctx.step}>`;
}

/** Types a new word at a word boundary of a long-text field, as a person would in the action editor. */
const opType: Op = (ctx, plan) => {
  const a = pick(ctx.gen, actionsOf(plan));
  if (!a) return null;
  const field = prng.oneOf(ctx.gen, [...TEXT_FIELDS]);
  const words = splitWords(a[field]);
  const at = prng.int32(ctx.gen, 0, words.length);
  const token = tokenFor(ctx);
  words.splice(at, 0, token);
  updateAction(ctx.doc, a.id, { [field]: words.join(' ') });
  ctx.ledger.typed.set(token, { actionId: a.id, field });
  return `type ${token} into ${a.id}.${field}@${at}`;
};

/** Deletes one whole word, recording it so the checker does not expect it. */
const opDelete: Op = (ctx, plan) => {
  const a = pick(ctx.gen, actionsOf(plan));
  if (!a) return null;
  const field = prng.oneOf(ctx.gen, [...TEXT_FIELDS]);
  const words = splitWords(a[field]);
  if (words.length === 0) return null;
  const at = prng.int32(ctx.gen, 0, words.length - 1);
  const [gone] = words.splice(at, 1);
  updateAction(ctx.doc, a.id, { [field]: words.join(' ') });
  // A word may hold several tokens jammed together by concurrent edits: all of them are deleted.
  for (const token of gone?.match(/<[^<>]+>/g) ?? []) ctx.ledger.deleted.add(token);
  return `delete "${gone}" from ${a.id}.${field}`;
};

const opRate: Op = (ctx, plan) => {
  const a = pick(ctx.gen, actionsOf(plan));
  if (!a) return null;
  const rag = prng.oneOf(ctx.gen, [...RAGS]);
  const at = new Date(Date.UTC(2026, 0, 1) + prng.int32(ctx.gen, 0, 1000) * 60_000).toISOString();
  setRag(ctx.doc, a.id, rag, { by: ctx.who, at, meetingId: null });
  return `rate ${a.id} ${rag} at ${at}`;
};

const opUpdate: Op = (ctx, plan) => {
  const a = pick(ctx.gen, actionsOf(plan));
  if (!a) return null;
  const id = addUpdate(ctx.doc, a.id, { date: '2026-01-01', author: ctx.who, text: `update ${tokenFor(ctx)}` });
  ctx.ledger.updates.push({ actionId: a.id, id });
  return `addUpdate ${id} on ${a.id}`;
};

const opRename: Op = (ctx, plan) => {
  const s = pick(ctx.gen, sectionsOf(plan));
  if (!s) return null;
  updateSection(ctx.doc, s.id, { title: `S-${ctx.who}-${ctx.step}-renamed` });
  return `renameSection ${s.id}`;
};

/** Starts a meeting on some actions, or moves an existing one on (planned -> live -> ended) with a note. */
const opMeeting: Op = (ctx, plan) => {
  const meeting = pick(ctx.gen, plan.meetings);
  if (!meeting || prng.int32(ctx.gen, 0, 2) === 0) {
    const agenda = actionsOf(plan).filter(() => prng.bool(ctx.gen)).map((a) => a.id);
    const id = addMeeting(ctx.doc, { date: '2026-02-01', title: `M-${ctx.who}-${ctx.step}`, agenda, state: 'live' });
    ctx.ledger.created.push({ kind: 'meeting', id });
    return `addMeeting ${id}`;
  }
  updateMeeting(ctx.doc, meeting.id, { state: 'ended', notes: `${meeting.notes} ${tokenFor(ctx)}`.trim() });
  return `endMeeting ${meeting.id}`;
};

const OPS: readonly [number, Op][] = [
  [3, opAddSection],
  [5, opAddGroup],
  [12, opAddAction],
  [8, opMove],
  [5, opArchive],
  [25, opType],
  [10, opDelete],
  [8, opRate],
  [8, opUpdate],
  [2, opRename],
  [3, opMeeting],
];
const TOTAL = OPS.reduce((n, [w]) => n + w, 0);

/**
 * Runs one random edit on a replica through the model's own mutators; returns its log line (or null: no-op). On a
 * device whose app is older than its doc, the mutator must refuse ('newer-version') and write nothing.
 */
export function randomEdit(ctx: Ctx): string | null {
  if (!isPlanDoc(ctx.doc)) return null; // this device has not received the plan yet
  const plan = planFromDoc(ctx.doc);
  let roll = prng.int32(ctx.gen, 0, TOTAL - 1);
  for (const [weight, op] of OPS) {
    if (roll < weight) return refusedWhenNewer(ctx, () => op(ctx, plan));
    roll -= weight;
  }
  return null;
}

function refusedWhenNewer(ctx: Ctx, run: () => string | null): string | null {
  const before = Y.encodeStateVector(ctx.doc);
  try {
    return run();
  } catch (error) {
    if (!(error instanceof ModelError) || error.reason !== 'newer-version' || !schemaStatus(ctx.doc).newer) throw error;
    if (!equalBytes(before, Y.encodeStateVector(ctx.doc))) throw new Error('a refused edit wrote to the doc', { cause: error });
    return 'edit refused: the doc is newer than this app';
  }
}

const equalBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

export function splitWords(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}
