import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import type { WebsocketProvider } from 'y-websocket';
import { MessageType } from '@concord/shared/protocol';
import { onStoredReceipt, storedCovers } from './stored-receipts';

function docWith(text: string): Y.Doc {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return doc;
}

describe('stored receipts', () => {
  // PROTOCOL R22
  it('covers a doc only when the server stored every insertion it holds', () => {
    const doc = docWith('hello');
    const before = Y.decodeStateVector(Y.encodeStateVector(doc));
    expect(storedCovers(new Map(), doc)).toBe(false);
    expect(storedCovers(before, doc)).toBe(true);
    doc.getText('t').insert(5, ' world');
    expect(storedCovers(before, doc)).toBe(false);
  });

  it('reads the relay message body as a state vector', () => {
    const doc = docWith('plan');
    const handlers: unknown[] = [];
    const provider = { messageHandlers: handlers } as unknown as WebsocketProvider;
    const seen: Map<number, number>[] = [];
    onStoredReceipt(provider, (sv) => seen.push(sv));

    const message = encoding.createEncoder();
    encoding.writeVarUint(message, MessageType.stored);
    encoding.writeVarUint8Array(message, Y.encodeStateVector(doc));
    const decoder = decoding.createDecoder(encoding.toUint8Array(message));
    const type = decoding.readVarUint(decoder);
    (provider.messageHandlers[type] as (e: encoding.Encoder, d: decoding.Decoder) => void)(encoding.createEncoder(), decoder);

    expect(seen).toHaveLength(1);
    expect(storedCovers(seen[0]!, doc)).toBe(true);
  });
});
