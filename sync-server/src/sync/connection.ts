import { applyAwarenessUpdate } from 'y-protocols/awareness';
import type { RawData, WebSocket } from 'ws';
import { CloseCode, CloseReason } from '../close-codes';
import type { Grant } from './admit';
import { decodeClientMessage, encodeAwareness, encodeSyncStep1, encodeSyncStep2, ProtocolError } from './protocol';
import type { Room, RoomClient } from './room';
import type { Rooms } from './rooms';

/** Per-connection limits. */
export interface ConnectionOptions {
  /** Larger frames close the connection with CloseCode.tooLarge. */
  maxMessageBytes: number;
  log(event: string, detail: Record<string, unknown>): void;
}

/**
 * One admitted client socket in one room. Frames are handled strictly in arrival order, and none before the
 * room has loaded from the store, so the first sync answer already holds everything stored.
 */
export class Connection implements RoomClient {
  private readonly room: Room;
  private queue: Promise<void>;
  private closed = false;

  constructor(
    private readonly socket: WebSocket,
    roomId: string,
    private readonly rooms: Rooms,
    private readonly grant: Grant,
    private readonly options: ConnectionOptions,
  ) {
    this.room = rooms.join(roomId, this);
    // Listeners go on before the first await: a client sends sync step 1 the moment the socket opens.
    socket.on('message', (data, isBinary) => this.receive(data, isBinary));
    socket.on('close', () => this.detach());
    socket.on('error', (error) => {
      options.log('socket-error', { room: roomId, error: String(error) });
      this.detach();
    });
    this.queue = this.room.ready.then((ok) => (ok ? this.greet() : this.close(CloseCode.internalError, CloseReason.storeFailed)));
  }

  /** Sends one frame if the socket is still open. */
  send(frame: Uint8Array): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return;
    this.socket.send(frame, { binary: true }, (error) => {
      if (error) this.detach();
    });
  }

  /** Closes the socket with a named code and leaves the room. */
  close(code: CloseCode, reason: CloseReason): void {
    if (!this.closed) this.socket.close(code, reason);
    this.detach();
  }

  private greet(): void {
    this.send(encodeSyncStep1(this.room.doc));
    if (this.room.awareness.getStates().size > 0) this.send(encodeAwareness(this.room.awareness));
  }

  private receive(data: RawData, isBinary: boolean): void {
    if (this.closed) return;
    const frame = toBytes(data);
    if (!isBinary) return this.close(CloseCode.badRequest, CloseReason.malformedMessage);
    if (frame.byteLength > this.options.maxMessageBytes) return this.close(CloseCode.tooLarge, CloseReason.messageTooLarge);
    this.queue = this.queue.then(() => this.handle(frame)).catch((error: unknown) => {
      this.options.log('connection-error', { room: this.room.id, error: String(error) });
      this.close(CloseCode.internalError, CloseReason.storeFailed);
    });
  }

  private async handle(frame: Uint8Array): Promise<void> {
    if (this.closed) return;
    // A room that failed or shut down has already closed its clients; this catches frames queued before that.
    if (this.room.state !== 'ready') return this.close(CloseCode.goingAway, CloseReason.roomReset);
    let message;
    try {
      message = decodeClientMessage(frame);
    } catch (error) {
      const reason = error instanceof ProtocolError ? error.reason : CloseReason.malformedMessage;
      return this.close(CloseCode.badRequest, reason);
    }
    switch (message.kind) {
      case 'sync-step1':
        return this.answerStep1(message.stateVector);
      case 'sync-update':
        return this.receiveUpdate(message.update);
      case 'awareness':
        return this.receiveAwareness(message.update);
      case 'query-awareness':
        return this.send(encodeAwareness(this.room.awareness));
      case 'auth':
        return; // the relay authenticates at the upgrade; clients never need to send this
    }
  }

  private answerStep1(stateVector: Uint8Array): void {
    let answer: Uint8Array;
    try {
      answer = encodeSyncStep2(this.room.doc, stateVector);
    } catch {
      return this.close(CloseCode.badRequest, CloseReason.malformedMessage);
    }
    this.send(answer);
  }

  private async receiveUpdate(update: Uint8Array): Promise<void> {
    // Viewers keep their local edits to themselves; the server drops them (see DESIGN.md "Auth").
    if (this.grant.role === 'viewer') return;
    const outcome = await this.room.receiveUpdate(this, update);
    if (outcome === 'malformed') this.close(CloseCode.badRequest, CloseReason.malformedUpdate);
  }

  private receiveAwareness(update: Uint8Array): void {
    try {
      applyAwarenessUpdate(this.room.awareness, update, this);
    } catch {
      this.close(CloseCode.badRequest, CloseReason.malformedAwareness);
    }
  }

  private detach(): void {
    if (this.closed) return;
    this.closed = true;
    this.rooms.leave(this.room, this);
  }
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
