import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import { isPlanDoc, planFromDoc, type Plan } from '@concord/shared';
import { deviceDb } from './device-db';
import { createCatalogueWriter } from './catalogue-writer';
import { PLAN_DB_PREFIX } from './plan-db-name';
import { defaultServerUrl } from './server-url';
import { PendingChanges } from './pending-changes';
import { onStoredReceipt } from './stored-receipts';
import { connectionOf, INITIAL_SYNC, type SyncState } from './sync-state';
import { connectWithAccess } from './plan-access';

/** How long to wait for a first receipt before treating the relay as a stock one that never sends them. */
const STOCK_RELAY_GRACE_MS = 3000;

/**
 * An open plan, as the UI holds it: an opaque handle read through snapshots. Only client/src/data reaches the doc.
 */
export interface PlanHandle {
  readonly planId: string;
  /** Resolves once the device's stored copy is loaded into the doc. */
  readonly whenLoaded: Promise<void>;
  /** The current Plan JSON, or null until the doc holds a plan (e.g. still arriving from the server). */
  plan(): Plan | null;
  sync(): SyncState;
  /** Whether the device's stored copy has been read (so `plan() === null` means "not on this device"). */
  loaded(): boolean;
  subscribe(listener: () => void): () => void;
}


/**
 * One plan's Y.Doc, stored on the device by y-indexeddb and synced through the relay by y-websocket, with a
 * Plan JSON snapshot and a sync state the UI subscribes to.
 */
export class Replica implements PlanHandle {
  readonly doc = new Y.Doc();
  readonly whenLoaded: Promise<void>;
  private readonly persistence: IndexeddbPersistence;
  private readonly provider: WebsocketProvider;
  private readonly listeners = new Set<() => void>();
  private readonly catalogue;
  private readonly stopAccess: () => void;
  private snapshot: Plan | null = null;
  private isLoaded = false;
  private state: SyncState = INITIAL_SYNC;
  private refusedReason: string | null = null;
  /** Set once the relay has sent a stored receipt: from then on only receipts clear `pending`. */
  private receiptsSupported = false;
  private pendingChanges = new PendingChanges();
  private changedAt = new Date().toISOString();
  private snapshotQueued = false;

  constructor(readonly planId: string) {
    const serverUrl = defaultServerUrl();
    this.persistence = new IndexeddbPersistence(PLAN_DB_PREFIX + planId, this.doc);
    // Connects (with this device's token) once the catalogue is read, whatever navigator.onLine says: it retries
    // with backoff, and onLine is only a hint.
    this.provider = new WebsocketProvider(serverUrl, planId, this.doc, { connect: false });
    this.catalogue = createCatalogueWriter(planId, serverUrl, () => ({
      plan: this.snapshot,
      sync: this.state,
      changedAt: this.changedAt,
    }));
    this.doc.on('update', this.onUpdate);
    this.provider.on('sync', this.onSynced);
    this.provider.on('status', this.refreshConnection);
    this.provider.on('closed', this.onClosed);
    onStoredReceipt(this.provider, this.onReceipt);
    window.addEventListener('online', this.onNetworkChange);
    window.addEventListener('offline', this.onNetworkChange);
    this.stopAccess = connectWithAccess(planId, this.provider, this.onTokenChange);
    this.whenLoaded = this.load();
  }

  plan = () => this.snapshot;
  /** The provider's presence state; only client/src/data/presence.ts reads it. */
  awareness = () => this.provider.awareness;
  sync = () => this.state;
  loaded = () => this.isLoaded;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  destroy(): void {
    this.catalogue.flush();
    this.stopAccess();
    this.doc.off('update', this.onUpdate);
    window.removeEventListener('online', this.onNetworkChange);
    window.removeEventListener('offline', this.onNetworkChange);
    this.provider.destroy();
    void this.persistence.destroy();
    this.doc.destroy();
  }

  private async load(): Promise<void> {
    const row = await deviceDb.plans.get(this.planId).catch(() => undefined);
    if (row) {
      this.changedAt = row.updatedAt;
      if (!this.receiptsSupported) this.pendingChanges = new PendingChanges(row.pendingCount ?? (row.pendingChanges ? 1 : 0));
      const pendingCount = this.pendingChanges.count;
      this.setSync({ pending: pendingCount > 0, pendingCount, lastSyncedAt: this.state.lastSyncedAt ?? row.lastSyncedAt });
    }
    await this.persistence.whenSynced;
    this.isLoaded = true;
    this.takeSnapshot();
  }

  private notify(): void {
    this.listeners.forEach((l) => l());
  }

  private setSync(patch: Partial<SyncState>): void {
    const next = { ...this.state, ...patch, refusedReason: this.refusedReason };
    next.connection = connectionOf({
      online: navigator.onLine,
      wsConnected: this.provider.wsconnected,
      synced: this.provider.synced,
      refusedReason: this.refusedReason,
    });
    this.state = next;
    this.notify();
    this.catalogue.schedule();
  }

  private takeSnapshot(): void {
    this.snapshot = isPlanDoc(this.doc) ? planFromDoc(this.doc) : null;
    this.notify();
    this.catalogue.schedule();
  }

  private onUpdate = (_update: Uint8Array, origin: unknown): void => {
    if (origin !== this.persistence) this.changedAt = new Date().toISOString();
    if (origin !== this.provider && origin !== this.persistence) this.onLocalChange();
    // Coalesce bursts (a sync step applies many transactions) into one snapshot.
    if (this.snapshotQueued) return;
    this.snapshotQueued = true;
    queueMicrotask(() => {
      this.snapshotQueued = false;
      this.takeSnapshot();
    });
  };

  /**
   * A local edit. With receipts it is pending until the server says it is stored; without them (a stock relay),
   * an edit made while connected and synced has been sent, which is the best we can know.
   */
  private onLocalChange(): void {
    this.pendingChanges.recordLocal(this.doc);
    const live = this.provider.wsconnected && this.provider.synced;
    if (live && !this.receiptsSupported) return this.markSentToStockRelay();
    const wasPending = this.state.pending;
    this.setSync({ pending: true, pendingCount: this.pendingChanges.count });
    // The catalogue is written a moment later; a reload in that moment must not leave the plans list saying
    // "saved to the server" for an edit that is not, so the first pending edit is recorded at once.
    if (!wasPending) {
      void deviceDb.plans.update(this.planId, { pendingChanges: true, pendingCount: this.pendingChanges.count }).catch(() => 0);
    }
  }

  private onSynced = (synced: boolean): void => {
    // A Concord relay sends its receipt right after the sync answer; only a relay that never sent one gets the
    // "synced means sent" fallback, and only after giving the receipt time to arrive.
    if (synced && !this.receiptsSupported) {
      setTimeout(() => {
        if (!this.receiptsSupported && this.provider.synced) this.markSentToStockRelay();
      }, STOCK_RELAY_GRACE_MS);
    }
    this.setSync({});
  };

  private markSentToStockRelay(): void {
    this.pendingChanges.clear();
    this.setSync({ pending: false, pendingCount: 0, lastSyncedAt: new Date().toISOString() });
  }

  private onReceipt = (stored: Map<number, number>): void => {
    this.receiptsSupported = true;
    const pendingCount = this.pendingChanges.applyReceipt(stored, this.doc);
    if (pendingCount === 0) this.setSync({ pending: false, pendingCount, lastSyncedAt: new Date().toISOString() });
    else this.setSync({ pending: true, pendingCount });
  };

  private onClosed = (event: { code: number; reason: string }): void => {
    this.refusedReason = event.reason || String(event.code);
    this.setSync({});
  };

  /** A new token (plan registered, invite opened): a refusal of the old one no longer applies. */
  private onTokenChange = (): void => {
    this.refusedReason = null;
    this.setSync({});
  };

  private refreshConnection = (): void => {
    this.setSync({});
  };

  /**
   * The browser says the network changed. The old socket may be half-open (frames silently dropped, no close
   * event until the 30 s watchdog), so start a fresh connection: its sync exchange sends whatever the server lacks.
   */
  private onNetworkChange = (): void => {
    if (this.refusedReason === null) {
      this.provider.disconnect();
      this.provider.connect();
    }
    this.setSync({});
  };
}
