/**
 * The frames a raw socket sees from a real relay: the greeting, and the two client messages a y-websocket provider
 * rarely sends (query awareness, auth). Byte layouts are the ones docs/PROTOCOL.md gives.
 */
import * as decoding from 'lib0/decoding';
import { applyAwarenessUpdate, Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageType } from '@concord/shared/protocol';
import { startRelay, type RunningRelay } from '../helpers/relay';
import { connectClient, frame, openRaw, waitFor, type RawSocket, type SyncClient } from './clients';

const ROOM = 'plan-messages';
const SYNC_STEP1 = 0;
const SYNC_UPDATE = 2;

let relay: RunningRelay;
let present: SyncClient;

beforeAll(async () => {
  relay = await startRelay();
  present = connectClient(relay.wsUrl, ROOM);
  await present.synced;
  present.doc.getText('t').insert(0, 'held by the relay');
  present.provider.awareness.setLocalStateField('user', { name: 'Present' });
  // A second provider seeing both proves the relay holds the edit and the presence.
  const watcher = connectClient(relay.wsUrl, ROOM);
  await watcher.synced;
  await waitFor('the edit and presence to reach the relay', () =>
    watcher.doc.getText('t').toString() === 'held by the relay' &&
    watcher.provider.awareness.getStates().get(present.doc.clientID)?.user !== undefined,
  );
  watcher.destroy();
});

afterAll(async () => {
  present?.destroy();
  await relay?.kill();
});

async function opened(): Promise<RawSocket> {
  const raw = openRaw(`${relay.wsUrl}/${ROOM}`);
  await raw.opened;
  return raw;
}

/** The awareness states a type-1 frame carries, keyed by client id. */
function awarenessIn(bytes: Uint8Array): Map<number, Record<string, unknown>> {
  const decoder = decoding.createDecoder(bytes);
  expect(decoding.readVarUint(decoder)).toBe(MessageType.awareness);
  const into = new Awareness(new Y.Doc());
  applyAwarenessUpdate(into, decoding.readVarUint8Array(decoder), 'relay');
  return into.getStates() as Map<number, Record<string, unknown>>;
}

describe('relay frames', () => {
  // PROTOCOL R11
  it('greets a connection with its sync step 1, then the presence it knows', async () => {
    const raw = await opened();
    await waitFor('the greeting', () => raw.frames.length >= 2);
    const decoder = decoding.createDecoder(raw.frames[0]!);
    expect([decoding.readVarUint(decoder), decoding.readVarUint(decoder)]).toEqual([MessageType.sync, SYNC_STEP1]);
    const stateVector = Y.decodeStateVector(decoding.readVarUint8Array(decoder));
    expect(stateVector.get(present.doc.clientID)).toBe('held by the relay'.length);
    expect(awarenessIn(raw.frames[1]!).get(present.doc.clientID)).toMatchObject({ user: { name: 'Present' } });
    raw.ws.close();
  });

  // PROTOCOL R13
  it('answers query awareness with every state it knows', async () => {
    const raw = await opened();
    await waitFor('the greeting', () => raw.frames.length >= 2);
    raw.ws.send(Uint8Array.of(MessageType.queryAwareness));
    await waitFor('the answer', () => raw.frames.length >= 3);
    expect(awarenessIn(raw.frames[2]!).get(present.doc.clientID)).toMatchObject({ user: { name: 'Present' } });
    raw.ws.close();
  });

  // PROTOCOL R13
  it('accepts and ignores an auth message: the connection stays open and its next update is relayed', async () => {
    const raw = await opened();
    raw.ws.send(Uint8Array.of(MessageType.auth, 0));
    const source = new Y.Doc();
    source.getMap('m').set('after-auth', 'relayed');
    raw.ws.send(frame(MessageType.sync, SYNC_UPDATE, Y.encodeStateAsUpdate(source)));
    await waitFor('the update to reach the other client', () => present.doc.getMap('m').get('after-auth') === 'relayed');
    expect(raw.ws.readyState).toBe(raw.ws.OPEN);
    raw.ws.close();
  });
});
