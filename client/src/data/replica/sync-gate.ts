import * as bc from 'lib0/broadcastchannel';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';

const MESSAGE_SYNC = 0;

type SyncHandler = WebsocketProvider['messageHandlers'][number];

/**
 * Holds back everything this device would send until it knows that sending is safe. y-websocket answers the
 * relay's sync step 1 at once, with everything the relay lacks: an app that is older than the plan it holds would
 * push its edits into a document whose newer fields and rules it does not know. With the gate:
 *
 * - On each connection the answer to the relay's step 1 (this device's own changes) waits until the relay's step 2
 *   has been applied; it goes then, computed from the doc as it is, if `mayShare()` still says yes.
 * - Live updates go to the relay only once that answer has gone, and to other tabs only while `mayShare()` holds.
 * - While `mayShare()` says no (the doc was saved by a newer version, the relay speaks a protocol this app cannot),
 *   nothing at all is sent, to the relay or to other tabs; the device's copy and its pending edits stay on it, and
 *   whatever the relay sends is still received. `recheck()` after the reason goes away sends what was held.
 *
 * Returns the gate: `recheck()` and `stop()` (puts y-websocket's own handlers back).
 */
export function gateSync(provider: WebsocketProvider, doc: Y.Doc, mayShare: () => boolean) {
  let heldStateVector: Uint8Array | null = null;
  /** This connection has had the relay's step 2 and may send. */
  let open = false;

  const frame = (write: (e: encoding.Encoder) => void): Uint8Array => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    write(encoder);
    return encoding.toUint8Array(encoder);
  };
  const sendToRelay = (message: Uint8Array): void => {
    const ws = provider.ws;
    if (provider.wsconnected && ws && ws.readyState === ws.OPEN) ws.send(message);
  };
  const answerHeld = (): void => {
    if (!open || heldStateVector === null || !mayShare()) return;
    const stateVector = heldStateVector;
    heldStateVector = null;
    sendToRelay(frame((e) => syncProtocol.writeSyncStep2(e, doc, stateVector)));
  };

  const onSync: SyncHandler = (encoder, decoder, _provider, fromRelay) => {
    const type = decoding.readVarUint(decoder);
    if (type === syncProtocol.messageYjsSyncStep1) {
      const stateVector = decoding.readVarUint8Array(decoder);
      if (fromRelay) {
        heldStateVector = stateVector;
        return answerHeld();
      }
      // Another tab asks: it is answered at once, unless this copy must not be shared.
      if (!mayShare()) return;
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      return syncProtocol.writeSyncStep2(encoder, doc, stateVector);
    }
    syncProtocol.readSyncStep2(decoder, doc, provider);
    if (fromRelay && type === syncProtocol.messageYjsSyncStep2) {
      if (!provider.synced) provider.synced = true;
      open = true;
      answerHeld();
    }
  };

  const onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === provider || !mayShare()) return;
    const message = frame((e) => syncProtocol.writeUpdate(e, update));
    if (open) sendToRelay(message);
    if (provider.bcconnected) bc.publish(provider.bcChannel, message, provider);
  };
  // A new socket starts closed (status 'connecting', then 'connected' before any message arrives).
  const onStatus = (): void => {
    open = false;
    heldStateVector = null;
  };

  const original = { sync: provider.messageHandlers[MESSAGE_SYNC]!, update: provider._updateHandler };
  provider.messageHandlers[MESSAGE_SYNC] = onSync;
  doc.off('update', provider._updateHandler);
  // The replica takes the provider's update listener off and back on around loading: it must find this one.
  provider._updateHandler = onUpdate;
  doc.on('update', onUpdate);
  provider.on('status', onStatus);

  return {
    /** Sends what was held, if sharing has become safe (e.g. after this app's own migration ran). */
    recheck: answerHeld,
    stop(): void {
      provider.messageHandlers[MESSAGE_SYNC] = original.sync;
      doc.off('update', onUpdate);
      provider._updateHandler = original.update;
      doc.on('update', original.update);
      provider.off('status', onStatus);
    },
  };
}
