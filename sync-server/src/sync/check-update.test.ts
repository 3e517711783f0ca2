import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { checkUpdate } from './check-update';
import { lacksDependencies } from './missing-dependencies';

function realUpdate(): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'Crisis line open 24/7');
  doc.getMap('m').set('rag', 'amber');
  return Y.encodeStateAsUpdate(doc);
}

/** Deterministic pseudo-random bytes (mulberry32) so a failure replays. */
function noise(seed: number, length: number): Uint8Array {
  let s = seed >>> 0;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    out[i] = (t ^ (t >>> 14)) & 0xff;
  }
  return out;
}

// PROTOCOL R17
describe('checkUpdate', () => {
  it('accepts a real update and says it is not empty', () => {
    expect(checkUpdate(realUpdate())).toMatchObject({ ok: true, empty: false });
  });

  it('accepts the empty update a client with nothing new sends as sync step 2', () => {
    expect(checkUpdate(Y.encodeStateAsUpdate(new Y.Doc()))).toMatchObject({ ok: true, empty: true });
  });

  it('accepts an update whose dependencies the checker has not seen', () => {
    const a = new Y.Doc();
    a.getText('t').insert(0, 'first');
    const sv = Y.encodeStateVector(a);
    a.getText('t').insert(5, ' second');
    expect(checkUpdate(Y.encodeStateAsUpdate(a, sv)).ok).toBe(true);
  });

  it('rejects zero bytes and every truncation of a real update', () => {
    expect(checkUpdate(new Uint8Array())).toEqual({ ok: false });
    const update = realUpdate();
    for (let cut = 1; cut < update.length; cut++) {
      expect(checkUpdate(update.subarray(0, cut)).ok, `cut at ${cut}`).toBe(false);
    }
  });

  it('lets through, with the relay\'s checks against the doc, only random bytes a live document can take', () => {
    const seed = 20261123;
    const live = new Y.Doc();
    Y.applyUpdate(live, realUpdate());
    for (let i = 0; i < 2000; i++) {
      const bytes = noise(seed + i, 1 + (i % 64));
      const check = checkUpdate(bytes);
      if (!check.ok || lacksDependencies(check.decoded, live)) continue;
      expect(() => Y.applyUpdate(live, bytes), `seed ${seed + i}`).not.toThrow();
    }
    expect(live.getText('t').toString()).toBe('Crisis line open 24/7');
  });
});
