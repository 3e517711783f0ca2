import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { CloseReason, MessageType } from '@concord/shared/protocol';

/** A frame from a client, decoded; update and awareness payloads are not yet validated. */
export type ClientMessage =
  | { kind: 'sync-step1'; stateVector: Uint8Array }
  | { kind: 'sync-update'; update: Uint8Array; step2: boolean }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'query-awareness' }
  | { kind: 'auth' };

/** Why a frame could not be decoded. */
export class ProtocolError extends Error {
  constructor(readonly reason: typeof CloseReason.malformedMessage | typeof CloseReason.unknownMessage) {
    super(reason);
    this.name = 'ProtocolError';
  }
}

/** Decodes one client frame; throws ProtocolError for truncated frames and unknown message types. */
export function decodeClientMessage(frame: Uint8Array): ClientMessage {
  try {
    return readClientMessage(decoding.createDecoder(frame));
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    throw new ProtocolError(CloseReason.malformedMessage);
  }
}

function readClientMessage(decoder: decoding.Decoder): ClientMessage {
  switch (decoding.readVarUint(decoder)) {
    case MessageType.sync:
      return readSyncMessage(decoder);
    case MessageType.awareness:
      return { kind: 'awareness', update: decoding.readVarUint8Array(decoder) };
    case MessageType.queryAwareness:
      return { kind: 'query-awareness' };
    case MessageType.auth:
      return { kind: 'auth' };
    default:
      throw new ProtocolError(CloseReason.unknownMessage);
  }
}

function readSyncMessage(decoder: decoding.Decoder): ClientMessage {
  const step = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  if (step === syncProtocol.messageYjsSyncStep1) return { kind: 'sync-step1', stateVector: payload };
  // Step 2 (the client's answer to our step 1) and live updates carry the same thing: an update to apply.
  if (step === syncProtocol.messageYjsSyncStep2 || step === syncProtocol.messageYjsUpdate) {
    return { kind: 'sync-update', update: payload, step2: step === syncProtocol.messageYjsSyncStep2 };
  }
  throw new ProtocolError(CloseReason.unknownMessage);
}

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** Sync step 1: our state vector, asking the client for what we lack. */
export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.sync);
    syncProtocol.writeSyncStep1(e, doc);
  });
}

/** Sync step 2: everything in `doc` the client's `stateVector` lacks. Throws if the state vector is malformed. */
export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.sync);
    syncProtocol.writeSyncStep2(e, doc, stateVector);
  });
}

/** A live document update, as relayed to the other clients of a room. */
export function encodeUpdate(update: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.sync);
    syncProtocol.writeUpdate(e, update);
  });
}

/** The awareness states of `clients` (all known clients when omitted). */
export function encodeAwareness(awareness: awarenessProtocol.Awareness, clients?: number[]): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.awareness);
    const ids = clients ?? [...awareness.getStates().keys()];
    encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, ids));
  });
}

/** Concord's receipt: the state vector of everything the relay has durably stored for the room. */
export function encodeStored(stateVector: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.stored);
    encoding.writeVarUint8Array(e, stateVector);
  });
}
