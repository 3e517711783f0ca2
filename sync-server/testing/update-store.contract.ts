/**
 * The UpdateStore contract: one suite, run against every adapter (sqlite-store.test.ts, postgres-store.test.ts),
 * in the style of automerge-repo's storage adapter tests. Each adapter test file supplies a factory.
 */
import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreError, type UpdateStore } from '../src/store/update-store';

/** A fresh, empty store, plus a way to open a second handle on the same data (after `store.close()`). */
export interface StoreUnderTest {
  store: UpdateStore;
  reopen(): Promise<UpdateStore>;
  /** Removes everything the store wrote (the store is already closed). */
  destroy(): Promise<void>;
}

/** Real Yjs updates: each call types one more word into the doc's text and returns that transaction's update. */
export function typist() {
  const doc = new Y.Doc();
  const text = doc.getText('t');
  return {
    doc,
    type(word: string): Uint8Array {
      let update: Uint8Array | null = null;
      doc.once('update', (u: Uint8Array) => (update = u));
      text.insert(text.length, word);
      if (!update) throw new Error('no update');
      return update;
    },
  };
}

/** The text a list of updates builds. */
export function replay(updates: Uint8Array[]): string {
  const doc = new Y.Doc();
  for (const u of updates) Y.applyUpdate(doc, u);
  return doc.getText('t').toString();
}

/** Registers the contract tests for one adapter. */
export function describeUpdateStoreContract(name: string, open: () => Promise<StoreUnderTest>): void {
  describe(`UpdateStore contract: ${name}`, () => {
    let sut: StoreUnderTest;
    let store: UpdateStore;
    beforeEach(async () => {
      sut = await open();
      store = sut.store;
    });
    afterEach(async () => {
      await store.close();
      await sut.destroy();
    });

    it('starts empty and appends rows with increasing seq per room', async () => {
      expect(await store.load('a')).toEqual({ updates: [], lastSeq: 0 });
      const w = typist();
      expect(await store.append('a', w.type('one '))).toBe(1);
      expect(await store.append('a', w.type('two'))).toBe(2);
      expect(await store.append('b', new Uint8Array([0, 0]))).toBe(1);
      const a = await store.load('a');
      expect(a.lastSeq).toBe(2);
      expect(replay(a.updates)).toBe('one two');
      expect((await store.load('b')).updates).toEqual([new Uint8Array([0, 0])]);
      expect(await store.listRooms()).toEqual(['a', 'b']);
    });

    it('reports its size on disk, which grows as it stores (the relay\'s storage quota reads it)', async () => {
      const before = await store.totalBytes();
      const big = new Uint8Array(randomBytes(512 * 1024)); // incompressible: PostgreSQL compresses what it can
      for (let i = 0; i < 4; i++) await store.append('sized', big);
      expect(await store.totalBytes()).toBeGreaterThan(before + 1024 * 1024);
    });

    it('gives concurrent appends to one room distinct, gap-free seqs', async () => {
      const w = typist();
      const updates = Array.from({ length: 20 }, (_, i) => w.type(`${i},`));
      const seqs = await Promise.all(updates.map((u) => store.append('r', u)));
      expect([...seqs].sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      expect(replay((await store.load('r')).updates)).toBe(w.doc.getText('t').toString());
    });

    it('reads the rows after a seq, and says where it got to', async () => {
      const w = typist();
      for (const word of ['a', 'b', 'c']) await store.append('r', w.type(word));
      const after1 = await store.readAfter('r', 1);
      expect(after1.updates).toHaveLength(2);
      expect(after1.lastSeq).toBe(3);
      expect(await store.readAfter('r', 3)).toEqual({ updates: [], lastSeq: 3 });
    });

    it('hands a reader that fell behind a compaction the snapshot, which catches it up', async () => {
      const w = typist();
      const first = w.type('a');
      await store.append('r', first);
      const behind = new Y.Doc();
      Y.applyUpdate(behind, first);
      for (const word of ['b', 'c']) await store.append('r', w.type(word));
      await store.compact('r', Y.encodeStateAsUpdate(w.doc), 3);
      await store.append('r', w.type('d'));
      const catchUp = await store.readAfter('r', 1);
      expect(catchUp.lastSeq).toBe(4);
      for (const u of catchUp.updates) Y.applyUpdate(behind, u);
      expect(behind.getText('t').toString()).toBe('abcd');
    });

    it('compacts rows up to a seq into one snapshot and keeps later rows', async () => {
      const w = typist();
      for (const word of ['a', 'b', 'c']) await store.append('r', w.type(word));
      await store.compact('r', Y.encodeStateAsUpdate(w.doc), 3);
      expect(await store.append('r', w.type('d'))).toBe(4);
      const loaded = await store.load('r');
      expect(loaded.updates).toHaveLength(2);
      expect(loaded.lastSeq).toBe(4);
      expect(replay(loaded.updates)).toBe('abcd');
    });

    it('keeps rows appended after the compaction point', async () => {
      const w = typist();
      await store.append('r', w.type('a'));
      const snapshot = Y.encodeStateAsUpdate(w.doc);
      await store.append('r', w.type('b'));
      await store.compact('r', snapshot, 1);
      const loaded = await store.load('r');
      expect(loaded.updates).toHaveLength(2);
      expect(replay(loaded.updates)).toBe('ab');
    });

    it('refuses to compact past the last row and changes nothing', async () => {
      await store.append('r', typist().type('a'));
      const err = await store.compact('r', new Uint8Array([0, 0]), 5).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect((err as StoreError).reason).toBe('stale-compaction');
      expect((await store.load('r')).updates).toHaveLength(1);
    });

    it('keeps rows across close and reopen', async () => {
      const w = typist();
      await store.append('r', w.type('kept'));
      await store.close();
      store = await sut.reopen();
      expect(replay((await store.load('r')).updates)).toBe('kept');
      expect(await store.append('r', w.type('!'))).toBe(2);
    });

    it('rejects calls after close', async () => {
      await store.close();
      await expect(store.load('r')).rejects.toMatchObject({ reason: 'closed' });
      await expect(store.append('r', new Uint8Array([0, 0]))).rejects.toMatchObject({ reason: 'closed' });
    });
  });
}
