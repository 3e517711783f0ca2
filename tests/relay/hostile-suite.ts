/**
 * The hostile-client suite: attacks a raw protocol client can make on a relay, each asserting the refusal, that
 * the room's other clients stay connected, that nothing of the attack was stored, and that the relay stays healthy.
 * Run against one SQLite relay (hostile.test.ts) and against two nodes sharing PostgreSQL (hostile-cluster.test.ts),
 * where the bystanders sit on the other node.
 */
import { expect, it } from 'vitest';
import { CloseCode, CloseReason } from '@concord/shared/protocol';
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
}
