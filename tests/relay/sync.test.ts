/**
 * Two real y-websocket providers against a real relay process: edits and presence cross both ways, and what the
 * relay accepted survives a clean stop and a crash.
 */
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { startRelay, type RunningRelay } from '../helpers/relay';
import { CloseCode } from '@concord/shared/protocol';
import { connectClient, frame, openRaw, storedRows, waitFor, type SyncClient } from './clients';

const relays: RunningRelay[] = [];
const clients: SyncClient[] = [];

async function relay(opts: Parameters<typeof startRelay>[0] = {}): Promise<RunningRelay> {
  const r = await startRelay(opts);
  relays.push(r);
  return r;
}

function client(r: RunningRelay, room: string): SyncClient {
  const c = connectClient(r.wsUrl, room);
  clients.push(c);
  return c;
}

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const r of relays.splice(0)) await r.kill();
});

/** A new relay and two synced clients in `room`. */
async function pair(room: string): Promise<[SyncClient, SyncClient, RunningRelay]> {
  const server = await relay();
  const a = client(server, room);
  const b = client(server, room);
  await Promise.all([a.synced, b.synced]);
  return [a, b, server];
}

const text = (c: SyncClient) => c.doc.getText('progress').toString();
const map = (c: SyncClient) => c.doc.getMap<string>('action');

describe('relay sync between two y-websocket clients', () => {
  // PROTOCOL R1 R11
  it('converges Y.Text and Y.Map edits made on either side', async () => {
    const [a, b] = await pair('plan-converge');

    a.doc.getText('progress').insert(0, 'Street triage pilot extended.');
    map(a).set('rag', 'amber');
    await waitFor('b to see a', () => text(b) === 'Street triage pilot extended.' && map(b).get('rag') === 'amber');

    b.doc.getText('progress').insert(text(b).length, ' Funding agreed.');
    map(b).set('lead', 'Oxleas NHS FT');
    map(b).set('rag', 'green');
    await waitFor('a to see b', () => map(a).get('lead') === 'Oxleas NHS FT' && map(a).get('rag') === 'green');
    expect(text(a)).toBe('Street triage pilot extended. Funding agreed.');
    expect(Y.encodeStateAsUpdate(a.doc)).toEqual(Y.encodeStateAsUpdate(b.doc));
  });

  it('merges concurrent edits made while one client is disconnected', async () => {
    const [a, b] = await pair('plan-offline');
    a.doc.getText('progress').insert(0, 'Base.');
    await waitFor('b to get the base', () => text(b) === 'Base.');

    b.provider.disconnect();
    b.doc.getText('progress').insert(0, 'B offline. ');
    a.doc.getText('progress').insert(text(a).length, ' A online.');
    b.provider.connect();
    await waitFor('both to converge', () => text(a) === text(b) && text(a).includes('B offline.') && text(a).includes('A online.'));
    expect(text(a)).toBe('B offline. Base. A online.');
  });

  // PROTOCOL R12
  it('relays awareness both ways and drops a client that leaves', async () => {
    const [a, b, r] = await pair('plan-presence');
    a.provider.awareness.setLocalStateField('user', { name: 'Facilitator' });
    b.provider.awareness.setLocalStateField('user', { name: 'Police lead' });
    const names = (c: SyncClient) =>
      [...c.provider.awareness.getStates().values()]
        .map((s) => (s as { user?: { name: string } }).user?.name)
        .filter((name) => name !== undefined)
        .sort();
    await waitFor('presence on a', () => names(a).join() === 'Facilitator,Police lead');
    await waitFor('presence on b', () => names(b).join() === 'Facilitator,Police lead');

    // A third client that joins later asks for and receives everyone's presence.
    const c = client(r, 'plan-presence');
    await c.synced;
    await waitFor('presence on a late joiner', () => names(c).join() === 'Facilitator,Police lead');

    b.provider.disconnect();
    await waitFor('b gone from a', () => names(a).join() === 'Facilitator');
  });

  // PROTOCOL R19
  it('keeps rooms apart', async () => {
    const r = await relay();
    const a = client(r, 'plan-one');
    const b = client(r, 'plan-two');
    await Promise.all([a.synced, b.synced]);
    a.doc.getText('progress').insert(0, 'only in plan-one');
    const c = client(r, 'plan-one');
    await waitFor('c to get plan-one', () => text(c) === 'only in plan-one');
    expect(text(b)).toBe('');
  });

  // PROTOCOL R16
  it('serves everything to a fresh client after SIGTERM and a restart on the same data dir', async () => {
    const [a, b, first] = await pair('plan-restart');
    for (let i = 0; i < 30; i++) a.doc.getText('progress').insert(text(a).length, `line ${i}\n`);
    map(b).set('rag', 'red');
    await waitFor('both edits to cross', () => text(b).includes('line 29') && map(a).get('rag') === 'red');
    a.destroy();
    b.destroy();
    await first.stop();

    const second = await relay({ dataDir: first.dataDir });
    const fresh = client(second, 'plan-restart');
    await fresh.synced;
    expect(text(fresh)).toBe(Array.from({ length: 30 }, (_, i) => `line ${i}\n`).join(''));
    expect(map(fresh).get('rag')).toBe('red');
  });

  // PROTOCOL R18
  it('has stored every update another client received, even when the relay is killed', async () => {
    const [a, b, first] = await pair('plan-crash');
    for (let i = 0; i < 20; i++) map(a).set(`k${i}`, `v${i}`);
    await waitFor('b to receive all', () => map(b).size === 20);
    await first.kill();

    const second = await relay({ dataDir: first.dataDir });
    const fresh = client(second, 'plan-crash');
    await fresh.synced;
    expect(map(fresh).toJSON()).toEqual(map(b).toJSON());
  });

  // PROTOCOL R15 R21
  it('drops a live update that overtakes the sync step 2 it builds on, and stores both from the step 2', async () => {
    // A client reconnecting with offline edits can send a live edit before its sync step 2 reaches the relay.
    const [a, , first] = await pair('plan-out-of-order');
    const source = new Y.Doc();
    source.getText('progress').insert(0, 'first ');
    const sv = Y.encodeStateVector(source);
    source.getText('progress').insert(6, 'second');
    const u2 = Y.encodeStateAsUpdate(source, sv);
    const raw = openRaw(`${first.wsUrl}/plan-out-of-order`);
    await raw.opened;
    raw.ws.send(frame(0, 2, u2)); // the live edit, refused (nothing it builds on is stored)
    raw.ws.send(frame(0, 1, Y.encodeStateAsUpdate(source))); // the step 2: everything, including the edit
    await waitFor('a to get both', () => text(a) === 'first second');
    raw.ws.close();
    await first.kill();
    const rows = await storedRows(first.dataDir, 'plan-out-of-order');
    const rebuilt = new Y.Doc();
    for (const row of rows) {
      Y.applyUpdate(rebuilt, row);
      expect(rebuilt.store.pendingStructs).toBeNull(); // no row ever needs a later one
    }
    expect(rebuilt.getText('progress').toString()).toBe('first second');
  });

  // PROTOCOL R21 R28
  it('closes with a reconnectable code on a gap after the initial sync, and the honest client converges', async () => {
    const [a, b] = await pair('plan-gap');
    // Content b got from elsewhere (another tab's BroadcastChannel) that the relay never saw.
    const tab = new Y.Doc();
    tab.getText('progress').insert(0, 'from the other tab. ');
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(tab), b.provider); // as if it came from the relay: not re-sent
    const closes: number[] = [];
    b.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
    b.doc.getText('progress').insert(text(b).length, 'typed on top');
    await waitFor('the refusal', () => closes.length > 0);
    expect(closes[0]).toBe(CloseCode.resync);
    await waitFor('a to converge after b reconnects', () => text(a) === 'from the other tab. typed on top');
  });
});
