import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SQLITE_FILE_NAME, SqliteUpdateStore } from './sqlite-store';
import { StoreError } from './update-store';

let dir: string;
let file: string;
let store: SqliteUpdateStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'concord-store-'));
  file = join(dir, 'nested', SQLITE_FILE_NAME);
  store = new SqliteUpdateStore(file);
});

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Real Yjs updates: each call types one more word into the doc's text and returns that transaction's update. */
function typist() {
  const doc = new Y.Doc();
  const text = doc.getText('t');
  return {
    doc,
    type(word: string): Uint8Array {
      let update: Uint8Array | null = null;
      const grab = (u: Uint8Array) => (update = u);
      doc.once('update', grab);
      text.insert(text.length, word);
      if (!update) throw new Error('no update');
      return update;
    },
  };
}

function replay(updates: Uint8Array[]): string {
  const doc = new Y.Doc();
  for (const u of updates) Y.applyUpdate(doc, u);
  return doc.getText('t').toString();
}

describe('SqliteUpdateStore', () => {
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
  });

  it('compacts rows up to a seq into one snapshot and keeps later rows', async () => {
    const w = typist();
    for (const word of ['a', 'b', 'c']) await store.append('r', w.type(word));
    await store.compact('r', Y.encodeStateAsUpdate(w.doc), 3);
    await store.append('r', w.type('d'));
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

  it('rolls the whole compaction back when the snapshot cannot be written', async () => {
    const w = typist();
    await store.append('r', w.type('a'));
    await store.append('r', w.type('b'));
    // The delete runs first; a snapshot SQLite cannot bind makes the insert throw inside the same transaction.
    await expect(store.compact('r', { not: 'bytes' } as unknown as Uint8Array, 2)).rejects.toThrow();
    const loaded = await store.load('r');
    expect(loaded.updates).toHaveLength(2);
    expect(replay(loaded.updates)).toBe('ab');
  });

  it('refuses to compact past the last row', async () => {
    await store.append('r', typist().type('a'));
    const err = await store.compact('r', new Uint8Array([0, 0]), 5).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).reason).toBe('stale-compaction');
    expect((await store.load('r')).updates).toHaveLength(1);
  });

  it('survives close and reopen, in WAL mode', async () => {
    const w = typist();
    await store.append('r', w.type('kept'));
    await store.close();
    const probe = new Database(file, { readonly: true });
    expect(probe.pragma('journal_mode', { simple: true })).toBe('wal');
    probe.close();
    store = new SqliteUpdateStore(file);
    expect(replay((await store.load('r')).updates)).toBe('kept');
  });

  it('rejects calls after close', async () => {
    await store.close();
    await expect(store.load('r')).rejects.toMatchObject({ reason: 'closed' });
  });

  it('reports a file it cannot open as open-failed', () => {
    const notADir = join(dir, 'plain-file');
    writeFileSync(notADir, 'x');
    expect(() => new SqliteUpdateStore(join(notADir, SQLITE_FILE_NAME))).toThrow(
      expect.objectContaining({ reason: 'open-failed' }),
    );
  });
});
