import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SQLITE_FILE_NAME, SqliteUpdateStore } from './sqlite-store';
import { describeUpdateStoreContract, replay, typist } from '../../testing/update-store.contract';

describeUpdateStoreContract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'concord-store-'));
  const file = join(dir, 'nested', SQLITE_FILE_NAME);
  return {
    store: new SqliteUpdateStore(file),
    reopen: async () => new SqliteUpdateStore(file),
    destroy: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

describe('SqliteUpdateStore specifics', () => {
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

  it('commits the appends of one turn together, each with its own sequence number', async () => {
    const w = typist();
    const seqs = await Promise.all(['a', 'b', 'c'].map((ch) => store.append('r', w.type(ch))));
    const other = await store.append('s', typist().type('x'));
    expect(seqs).toEqual([1, 2, 3]);
    expect(other).toBe(1);
    expect(replay((await store.load('r')).updates)).toBe('abc');
  });

  it('fails every append of a batch that cannot commit, and stores none of them', async () => {
    const w = typist();
    const good = store.append('r', w.type('a'));
    const bad = store.append('r', { not: 'bytes' } as unknown as Uint8Array);
    await expect(good).rejects.toThrow();
    await expect(bad).rejects.toThrow();
    expect((await store.load('r')).updates).toHaveLength(0);
    expect(await store.append('r', typist().type('z'))).toBe(1);
  });

  it('checkpoints the log into the database file off the relay thread', async () => {
    await store.close();
    const before = statSync(file).size;
    let grown = (): void => {};
    const fileGrew = new Promise<void>((done) => (grown = done));
    // The relay's own connection never checkpoints, so only the worker can move the log's 60 KB into the file;
    // each checkpoint it reports is the moment to look at the file again.
    const onCheckpoint = () => statSync(file).size > before + 50_000 && grown();
    store = new SqliteUpdateStore(file, { checkpointIntervalMs: 100, onCheckpoint });
    const w = typist();
    for (let i = 0; i < 300; i++) await store.append('r', w.type('x'.repeat(200)));
    await fileGrew;
  });

  it('runs in WAL mode', async () => {
    await store.append('r', typist().type('kept'));
    await store.close();
    const probe = new Database(file, { readonly: true });
    expect(probe.pragma('journal_mode', { simple: true })).toBe('wal');
    probe.close();
    store = new SqliteUpdateStore(file);
  });

  it('reports a file it cannot open as open-failed', () => {
    const notADir = join(dir, 'plain-file');
    writeFileSync(notADir, 'x');
    expect(() => new SqliteUpdateStore(join(notADir, SQLITE_FILE_NAME))).toThrow(
      expect.objectContaining({ reason: 'open-failed' }),
    );
  });
});
