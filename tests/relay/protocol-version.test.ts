/**
 * The protocol-version handshake against the real relay: a client names the versions it speaks as WebSocket
 * subprotocols and the relay answers with the one they share; a client it shares none with is told which side is
 * out of date (4426), before its token is even looked at, and nothing it sends is stored.
 */
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode, CloseReason, MessageType, offeredSubprotocols, subprotocolFor } from '@concord/shared/protocol';
import { startRelay, type RunningRelay } from '../helpers/relay';
import { frame, openRaw, storedRows, waitFor } from './clients';

const ROOM = 'plan-versions';

function update(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

describe('protocol versions', () => {
  let relay: RunningRelay;
  let strict: RunningRelay;

  beforeAll(async () => {
    [relay, strict] = await Promise.all([startRelay(), startRelay({ args: ['--auth', 'required'] })]);
  });

  afterAll(async () => {
    await Promise.all([relay?.kill(), strict?.kill()]);
  });

  // PROTOCOL R35
  it('answers a client with the version they share, and syncs with it', async () => {
    const raw = openRaw(`${relay.wsUrl}/${ROOM}`, [...offeredSubprotocols(), subprotocolFor(99)]);
    await raw.opened;
    expect(raw.ws.protocol).toBe(subprotocolFor(1));
    await waitFor('the greeting', () => raw.frames.length > 0);
    expect(raw.frames[0]![0]).toBe(MessageType.sync);
    raw.ws.send(frame(MessageType.sync, 2, update('spoken in version 1')));
    await waitFor('the update stored', () => raw.frames.some((f) => f[0] === MessageType.stored));
    raw.ws.close();
    expect(await storedRows(relay.dataDir, ROOM)).toHaveLength(1);
  });

  // PROTOCOL R35
  it('takes a client that names no version (one from before versions) to speak version 1', async () => {
    const raw = openRaw(`${relay.wsUrl}/${ROOM}`);
    await raw.opened;
    expect(raw.ws.protocol).toBe('');
    await waitFor('the greeting', () => raw.frames.length > 0);
    raw.ws.close();
  });

  // PROTOCOL R36
  it('closes a client it shares no version with, 4426 relay-outdated, with nothing it sent stored', async () => {
    const raw = openRaw(`${relay.wsUrl}/plan-too-new`, [subprotocolFor(7), subprotocolFor(8)]);
    await raw.opened;
    // The handshake completes with one of the client's own names, so a browser hears the code and the reason.
    expect(raw.ws.protocol).toBe(subprotocolFor(7));
    raw.ws.send(frame(MessageType.sync, 2, update('never stored')));
    expect(await raw.closed).toEqual({ code: CloseCode.upgradeRequired, reason: CloseReason.relayOutdated });
    expect(raw.frames).toEqual([]);
    expect(await storedRows(relay.dataDir, 'plan-too-new')).toEqual([]);
  });

  // PROTOCOL R36
  it('tells an outdated client so before it looks at the token (updating comes first)', async () => {
    const missingToken = openRaw(`${strict.wsUrl}/${ROOM}`, offeredSubprotocols());
    expect(await missingToken.closed).toEqual({ code: CloseCode.unauthorised, reason: CloseReason.unauthorised });
    const tooNew = openRaw(`${strict.wsUrl}/${ROOM}`, [subprotocolFor(9)]);
    expect(await tooNew.closed).toEqual({ code: CloseCode.upgradeRequired, reason: CloseReason.relayOutdated });
  });
});
