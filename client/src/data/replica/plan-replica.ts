import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import { CloseReason, offeredSubprotocols, speaksAnswered } from '@concord/shared/protocol';
import { bindSchema, isPlanDoc, migratePlanDoc, planFromDoc, schemaStatus, type Plan, type SchemaStatus } from '@concord/shared';
import { registerWriteSettler } from '../../lib/local-writes';
import { reportPlan } from '../../lib/version-facts';
import { APP_SCHEMA } from './app-schema';
import { deviceDb } from '../device/device-db';
import { createCatalogueWriter } from '../catalogue/catalogue-writer';
import { PLAN_DB_PREFIX } from './plan-db-name';
import { defaultServerUrl } from '../device/server-url';
import { PendingChanges } from './pending-changes';
import { onStoredReceipt } from './stored-receipts';
import { connectionOf, INITIAL_SYNC, type HeldReason, type SyncState } from './sync-state';
import { connectWithAccess } from '../sharing/plan-access';
import { gateSync } from './sync-gate';
import { whenWritesSettled } from '../device/idb-settled';
import { createSnapshotWriter, readPlanSnapshot } from './plan-snapshot-cache';

/** How long to wait for a first receipt before treating the relay as a stock one that never sends them. */
const STOCK_RELAY_GRACE_MS = 3000;
/** How long syncing waits for the device's stored copy: a store that never answers must not keep a plan offline. */
const LOCAL_LOAD_GRACE_MS = 3000;
/** How long a cached snapshot waits to be drawn before the stored copy is read anyway (no screen may show it). */
const PREVIEW_DRAW_GRACE_MS = 1000;

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
  /** The doc's version against this app's; null until the doc holds a plan. `newer`: read-only until updated. */
  schema(): SchemaStatus | null;
  subscribe(listener: () => void): () => void;
  /** The UI has drawn the current snapshot (a cached one waits for this before the stored copy is read). */
  drawn(): void;
}


/**
 * One plan's Y.Doc, stored on the device by y-indexeddb and synced through the relay by y-websocket, with a
 * Plan JSON snapshot and a sync state the UI subscribes to.
 */
export class Replica implements PlanHandle {
  readonly doc = new Y.Doc();
  readonly whenLoaded: Promise<void>;
  /** Created once a cached snapshot (if any) is on screen: reading a big stored copy blocks the page for a while. */
  private persistence: IndexeddbPersistence | null = null;
  private readonly provider: WebsocketProvider;
  private readonly listeners = new Set<() => void>();
  private readonly catalogue;
  private readonly gate;
  private readonly stopWriteSettler: () => void;
  private stopAccess: () => void = () => {};
  private destroyed = false;
  private snapshot: Plan | null = null;
  private isLoaded = false;
  private state: SyncState = INITIAL_SYNC;
  private refusedReason: string | null = null;
  /** Set once the relay has sent a stored receipt: from then on only receipts clear `pending`. */
  private receiptsSupported = false;
  private pendingChanges = new PendingChanges();
  private changedAt = new Date().toISOString();
  private snapshotQueued = false;
  /** Counts doc updates; the snapshot records the count it was taken at, so an unchanged doc is not re-read. */
  private docVersion = 0;
  private snapshotVersion = -1;
  private schemaState: SchemaStatus | null = null;
  private migrationQueued = false;
  /** The snapshot shown is the cached one from the plan's last visit, not yet one of this doc. */
  private previewing = false;
  private onDrawn: (() => void) | null = null;
  private readonly snapshotWriter: ReturnType<typeof createSnapshotWriter>;

  constructor(readonly planId: string) {
    const serverUrl = defaultServerUrl();
    // Before anything reads or writes the doc: this build's migrations, and what counts as newer than this app.
    bindSchema(this.doc, APP_SCHEMA);
    this.snapshotWriter = createSnapshotWriter(planId, () =>
      this.isLoaded && this.snapshot && !this.previewing ? { plan: this.snapshot, version: this.snapshotVersion } : null,
    );
    // Connects once the stored copy is loaded (see connectAfterLoad).
    // The protocol versions this app speaks go as WebSocket subprotocols; the relay answers with one or refuses.
    this.provider = new WebsocketProvider(serverUrl, planId, this.doc, { connect: false, protocols: offeredSubprotocols() });
    // Nothing leaves the device until the relay's copy has been seen, and nothing at all while the plan is newer.
    this.gate = gateSync(this.provider, this.doc, this.mayShare);
    this.stopWriteSettler = registerWriteSettler(() => whenWritesSettled(this.persistence?.db ?? null));
    this.catalogue = createCatalogueWriter(planId, serverUrl, () => ({
      // The catalogue reflects the doc; a cached snapshot may be older than it.
      plan: this.previewing ? null : this.snapshot,
      sync: this.state,
      changedAt: this.changedAt,
    }));
    this.doc.on('update', this.onUpdate);
    this.doc.on('beforeTransaction', this.onBeforeTransaction);
    this.provider.on('sync', this.onSynced);
    this.provider.on('status', this.refreshConnection);
    this.provider.on('closed', this.onClosed);
    onStoredReceipt(this.provider, this.onReceipt);
    window.addEventListener('online', this.onNetworkChange);
    window.addEventListener('offline', this.onNetworkChange);
    window.addEventListener('pagehide', this.snapshotWriter.flush);
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    this.whenLoaded = this.load();
    void this.connectAfterLoad();
  }

  plan = () => this.snapshot;
  /** The provider's presence state; only client/src/data/presence.ts reads it. */
  awareness = () => this.provider.awareness;
  sync = () => this.state;
  loaded = () => this.isLoaded;
  schema = () => this.schemaState;
  drawn = () => this.onDrawn?.();
  /** Whether anything may be sent from this copy: not while a newer version of Concord saved the plan. */
  private mayShare = (): boolean => this.heldReason() === null;

  private heldReason(): HeldReason | null {
    return schemaStatus(this.doc).newer ? 'newer-plan' : null;
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  destroy(): void {
    this.destroyed = true;
    this.catalogue.flush();
    this.snapshotWriter.flush();
    window.removeEventListener('pagehide', this.snapshotWriter.flush);
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.stopAccess();
    this.stopWriteSettler();
    this.gate.stop();
    reportPlan(this.planId, null);
    this.doc.off('update', this.onUpdate);
    this.doc.off('beforeTransaction', this.onBeforeTransaction);
    window.removeEventListener('online', this.onNetworkChange);
    window.removeEventListener('offline', this.onNetworkChange);
    this.provider.destroy();
    void this.persistence?.destroy();
    this.doc.destroy();
  }

  private async load(): Promise<void> {
    const [row, cached] = await Promise.all([deviceDb.plans.get(this.planId).catch(() => undefined), readPlanSnapshot(this.planId)]);
    if (cached && !this.destroyed) await this.showCached(cached);
    if (this.destroyed) return;
    this.persistence = new IndexeddbPersistence(PLAN_DB_PREFIX + this.planId, this.doc);
    if (row) {
      this.changedAt = row.updatedAt;
      if (!this.receiptsSupported) this.pendingChanges = new PendingChanges(row.pendingCount ?? (row.pendingChanges ? 1 : 0));
      const pendingCount = this.pendingChanges.count;
      this.setSync({ pending: pendingCount > 0, pendingCount, lastSyncedAt: this.state.lastSyncedAt ?? row.lastSyncedAt });
    }
    await this.persistence.whenSynced;
    this.isLoaded = true;
    this.previewing = false;
    // Migrations run on every load: they write only what the doc lacks (a doc from a newer version is left alone).
    this.migrate();
    // Loading the stored copy was one update, whose snapshot has usually just been taken: reading 2,000 actions
    // again would only delay the first render.
    if (this.snapshotVersion === this.docVersion) this.notify();
    else this.takeSnapshot();
  }

  /**
   * Syncing starts (with this device's token, once the catalogue is read, whatever navigator.onLine says: it
   * retries with backoff, and onLine is only a hint) after the stored copy is in the doc. Its first message then
   * asks the relay only for what this device lacks, rather than the whole plan again, and opening a big plan is
   * not slowed by the socket and by sending the loaded copy to the other tabs, which have it from the same store.
   */
  /**
   * Shows the plan as this device last saw it (read-only: `loaded()` stays false) and waits until a screen has drawn
   * it, so its rows are on screen before the stored copy is read and applied, which blocks a big plan's page for a
   * while. The screen's code may still be on its way: the wait is for the drawing, not for a frame.
   */
  private async showCached(cached: Plan): Promise<void> {
    if (this.snapshot !== null) return;
    this.snapshot = cached;
    this.previewing = true;
    const drawn = new Promise<void>((resolve) => {
      this.onDrawn = resolve;
      setTimeout(resolve, PREVIEW_DRAW_GRACE_MS);
    });
    this.notify();
    await drawn;
    this.onDrawn = null;
  }

  private onVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') this.snapshotWriter.flush();
  };

  private async connectAfterLoad(): Promise<void> {
    await Promise.race([this.whenLoaded, new Promise((resolve) => setTimeout(resolve, LOCAL_LOAD_GRACE_MS))]);
    if (!this.destroyed) this.stopAccess = connectWithAccess(this.planId, this.provider, this.onTokenChange);
  }

  private notify(): void {
    this.listeners.forEach((l) => l());
  }

  private setSync(patch: Partial<SyncState>): void {
    const next = { ...this.state, ...patch, refusedReason: this.refusedReason, heldReason: this.heldReason() };
    next.connection = connectionOf({
      online: navigator.onLine,
      wsConnected: this.provider.wsconnected,
      synced: this.provider.synced,
      refusedReason: this.refusedReason,
      heldReason: next.heldReason,
    });
    this.state = next;
    this.notify();
    this.catalogue.schedule();
  }

  private takeSnapshot(): void {
    this.snapshotVersion = this.docVersion;
    this.snapshot = isPlanDoc(this.doc) ? planFromDoc(this.doc) : null;
    this.previewing = false;
    if (this.isLoaded) this.snapshotWriter.schedule();
    this.schemaState = this.snapshot ? schemaStatus(this.doc) : null;
    const liveMeetingIds = (this.snapshot?.meetings ?? []).filter((m) => m.state === 'live').map((m) => m.id);
    reportPlan(this.planId, { newer: this.schemaState?.newer === true, liveMeetingIds });
    if (this.heldReason() !== this.state.heldReason) return this.setSync({});
    this.notify();
    this.catalogue.schedule();
  }

  private migrate(): void {
    migratePlanDoc(this.doc);
  }

  /**
   * Changes from other devices may include content an older app wrote: this app's migrations bring it up, once the
   * burst has been applied. (A build with no migrations, as the app ships today, queues nothing.)
   */
  private scheduleMigration(): void {
    if (APP_SCHEMA.migrations.length === 0 || this.migrationQueued) return;
    this.migrationQueued = true;
    setTimeout(() => {
      this.migrationQueued = false;
      if (!this.destroyed) this.migrate();
    });
  }

  /**
   * y-indexeddb reads the stored copy into the doc in one transaction, and Yjs encodes every transaction as an
   * update for whoever listens: for a 2,000-action plan that costs about as much as the snapshot and the first
   * render together, for nothing. y-indexeddb skips its own updates, the provider has nobody to send this one to
   * (it connects after the load; if it already is connected, the listeners stay), and the snapshot is taken on load.
   * So the update listeners are set aside for that one transaction and put back once it is done.
   */
  private onBeforeTransaction = (tr: Y.Transaction): void => {
    const persistence = this.persistence;
    if (!persistence || tr.origin !== persistence || this.isLoaded || this.provider.wsconnected || this.provider.bcconnected) return;
    const listeners = [persistence._storeUpdate, this.provider._updateHandler, this.onUpdate];
    listeners.forEach((l) => this.doc.off('update', l));
    this.doc.once('afterAllTransactions', () => {
      listeners.forEach((l) => this.doc.on('update', l));
      this.docVersion++;
    });
  };

  private onUpdate = (_update: Uint8Array, origin: unknown): void => {
    this.docVersion++;
    // Until the store is opened nothing comes from it (and a local change's null origin must not match it).
    const fromStore = this.persistence !== null && origin === this.persistence;
    if (!fromStore) this.changedAt = new Date().toISOString();
    if (origin !== this.provider && !fromStore) this.onLocalChange();
    if (origin === this.provider) this.scheduleMigration();
    // Coalesce bursts (a sync step applies many transactions) into one snapshot.
    if (this.snapshotQueued) return;
    this.snapshotQueued = true;
    queueMicrotask(() => {
      this.snapshotQueued = false;
      if (this.snapshotVersion !== this.docVersion) this.takeSnapshot();
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

  private refreshConnection = ({ status }: { status: string }): void => {
    // A relay that answered with a protocol version this app does not speak: stop before a frame is exchanged.
    const ws = this.provider.ws;
    if (status === 'connected' && ws && !speaksAnswered(ws.protocol)) {
      this.refusedReason = CloseReason.relayOutdated;
      this.provider.disconnect();
    }
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
