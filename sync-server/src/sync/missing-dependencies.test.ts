import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { checkUpdate } from './check-update';
import { craftUpdate } from '../../testing/crafted-updates';
import { dependencyVerdict, lacksDependencies as lacksDecoded } from './missing-dependencies';

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

describe('dependencyVerdict on hand-built item graphs', () => {
  const verdict = (bytes: Uint8Array, doc = new Y.Doc()) => {
    const check = checkUpdate(bytes);
    if (!check.ok) throw new Error('the crafted update does not decode');
    return dependencyVerdict(check.decoded, doc);
  };

  it('integrates a graph whose items point across clients in an order Yjs can follow', () => {
    const bytes = craftUpdate([
      { client: 1, clock: 0, text: 'ab' },
      { client: 2, clock: 0, text: 'c', origin: [1, 1] },
      { client: 1, clock: 2, text: 'd', origin: [2, 0] },
    ]);
    expect(verdict(bytes)).toBe('complete');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, bytes);
    expect(doc.store.pendingStructs).toBeNull();
  });

  it('calls two items whose origins point at each other impossible, and a chain ending at absent content missing', () => {
    expect(verdict(craftUpdate([{ client: 1, clock: 0, text: 'x', origin: [2, 0] }, { client: 2, clock: 0, text: 'y', origin: [1, 0] }]))).toBe('impossible');
    expect(verdict(craftUpdate([{ client: 1, clock: 0, text: 'x', origin: [2, 0] }, { client: 2, clock: 0, text: 'y', origin: [3, 0] }]))).toBe('missing');
    expect(verdict(craftUpdate([{ client: 1, clock: 0, text: 'xy', rightOrigin: [1, 1] }]))).toBe('impossible');
  });
});
