import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { PendingChanges, saveStatusOf } from './pending-changes';

/** A doc with `n` local edits, each recorded as it happens. */
function editing(n: number) {
  const doc = new Y.Doc();
  const pending = new PendingChanges();
  const svs: Map<number, number>[] = [];
  for (let i = 0; i < n; i++) {
    doc.getText('t').insert(doc.getText('t').length, `edit ${i}. `);
    pending.recordLocal(doc);
    svs.push(Y.decodeStateVector(Y.encodeStateVector(doc)));
  }
  return { doc, pending, svs };
}

describe('PendingChanges', () => {
  it('counts each local edit until a receipt covers it, never before', () => {
    const { doc, pending, svs } = editing(3);
    expect(pending.count).toBe(3);
    expect(pending.applyReceipt(new Map(), doc)).toBe(3); // the first-sync receipt of an empty server
    expect(pending.applyReceipt(svs[1]!, doc)).toBe(1); // first two stored
    const almost = new Map(svs[2]!);
    almost.set(doc.clientID, svs[2]!.get(doc.clientID)! - 1); // one character short of the last edit
    expect(pending.applyReceipt(almost, doc)).toBe(1);
    expect(pending.applyReceipt(svs[2]!, doc)).toBe(0);
  });

  it('carries the saved count until a receipt, then counts earlier sessions by client id', () => {
    const earlier = new Y.Doc();
    earlier.getText('t').insert(0, 'from yesterday');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(earlier));
    const pending = new PendingChanges(4);
    expect(pending.count).toBe(4);
    expect(pending.applyReceipt(new Map(), doc)).toBe(1);
    expect(pending.applyReceipt(Y.decodeStateVector(Y.encodeStateVector(earlier)), doc)).toBe(0);
  });
});

describe('saveStatusOf', () => {
  it('shows pending first, the server only with a receipt time, else the device', () => {
    expect(saveStatusOf(2, '2026-11-23T10:00:00Z')).toEqual({ kind: 'pending', count: 2 });
    expect(saveStatusOf(0, '2026-11-23T10:00:00Z')).toEqual({ kind: 'on-server', at: '2026-11-23T10:00:00Z' });
    expect(saveStatusOf(0, null)).toEqual({ kind: 'on-device' });
  });
});
