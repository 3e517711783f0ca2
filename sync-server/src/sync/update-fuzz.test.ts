/**
 * Seeded fuzz of the update check and apply path, on a real Room over SQLite: bytes made by mutating real updates
 * and item graphs written by hand (which Yjs itself never produces). Whatever arrives, the room stays ready, no
 * other client is closed, the doc keeps nothing pending, and the store rebuilds exactly the live doc. A failing
 * case prints its seed; a seed that once failed becomes a named test below.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as prng from 'lib0/prng';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteUpdateStore } from '../store/sqlite-store';
import { craftUpdate, type CraftedId, type CraftedItem } from '../../testing/crafted-updates';
import { Room, type RoomClient } from './room';

const FUZZ_SEED = 20261207;
const CASES = 1500;

let dir: string;
let store: SqliteUpdateStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'concord-fuzz-'));
  store = new SqliteUpdateStore(join(dir, 'concord.db'));
});

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

function recorder() {
  const closes: string[] = [];
  const client: RoomClient = { send: () => {}, close: (code, reason) => closes.push(`${code} ${reason}`) };
  return { client, closes };
}

/** A loaded room, a bystander who must never notice anything, and an honest editor whose edits must keep landing. */
async function arena() {
  const failed: Room[] = [];
  const events: string[] = [];
  const log = (event: string) => events.push(event);
  const room = new Room('fuzz', store, { compactAfterRows: 50, compactQuietMs: 60_000, maxDocumentBytes: 1 << 22, log, onFailed: (r) => failed.push(r) });
  const bystander = recorder();
  room.join(bystander.client);
  await room.ready;
  const honest = new Y.Doc();
  honest.clientID = 7;
  const edit = async (change: (doc: Y.Doc) => void) => {
    const before = Y.encodeStateVector(honest);
    change(honest);
    return room.receiveUpdate(recorder().client, Y.encodeStateAsUpdate(honest, before));
  };
  await edit((d) => d.getText('crafted').insert(0, 'Crisis line open'));
  await edit((d) => d.getMap('action').set('rag', 'amber'));
  const healthy = (why: string) => {
    expect(room.state, why).toBe('ready');
    expect(failed, why).toEqual([]);
    expect(bystander.closes, why).toEqual([]);
    expect(room.doc.store.pendingStructs, why).toBeNull();
    expect(room.doc.store.pendingDs, why).toBeNull();
  };
  /** Runs the fuzz's cases up to (not including) `end`; returns each case's outcome. */
  const run = async (end: number) => {
    const outcomes: string[] = [];
    for (let i = 0; i < end; i++) {
      const seed = FUZZ_SEED + i;
      const gen = prng.create(seed);
      const bytes = i % 2 === 0 ? itemGraph(gen, room.doc) : mutatedUpdate(gen, honest);
      const outcome = await room.receiveUpdate(recorder().client, bytes);
      outcomes.push(outcome);
      healthy(`case seed ${seed}: ${outcome}`);
      if (i % 25 === 0) expect(await edit((d) => d.getText('notes').insert(0, `${i} `)), `seed ${seed}`).toBe('stored');
    }
    return outcomes;
  };
  return { room, edit, healthy, run, events };
}

/** An id an item may point at: in the doc, in the graph being built, just past either, or nowhere. */
function someId(gen: prng.PRNG, doc: Y.Doc, clients: number[]): CraftedId {
  const client = prng.oneOf(gen, clients);
  const known = Y.getState(doc.store, client);
  return [client, prng.int32(gen, 0, known + 4)];
}

/** 1–6 string items on a few clients, their clocks near what the doc holds, pointing at random ids. */
function itemGraph(gen: prng.PRNG, doc: Y.Doc): Uint8Array {
  // Authors other than the honest editor (7), whose clocks it must keep; any of them, 7 included, as targets.
  const authors = [1, 2, 3];
  const clients = [...authors, 7];
  const next = new Map<number, number>();
  const items: CraftedItem[] = [];
  for (let n = prng.int32(gen, 1, 6); n > 0; n--) {
    const client = prng.oneOf(gen, authors);
    const start = next.get(client) ?? Math.max(0, Y.getState(doc.store, client) + prng.int32(gen, -2, 1));
    const text = prng.word(gen, 1, 3);
    next.set(client, start + text.length + (prng.int32(gen, 0, 5) === 0 ? 1 : 0));
    const pick = () => (prng.bool(gen) ? someId(gen, doc, clients) : null);
    const parent = prng.int32(gen, 0, 3) === 0 ? someId(gen, doc, clients) : prng.oneOf(gen, ['crafted', 'action']);
    items.push({ client, clock: start, text, origin: pick(), rightOrigin: pick(), parent, parentSub: prng.bool(gen) ? 'rag' : null });
  }
  const deletes = prng.int32(gen, 0, 3) === 0 ? [{ client: prng.oneOf(gen, clients), clock: prng.int32(gen, 0, 8), len: prng.int32(gen, 1, 4) }] : [];
  return craftUpdate(items, deletes);
}

/** A real update from a doc like the honest one, then bytes flipped, inserted, dropped or cut. */
function mutatedUpdate(gen: prng.PRNG, honest: Y.Doc): Uint8Array {
  const other = new Y.Doc();
  other.clientID = prng.oneOf(gen, [1, 2, 3]);
  Y.applyUpdate(other, Y.encodeStateAsUpdate(honest));
  const before = Y.encodeStateVector(other);
  other.getText('crafted').insert(prng.int32(gen, 0, other.getText('crafted').length), prng.word(gen, 1, 6));
  if (prng.bool(gen)) other.getText('crafted').delete(0, 1);
  const bytes = [...Y.encodeStateAsUpdate(other, before)];
  for (let n = prng.int32(gen, 1, 3); n > 0; n--) {
    const at = prng.int32(gen, 0, bytes.length - 1);
    const how = prng.int32(gen, 0, 3);
    if (how === 0) bytes[at] = prng.int32(gen, 0, 255);
    else if (how === 1) bytes.splice(at, 0, prng.int32(gen, 0, 255));
    else if (how === 2) bytes.splice(at, 1);
    else bytes.length = Math.max(1, at);
  }
  return Uint8Array.from(bytes);
}

describe('update fuzz (seeded)', () => {
  // PROTOCOL R38
  it(`keeps the room ready and its other clients connected through ${CASES} hostile updates (seed ${FUZZ_SEED})`, async () => {
    const { room, run } = await arena();
    const outcomes: Record<string, number> = {};
    for (const outcome of await run(CASES)) outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    console.info(`update fuzz seed ${FUZZ_SEED}: ${JSON.stringify(outcomes)}`);
    // Both kinds of refusal and some acceptances happened: the fuzz reached every branch that matters.
    expect(outcomes.stored ?? 0).toBeGreaterThan(0);
    expect((outcomes.malformed ?? 0) + (outcomes['missing-dependencies'] ?? 0)).toBeGreaterThan(CASES / 4);
    const rebuilt = new Y.Doc();
    for (const row of (await store.load('fuzz')).updates) Y.applyUpdate(rebuilt, row);
    expect(Y.encodeStateVector(rebuilt)).toEqual(Y.encodeStateVector(room.doc));
    expect(rebuilt.getText('crafted').toString()).toBe(room.doc.getText('crafted').toString());
    await room.close();
  });

  it('seed 20261785: Yjs throws half-way through a hand-built graph; the doc is rebuilt from the store, no one else notices', async () => {
    const { room, run, events } = await arena();
    const outcomes = await run(20261785 - FUZZ_SEED + 1);
    expect(outcomes.at(-1)).toBe('malformed');
    expect(events).toContain('room-rebuilt');
    await room.close();
  });

  // PROTOCOL R38
  it('refuses two items whose origins point at each other, for their sender alone', async () => {
    const { room, healthy } = await arena();
    const cycle = craftUpdate([
      { client: 1, clock: 0, text: 'x', origin: [2, 0] },
      { client: 2, clock: 0, text: 'y', origin: [1, 0] },
    ]);
    const sender = recorder();
    room.join(sender.client);
    expect(await room.receiveUpdate(sender.client, cycle)).toBe('malformed');
    healthy('after the cycle');
    expect(room.doc.getText('crafted').toString()).toBe('Crisis line open');
    await room.close();
  });

  it('refuses an item that points at later content of its own client', async () => {
    const { room, healthy } = await arena();
    const forward = craftUpdate([
      { client: 1, clock: 0, text: 'ab', origin: [1, 1] },
    ]);
    expect(await room.receiveUpdate(recorder().client, forward)).toBe('malformed');
    healthy('after the forward reference');
    await room.close();
  });
});
