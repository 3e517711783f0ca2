import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { checkUpdate } from './check-update';
import { lacksDependencies as lacksDecoded } from './missing-dependencies';

const decode = (update: Uint8Array) => {
  const check = checkUpdate(update);
  if (!check.ok) throw new Error('test update does not decode');
  return check.decoded;
};
const lacksDependencies = (update: Uint8Array, doc: Y.Doc) => lacksDecoded(decode(update), doc);

/** Two consecutive updates of one client: `second` builds on `first`. */
function twoSteps() {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  doc.getText('t').insert(0, 'hello');
  doc.getText('t').insert(5, ' world');
  return { first: updates[0]!, second: updates[1]!, doc };
}

// PROTOCOL R21
describe('lacksDependencies', () => {
  it('is false for a first update and for one whose predecessor the doc holds', () => {
    const { first, second } = twoSteps();
    const relay = new Y.Doc();
    expect(lacksDependencies(first, relay)).toBe(false);
    Y.applyUpdate(relay, first);
    expect(lacksDependencies(second, relay)).toBe(false);
    expect(lacksDependencies(first, relay)).toBe(false); // a duplicate needs nothing
  });

  it('is true for an update that starts past what the doc holds of its client (a clock gap)', () => {
    const { second } = twoSteps();
    const relay = new Y.Doc();
    expect(lacksDependencies(second, relay)).toBe(true);
    Y.applyUpdate(relay, second);
    expect(relay.store.pendingStructs).not.toBeNull(); // what the relay would have kept without the check
  });

  it('is true for an insert whose origin is another client\'s content the doc lacks', () => {
    const { doc: a } = twoSteps();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const before = Y.encodeStateVector(b);
    b.getText('t').insert(3, 'XYZ');
    const onlyB = Y.encodeStateAsUpdate(b, before);
    expect(lacksDependencies(onlyB, new Y.Doc())).toBe(true);
    const relay = new Y.Doc();
    Y.applyUpdate(relay, Y.encodeStateAsUpdate(a));
    expect(lacksDependencies(onlyB, relay)).toBe(false);
  });

  it('is true for a deletion of content the doc lacks', () => {
    const { doc: a } = twoSteps();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const updates: Uint8Array[] = [];
    b.on('update', (u: Uint8Array) => updates.push(u));
    b.getText('t').delete(0, 2);
    expect(lacksDependencies(updates[0]!, new Y.Doc())).toBe(true);
    const relay = new Y.Doc();
    Y.applyUpdate(relay, Y.encodeStateAsUpdate(a));
    expect(lacksDependencies(updates[0]!, relay)).toBe(false);
  });

  it('accepts one merged update carrying both a dependency and what builds on it', () => {
    const { first, second } = twoSteps();
    expect(lacksDependencies(Y.mergeUpdates([first, second]), new Y.Doc())).toBe(false);
    expect(lacksDependencies(Y.mergeUpdates([second]), new Y.Doc())).toBe(true);
  });
});
