// Random edits to a working group document through the group model's mutators, and the check that every replica
// ends with the same group and nothing anyone added is lost. Members, plans and directory names come from small
// pools, so two replicas often record the same member, add the same plan or seed the same lead while offline.
import * as prng from 'lib0/prng';
import * as Y from 'yjs';
import {
  addGroupMeeting,
  addGroupPlan,
  addMember,
  archiveGroupPlan,
  groupFromDoc,
  linkPlanMeeting,
  mergeEntries,
  moveGroupPlan,
  normaliseName,
  recordMember,
  seedDirectory,
  updateMember,
  DirectoryIndex,
  type WorkingGroup,
} from '@concord/shared';
import { ConvergenceError } from './check';

/** What the schedule added, so the checker knows what must survive. */
export interface GroupLedger {
  members: Set<string>;
  plans: Set<string>;
  meetings: Set<string>;
  /** Every lead name seeded: each must resolve to exactly one live entry. */
  names: Set<string>;
}

export const newGroupLedger = (): GroupLedger => ({ members: new Set(), plans: new Set(), meetings: new Set(), names: new Set() });

interface Ctx {
  gen: prng.PRNG;
  doc: Y.Doc;
  who: string;
  step: number;
  ledger: GroupLedger;
}

type Op = (ctx: Ctx, group: WorkingGroup) => string | null;

const LEADS = ['Police', 'police', 'Ambulance', 'NHS trust', 'County council', 'Social care', 'Housing', 'Constabulary'];
const pick = <T>(gen: prng.PRNG, items: readonly T[]): T | null => (items.length === 0 ? null : prng.oneOf(gen, items as T[]));

const opEnter: Op = (ctx) => {
  const id = addMember(ctx.doc, { name: `Person ${ctx.who}.${ctx.step}`, organisation: pick(ctx.gen, LEADS)!, role: 'editor' });
  ctx.ledger.members.add(id);
  return `addMember ${id}`;
};

const opJoined: Op = (ctx) => {
  const id = `relay-member-${prng.int32(ctx.gen, 1, 6)}`;
  recordMember(ctx.doc, id, { name: `Joiner ${id}`, organisation: 'Police', role: 'viewer', removed: prng.int32(ctx.gen, 0, 4) === 0 });
  ctx.ledger.members.add(id);
  return `recordMember ${id}`;
};

const opEditMember: Op = (ctx, group) => {
  const member = pick(ctx.gen, group.members);
  if (!member) return null;
  const patch = prng.bool(ctx.gen) ? { organisation: pick(ctx.gen, LEADS)! } : { removed: !member.removed };
  updateMember(ctx.doc, member.id, patch);
  return `updateMember ${member.id} ${JSON.stringify(patch)}`;
};

const opAddPlan: Op = (ctx, group) => {
  const planId = `plan-${prng.int32(ctx.gen, 1, 8)}`;
  if (group.plans.some((p) => p.id === planId)) return null;
  const sibling = pick(ctx.gen, group.plans);
  addGroupPlan(ctx.doc, planId, { title: `Plan ${planId}` }, sibling && prng.bool(ctx.gen) ? { before: sibling.id } : {});
  ctx.ledger.plans.add(planId);
  return `addGroupPlan ${planId}`;
};

const opMovePlan: Op = (ctx, group) => {
  const plan = pick(ctx.gen, group.plans);
  const other = pick(ctx.gen, group.plans.filter((p) => p.id !== plan?.id));
  if (!plan) return null;
  if (prng.int32(ctx.gen, 0, 2) === 0) {
    archiveGroupPlan(ctx.doc, plan.id, !plan.archived);
    return `archiveGroupPlan ${plan.id} ${!plan.archived}`;
  }
  moveGroupPlan(ctx.doc, plan.id, other ? (prng.bool(ctx.gen) ? { before: other.id } : { after: other.id }) : {});
  return `moveGroupPlan ${plan.id} next to ${other?.id ?? 'end'}`;
};

const opMeeting: Op = (ctx, group) => {
  const meeting = pick(ctx.gen, group.meetings);
  const plan = pick(ctx.gen, group.plans);
  if (!meeting || !plan || prng.int32(ctx.gen, 0, 2) === 0) {
    const id = addGroupMeeting(ctx.doc, { date: `2026-0${prng.int32(ctx.gen, 1, 9)}-01`, title: `M ${ctx.who}.${ctx.step}` });
    ctx.ledger.meetings.add(id);
    return `addGroupMeeting ${id}`;
  }
  linkPlanMeeting(ctx.doc, meeting.id, plan.id, `pm-${ctx.who}-${ctx.step}`);
  return `linkPlanMeeting ${meeting.id} ${plan.id}`;
};

const opDirectory: Op = (ctx, group) => {
  const live = group.directory.filter((e) => e.mergedInto === null);
  if (live.length >= 2 && prng.int32(ctx.gen, 0, 3) === 0) {
    const [keep, merge] = [pick(ctx.gen, live)!, pick(ctx.gen, live)!];
    if (keep.id === merge.id) return null;
    mergeEntries(ctx.doc, keep.id, merge.id);
    return `mergeEntries ${merge.name} into ${keep.name}`;
  }
  const leads = LEADS.filter(() => prng.int32(ctx.gen, 0, 2) === 0).map((name) => ({ name }));
  leads.forEach((lead) => ctx.ledger.names.add(lead.name));
  return `seedDirectory ${leads.map((l) => l.name).join(', ')} (+${seedDirectory(ctx.doc, leads)})`;
};

const OPS: readonly [number, Op][] = [[4, opEnter], [4, opJoined], [5, opEditMember], [6, opAddPlan], [6, opMovePlan], [4, opMeeting], [5, opDirectory]];
const TOTAL = OPS.reduce((n, [w]) => n + w, 0);

/** One random edit to a replica's group doc; its log line, or null for a no-op (or no group yet). */
export function randomGroupEdit(ctx: Ctx): string | null {
  const group = groupFromDoc(ctx.doc);
  if (!group) return null;
  let roll = prng.int32(ctx.gen, 0, TOTAL - 1);
  for (const [weight, op] of OPS) {
    if (roll < weight) return op(ctx, group);
    roll -= weight;
  }
  return null;
}

/** Every replica holds the same group, with every member, plan, meeting and seeded name still there once. */
export function checkGroupConverged(docs: { name: string; doc: Y.Doc }[], ledger: GroupLedger): void {
  const [first, ...rest] = docs.map(({ name, doc }) => ({ name, doc, json: JSON.stringify(groupFromDoc(doc)) }));
  if (!first) throw new ConvergenceError('no replicas');
  for (const other of rest) {
    if (other.json !== first.json) throw new ConvergenceError(`${other.name} and ${first.name} hold different groups`);
  }
  const group = JSON.parse(first.json) as WorkingGroup;
  const has = (ids: Set<string>, found: string[], what: string) => {
    if (new Set(found).size !== found.length) throw new ConvergenceError(`a ${what} appears twice`);
    for (const id of ids) if (!found.includes(id)) throw new ConvergenceError(`${what} ${id} was lost`);
  };
  has(ledger.members, group.members.map((m) => m.id), 'member');
  has(ledger.plans, group.plans.map((p) => p.id), 'plan');
  has(ledger.meetings, group.meetings.map((m) => m.id), 'meeting');
  const live = group.directory.filter((e) => e.mergedInto === null);
  if (new Set(live.map((e) => normaliseName(e.name))).size !== live.length) throw new ConvergenceError('two live entries share a name');
  const index = new DirectoryIndex(group.directory);
  for (const name of ledger.names) {
    if (index.entryFor(name)?.mergedInto !== null) throw new ConvergenceError(`lead "${name}" resolves to no live entry`);
  }
}
