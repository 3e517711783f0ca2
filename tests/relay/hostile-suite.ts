/**
 * The hostile-client suite: attacks a raw protocol client can make on a relay, each asserting the refusal, that
 * the room's other clients stay connected, that nothing of the attack was stored, and that the relay stays healthy.
 * Run against one SQLite relay (hostile.test.ts) and against two nodes sharing PostgreSQL (hostile-cluster.test.ts),
 * where the bystanders sit on the other node.
 */
import { expect, it } from 'vitest';
import { CloseCode, CloseReason } from '@concord/shared/protocol';
import * as encoding from 'lib0/encoding';
import { encodePresenceEntries } from '@concord/sync-server';
import { craftUpdate } from '@concord/sync-server/crafted-updates';
import type { RunningRelay } from '../helpers/relay';
import { connectClient, frame, openRaw, waitFor, type SyncClient } from './clients';

/** The node the attacker uses and the node the bystanders use (the same relay, or two nodes of a cluster). */
export interface HostileTarget {
  attacked: RunningRelay;
  watched: RunningRelay;
  /** Runs `clean` after the test. */
  defer(clean: () => Promise<void> | void): void;
}

let plans = 0;

async function api(relay: RunningRelay, path: string, bearer: string | null, body: unknown) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (bearer !== null) headers.authorization = `Bearer ${bearer}`;
  const res = await fetch(`${relay.url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  expect(res.status, `POST ${path}`).toBe(201);
  return (await res.json()) as { token: string; tokenId: string };
}

/** A plan registered on `relay` with an owner token and an editor invite. */
export async function sharedPlan(relay: RunningRelay) {
  const planId = `hostile-${process.pid}-${++plans}`;
  const owner = (await api(relay, '/api/plans', null, { planId })).token;
  const editor = (await api(relay, `/api/plans/${planId}/invites`, owner, { role: 'editor' })).token;
  return { planId, owner, editor };
}

/** A bystander: a real provider that must see every honest edit and never be disconnected. */
function bystander(target: HostileTarget, relay: RunningRelay, planId: string, token: string) {
  const client = connectClient(relay.wsUrl, planId, { token });
  target.defer(() => client.destroy());
  let drops = 0;
  client.provider.on('connection-close', () => drops++);
  return { client, drops: () => drops };
}

/** Asserts the room still works for honest clients, and holds none of `forbidden`, as a newcomer syncs it. */
export async function roomIntact(target: HostileTarget, planId: string, token: string, watchers: SyncClient[], forbidden: string[]) {
  const writer = connectClient(target.watched.wsUrl, planId, { token });
  target.defer(() => writer.destroy());
  await writer.synced;
  const mark = `still working ${Date.now()}`;
  writer.doc.getMap('m').set('after', mark);
  for (const w of watchers) await waitFor('an honest edit after the attack', () => w.doc.getMap('m').get('after') === mark);
  const text = JSON.stringify(writer.doc.toJSON());
  for (const word of forbidden) expect(text).not.toContain(word);
  for (const relay of new Set([target.attacked, target.watched])) {
    expect((await fetch(`${relay.url}/healthz`)).status).toBe(200);
  }
}

/** An awareness frame (message type 1) carrying these entries, as a hostile client would write it. */
function presenceFrame(entries: { id: number; clock: number; state: unknown }[]): Uint8Array {
  return frame(1, null, encodePresenceEntries(entries));
}

/** Whether an awareness frame names client id `id` (its varUint bytes appear in it: enough for a test's wait). */
function containsId(frameBytes: Uint8Array, id: number): boolean {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, id);
  const needle = Buffer.from(encoding.toUint8Array(e));
  return Buffer.from(frameBytes).includes(needle);
}

/** A viewer invite for `planId`. */
async function viewerOf(relay: RunningRelay, planId: string, owner: string): Promise<string> {
  return (await api(relay, `/api/plans/${planId}/invites`, owner, { role: 'viewer', label: 'Observer' })).token;
}

/** Declares the suite's tests; `target` gives each test its relays. */
export function hostileSuite(target: () => Promise<HostileTarget>): void {
  // PROTOCOL R38
  it('refuses two items whose origins point at each other for their sender alone; the room is never reset', async () => {
    const t = await target();
    const { planId, owner, editor } = await sharedPlan(t.attacked);
    const watcher = bystander(t, t.watched, planId, owner);
    await watcher.client.synced;
    watcher.client.doc.getText('crafted').insert(0, 'Crisis line open');
    for (let attempt = 0; attempt < 5; attempt++) {
      const raw = openRaw(`${t.attacked.wsUrl}/${planId}?token=${editor}`);
      await raw.opened;
      raw.ws.send(frame(0, 2, craftUpdate([
        { client: 901, clock: 0, text: 'XCYCLE', origin: [902, 0] },
        { client: 902, clock: 0, text: 'YCYCLE', origin: [901, 0] },
      ])));
      expect(await raw.closed).toEqual({ code: CloseCode.badRequest, reason: CloseReason.malformedUpdate });
    }
    await roomIntact(t, planId, owner, [watcher.client], ['XCYCLE', 'YCYCLE']);
    expect(watcher.drops()).toBe(0);
    expect(watcher.client.doc.getText('crafted').toString()).toBe('Crisis line open');
  });

  // PROTOCOL R44
  it('lets a socket speak only for the presence it introduced; a viewer never facilitates; nobody vanishes with an impostor', async () => {
    const t = await target();
    const { planId, owner } = await sharedPlan(t.attacked);
    const viewer = await viewerOf(t.attacked, planId, owner);
    const ann = bystander(t, t.watched, planId, owner);
    const watcher = bystander(t, t.watched, planId, owner);
    await Promise.all([ann.client.synced, watcher.client.synced]);
    ann.client.provider.awareness.setLocalStateField('concord', { name: 'Ann', facilitating: true, meetingId: 'm1', actionId: null, organisation: 'Trust' });
    const annId = ann.client.doc.clientID;
    const presenceOf = (id: number) => watcher.client.provider.awareness.getStates().get(id)?.concord as Record<string, unknown> | undefined;
    await waitFor('Ann to be present', () => presenceOf(annId)?.name === 'Ann');

    const raw = openRaw(`${t.attacked.wsUrl}/${planId}?token=${viewer}`);
    await raw.opened;
    // The attacked node knows Ann's presence (from a cluster notification, when she is on the other node).
    const knowsAnn = () => raw.frames.some((f) => f[0] === 1 && containsId(f, annId));
    await waitFor('the attacked node to know Ann', knowsAnn);
    const impostor = { name: 'Mallory', facilitating: true, meetingId: 'm1', actionId: 'a9', organisation: 'Trust' };
    raw.ws.send(presenceFrame([{ id: annId, clock: 9999, state: { concord: impostor } }, { id: 424242, clock: 1, state: { concord: impostor } }]));
    await waitFor("the viewer's own entry to arrive", () => presenceOf(424242) !== undefined);
    expect(presenceOf(424242)).toMatchObject({ name: 'Mallory', facilitating: false, nameDeclared: true });
    expect(presenceOf(annId)).toMatchObject({ name: 'Ann', facilitating: true });
    expect(ann.client.provider.awareness.getLocalState()?.concord).toMatchObject({ name: 'Ann' });
    raw.ws.close();
    await waitFor('the impostor to leave', () => presenceOf(424242) === undefined);
    expect(presenceOf(annId)).toMatchObject({ name: 'Ann' });

    // 5,000 fake participants in one frame, and one oversized entry: refused, nothing shown.
    const flood = openRaw(`${t.attacked.wsUrl}/${planId}?token=${viewer}`);
    await flood.opened;
    flood.ws.send(presenceFrame(Array.from({ length: 5000 }, (_, i) => ({ id: 500000 + i, clock: 1, state: { concord: { ...impostor, name: `Fake ${i}` } } }))));
    expect(await flood.closed).toEqual({ code: CloseCode.tooLarge, reason: CloseReason.presenceTooLarge });
    const big = openRaw(`${t.attacked.wsUrl}/${planId}?token=${viewer}`);
    await big.opened;
    big.ws.send(presenceFrame([{ id: 777, clock: 1, state: { concord: { ...impostor, organisation: 'x'.repeat(10_000) } } }]));
    expect(await big.closed).toEqual({ code: CloseCode.tooLarge, reason: CloseReason.presenceTooLarge });
    await roomIntact(t, planId, owner, [watcher.client, ann.client], []);
    expect([...watcher.client.provider.awareness.getStates().keys()].filter((id) => (id >= 500000 && id < 505000) || id === 777)).toEqual([]);
    expect(ann.drops() + watcher.drops()).toBe(0);
  });
}
