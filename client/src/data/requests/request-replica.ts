import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import { markOpened, proposeRag, requestFromDoc, submitRequest, writeDraft, type UpdateRequest } from '@concord/shared/requests';
import type { Rag } from '@concord/shared/plan-json';
import { offeredSubprotocols } from '@concord/shared/protocol';
import { batched, providerConnection, refusalOf } from '../replica/provider-state';

/** y-indexeddb database name prefix of update request docs (apart from plans', so the plan catalogue ignores them). */
export const REQUEST_DB_PREFIX = 'concord-update-request-';

/** What the lead's page shows of its connection. `closed`: the round was closed (the relay revoked the link). */
export interface RequestSyncState {
  connection: 'offline' | 'connecting' | 'synced' | 'closed' | 'refused';
  refusedReason: string | null;
}

/** A lead's update request as the page holds it: snapshots and the lead's own writes; only client/src/data reaches the doc. */
export interface RequestHandle {
  readonly requestId: string;
  readonly whenLoaded: Promise<void>;
  request(): UpdateRequest | null;
  sync(): RequestSyncState;
  subscribe(listener: () => void): () => void;
  writeDraft(actionId: string, text: string): void;
  proposeRag(actionId: string, rag: Rag | null): void;
  /** Marks every written response submitted; returns how many. */
  submit(): number;
}

/**
 * One lead's request doc, kept on the device by y-indexeddb (so the page opens and takes drafts with no network
 * after its first load) and synced through the relay with the lead's link (room = request id). The relay lets
 * this connection write only the lead's responses; the page makes no other write.
 */
export class RequestReplica implements RequestHandle {
  readonly doc = new Y.Doc();
  readonly whenLoaded: Promise<void>;
  private readonly persistence: IndexeddbPersistence;
  private readonly provider: WebsocketProvider;
  private readonly listeners = new Set<() => void>();
  private snapshot: UpdateRequest | null = null;
  private state: RequestSyncState = { connection: 'connecting', refusedReason: null };

  constructor(
    readonly requestId: string,
    serverUrl: string,
    token: string,
  ) {
    this.persistence = new IndexeddbPersistence(REQUEST_DB_PREFIX + requestId, this.doc);
    this.provider = new WebsocketProvider(serverUrl, requestId, this.doc, { connect: false, params: { token }, protocols: offeredSubprotocols() });
    this.doc.on('update', this.onUpdate);
    this.provider.on('sync', this.onSync);
    this.provider.on('status', this.refresh);
    this.provider.on('closed', this.onClosed);
    window.addEventListener('online', this.refresh);
    window.addEventListener('offline', this.refresh);
    this.whenLoaded = this.persistence.whenSynced.then(() => {
      this.takeSnapshot();
      this.markOpened();
      this.provider.connect();
    });
  }

  request = () => this.snapshot;
  sync = () => this.state;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  writeDraft = (actionId: string, text: string) => writeDraft(this.doc, actionId, text, new Date().toISOString());
  proposeRag = (actionId: string, rag: Rag | null) => proposeRag(this.doc, actionId, rag, new Date().toISOString());
  submit = () => submitRequest(this.doc, new Date().toISOString());

  destroy(): void {
    this.doc.off('update', this.onUpdate);
    window.removeEventListener('online', this.refresh);
    window.removeEventListener('offline', this.refresh);
    this.provider.destroy();
    void this.persistence.destroy();
    this.doc.destroy();
  }

  /** The first time the request is on this device (from IndexedDB, or once the relay sent it), say it was opened. */
  private markOpened(): void {
    if (this.snapshot !== null && !this.snapshot.closed) markOpened(this.doc, new Date().toISOString());
  }

  private takeSnapshot(): void {
    this.snapshot = requestFromDoc(this.doc);
    this.listeners.forEach((l) => l());
  }

  private onUpdate = batched(() => this.takeSnapshot());

  private onSync = (): void => {
    this.takeSnapshot();
    this.markOpened();
    this.refresh();
  };

  private onClosed = (event: { code: number; reason: string }): void => {
    // A revoked link means the round was closed.
    const refused = refusalOf(event);
    if (refused !== null) this.state = { connection: refused === 'revoked' ? 'closed' : 'refused', refusedReason: refused };
    this.refresh();
  };

  private refresh = (): void => {
    if (this.state.connection !== 'closed' && this.state.connection !== 'refused') {
      this.state = { connection: providerConnection(this.provider), refusedReason: null };
    }
    this.listeners.forEach((l) => l());
  };
}
