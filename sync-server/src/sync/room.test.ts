import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { CloseCode, CloseReason } from '@concord/shared/protocol';
import { SqliteUpdateStore } from '../store/sqlite-store';
import { encodeUpdate } from './protocol';
import { Room, type RoomClient, type RoomOptions } from './room';

/** A client that records what the room sends it. */
function recorder() {
  const frames: Uint8Array[] = [];
  const closes: [number, string][] = [];
  const client: RoomClient = { send: (f) => frames.push(f), close: (code, reason) => closes.push([code, reason]) };
  return { client, frames, closes };
}

function edit(doc: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const before = Y.encodeStateVector(doc);
  change(doc);
  return Y.encodeStateAsUpdate(doc, before);
}

let dir: string;
let store: SqliteUpdateStore;
let failed: Room[];

function room(id: string, compactAfterRows = 100, compactQuietMs = 1000, log: RoomOptions['log'] = () => {}): Room {
  const options = { compactAfterRows, compactQuietMs, maxDocumentBytes: 1 << 20, log };
  return new Room(id, store, { ...options, onFailed: (r) => failed.push(r) });
}

/** A loaded room 'r' with two recording clients. */
async function roomWithTwo() {
  const r = room('r');
  const [a, b] = [recorder(), recorder()];
  r.join(a.client);
  r.join(b.client);
  await r.ready;
  return { r, a, b };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'concord-room-'));
  store = new SqliteUpdateStore(join(dir, 'concord.db'));
  failed = [];
});

afterEach(async () => {
  vi.useRealTimers();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Room', () => {
  // PROTOCOL R16
  it('loads what the store holds before it is ready', async () => {
    const source = new Y.Doc();
    await store.append('r', edit(source, (d) => d.getText('t').insert(0, 'stored earlier')));
    const r = room('r');
    expect(r.doc.getText('t').toString()).toBe('');
    expect(await r.ready).toBe(true);
    expect(r.doc.getText('t').toString()).toBe('stored earlier');
  });

  // PROTOCOL R18 R19
  it('stores an update, then relays it to everyone but its sender', async () => {
    const { r, a, b } = await roomWithTwo();
    const update = edit(new Y.Doc(), (d) => d.getMap('m').set('rag', 'green'));
    expect(await r.receiveUpdate(a.client, update)).toBe('stored');
    expect(a.frames).toEqual([]);
    expect(b.frames).toEqual([encodeUpdate(update)]);
    expect((await store.load('r')).updates).toEqual([update]);
  });

  // PROTOCOL R20
  it('neither stores nor relays an update it already has', async () => {
    const { r, a, b } = await roomWithTwo();
    const update = edit(new Y.Doc(), (d) => d.getMap('m').set('x', 1));
    await r.receiveUpdate(a.client, update);
    expect(await r.receiveUpdate(b.client, update)).toBe('unchanged');
    expect((await store.load('r')).updates).toHaveLength(1);
    expect(a.frames).toHaveLength(0);
  });

  // PROTOCOL R17
  it('refuses a malformed update without storing or relaying it', async () => {
    const { r, a, b } = await roomWithTwo();
    expect(await r.receiveUpdate(a.client, Uint8Array.of(1, 2, 3, 200, 200))).toBe('malformed');
    expect((await store.load('r')).updates).toHaveLength(0);
    expect(b.frames).toHaveLength(0);
    expect(r.state).toBe('ready');
  });

  // PROTOCOL R30
  it('relays nothing and closes every client with 1011 when the store fails', async () => {
    const { r, a, b } = await roomWithTwo();
    await store.close(); // a real store that now throws on append
    const outcome = await r.receiveUpdate(a.client, edit(new Y.Doc(), (d) => d.getMap('m').set('x', 1)));
    expect(outcome).toBe('failed');
    expect(b.frames).toHaveLength(0);
    expect(a.closes).toEqual([[CloseCode.internalError, CloseReason.storeFailed]]);
    expect(b.closes).toEqual([[CloseCode.internalError, CloseReason.storeFailed]]);
    expect(failed).toEqual([r]);
    expect(r.state).toBe('failed');
    store = new SqliteUpdateStore(join(dir, 'concord.db'));
  });

  it('compacts past the threshold once the room pauses, and on close, keeping exactly the document', async () => {
    // The room's clock is faked, so "a pause" is exactly the time the test lets pass, however slow the machine.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let compacted = (): void => {};
    const firstCompaction = new Promise<void>((done) => (compacted = done));
    const r = room('r', 5, 50, (event) => event === 'room-compacted' && compacted());
    const a = recorder();
    r.join(a.client);
    await r.ready;
    const source = new Y.Doc();
    for (let i = 0; i < 13; i++) await r.receiveUpdate(a.client, edit(source, (d) => d.getMap('m').set(`k${i}`, i)));
    await vi.advanceTimersByTimeAsync(49);
    // Still typing: nothing folded yet.
    expect((await store.load('r')).updates).toHaveLength(13);
    await vi.advanceTimersByTimeAsync(1);
    await firstCompaction;
    const mid = await store.load('r');
    expect(mid.updates).toHaveLength(1);
    expect(mid.lastSeq).toBe(13);
    await r.receiveUpdate(a.client, edit(source, (d) => d.getMap('m').set('late', true)));
    await r.close();
    const after = await store.load('r');
    expect(after.updates).toHaveLength(1);
    const rebuilt = new Y.Doc();
    Y.applyUpdate(rebuilt, after.updates[0]!);
    expect(rebuilt.getMap('m').toJSON()).toEqual(source.getMap('m').toJSON());
    expect(r.state).toBe('closed');
  });

  it('compacts a room that never pauses once it holds four times the threshold', async () => {
    const r = room('busy', 5, 60_000);
    const a = recorder();
    r.join(a.client);
    await r.ready;
    const source = new Y.Doc();
    for (let i = 0; i < 20; i++) await r.receiveUpdate(a.client, edit(source, (d) => d.getMap('m').set(`k${i}`, i)));
    expect((await store.load('busy')).updates).toHaveLength(20);
    await r.receiveUpdate(a.client, edit(source, (d) => d.getMap('m').set('k20', 20)));
    const stored = await store.load('busy');
    expect(stored.updates).toHaveLength(1);
    const rebuilt = new Y.Doc();
    Y.applyUpdate(rebuilt, stored.updates[0]!);
    expect(rebuilt.getMap('m').toJSON()).toEqual(source.getMap('m').toJSON());
    await r.close();
  });

  // PROTOCOL R12
  it('removes a leaving client’s presence and tells the others', async () => {
    const { r, a, b } = await roomWithTwo();
    const peer = new Y.Doc();
    const presence = new Awareness(peer);
    presence.setLocalState({ user: 'lead' });
    applyAwarenessUpdate(r.awareness, encodeAwarenessUpdate(presence, [peer.clientID]), a.client);
    expect(r.awareness.getStates().has(peer.clientID)).toBe(true);
    const before = b.frames.length;
    r.leave(a.client);
    expect(r.awareness.getStates().has(peer.clientID)).toBe(false);
    expect(b.frames.length).toBe(before + 1);
    presence.destroy();
  });

  // PROTOCOL R30
  it('resets the room when its doc cannot take a row another node stored: clients closed with 1001 room-reset', async () => {
    const { r, a, b } = await roomWithTwo();
    const real = edit(new Y.Doc(), (d) => d.getText('t').insert(0, 'a row from another node'));
    await store.append('r', real.subarray(0, real.byteLength - 3)); // cut short: no doc can take it
    await r.catchUp();
    expect(a.closes).toEqual([[CloseCode.goingAway, CloseReason.roomReset]]);
    expect(b.closes).toEqual([[CloseCode.goingAway, CloseReason.roomReset]]);
    expect(failed).toEqual([r]);
    expect(r.state).toBe('failed');
  });
});
