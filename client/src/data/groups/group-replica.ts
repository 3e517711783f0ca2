import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import { groupFromDoc, type WorkingGroup } from '@concord/shared';
import { offeredSubprotocols } from '@concord/shared/protocol';
import type { GroupRow } from '../device/device-db';

/** y-indexeddb database name prefix of working group docs (apart from plans', so the plan catalogue ignores them). */
export const GROUP_DB_PREFIX = 'concord-working-group-';

/** What the group screens see of a working group's connection. */
export interface GroupSyncState {
  connection: 'offline' | 'connecting' | 'synced' | 'refused';
  refusedReason: string | null;
}

/** An open working group, as the UI holds it: snapshots only. Only client/src/data reaches the doc. */
export interface GroupHandle {
  readonly groupId: string;
  readonly whenLoaded: Promise<void>;
  group(): WorkingGroup | null;
  sync(): GroupSyncState;
  loaded(): boolean;
  subscribe(listener: () => void): () => void;
}

/**
 * One working group's Y.Doc, stored on the device by y-indexeddb and synced through the relay (room = group id)
 * with this device's member token, with a snapshot the UI subscribes to. `onSnapshot` runs after each change, so
 * the catalogue and the group's plans on this device follow the doc.
 */
export class GroupReplica implements GroupHandle {
  readonly doc = new Y.Doc();
  readonly whenLoaded: Promise<void>;
  private readonly persistence: IndexeddbPersistence;
  readonly provider: WebsocketProvider;
  private readonly listeners = new Set<() => void>();
  private snapshot: WorkingGroup | null = null;
  private isLoaded = false;
  private state: GroupSyncState = { connection: 'connecting', refusedReason: null };
  private queued = false;

  constructor(
    readonly groupId: string,
    row: Pick<GroupRow, 'serverUrl' | 'token'>,
    private readonly onSnapshot: (replica: GroupReplica) => void,
  ) {
    this.persistence = new IndexeddbPersistence(GROUP_DB_PREFIX + groupId, this.doc);
    // The protocol versions this app speaks go as subprotocols, as a plan's connection does (PROTOCOL R35).
    const protocols = offeredSubprotocols();
    this.provider = new WebsocketProvider(row.serverUrl, groupId, this.doc, { connect: false, params: { token: row.token }, protocols });
    this.doc.on('update', this.onUpdate);
    this.provider.on('sync', this.refresh);
    this.provider.on('status', this.refresh);
    this.provider.on('closed', this.onClosed);
    window.addEventListener('online', this.refresh);
    window.addEventListener('offline', this.refresh);
    this.whenLoaded = this.persistence.whenSynced.then(() => {
      this.isLoaded = true;
      this.takeSnapshot();
      this.provider.connect();
    });
  }

  group = () => this.snapshot;
  sync = () => this.state;
  loaded = () => this.isLoaded;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  destroy(): void {
    this.doc.off('update', this.onUpdate);
    window.removeEventListener('online', this.refresh);
    window.removeEventListener('offline', this.refresh);
    this.provider.destroy();
    void this.persistence.destroy();
    this.doc.destroy();
  }

  private takeSnapshot(): void {
    this.snapshot = groupFromDoc(this.doc);
    this.listeners.forEach((l) => l());
    this.onSnapshot(this);
  }

  private onUpdate = (): void => {
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      this.takeSnapshot();
    });
  };

  private onClosed = (event: { code: number; reason: string }): void => {
    // 4400-4499 are final (y-websocket stops reconnecting); anything else is a dropped line it retries.
    if (event.code >= 4400 && event.code < 4500) this.state = { connection: 'refused', refusedReason: event.reason || String(event.code) };
    this.refresh();
  };

  private refresh = (): void => {
    if (this.state.connection !== 'refused') {
      const connection = !navigator.onLine ? 'offline' : this.provider.wsconnected && this.provider.synced ? 'synced' : 'connecting';
      this.state = { connection, refusedReason: null };
    }
    this.listeners.forEach((l) => l());
    this.onSnapshot(this);
  };
}
