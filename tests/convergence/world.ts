import * as Y from 'yjs';
import * as prng from 'lib0/prng';
import { bindSchema, CURRENT_SCHEMA, migratePlanDoc, schemaStatus, type Schema } from '@concord/shared';
import { DeviceStore, Link, NET, diffFor } from './network';

/** Where the relay keeps its durable copy; the fuzz uses the relay's real store behind this. */
export interface RelayLog {
  append(update: Uint8Array): Promise<unknown>;
  load(): Promise<Uint8Array | null>;
}

export interface Replica {
  name: string;
  doc: Y.Doc;
  store: DeviceStore;
  online: boolean;
  up: Link;
  down: Link;
  generation: number;
  /** The app version this device runs. */
  schema: Schema;
  /**
   * The client's sync gate (client/src/data/replica/sync-gate.ts): on each connection it sends nothing until the relay's
   * answer to its sync step 1 has arrived and shown a doc it may write to; then its own step 2 and live updates.
   */
  cleared: boolean;
  /** The relay's state vector when this connection opened: what the held step 2 answers. */
  relaySv: Uint8Array | null;
}

/** The gate's rule: a device shares nothing while its doc was saved by a newer version than its app. */
const mayShare = (r: Replica) => !schemaStatus(r.doc).newer;

/** Five replicas and one relay in a star, as in production: devices only ever talk to the relay. */
export class World {
  replicas: Replica[] = [];
  relay = new Y.Doc();
  private nextClientId: () => number;

  private constructor(private gen: prng.PRNG, private log: RelayLog) {
    this.nextClientId = () => prng.uint32(gen, 1, 0x7fffffff);
  }

  static async create(gen: prng.PRNG, count: number, log: RelayLog): Promise<World> {
    const world = new World(gen, log);
    world.relay = await world.loadRelay();
    for (let i = 0; i < count; i++) world.replicas.push(world.newReplica(`r${i}`));
    return world;
  }

  private async loadRelay(): Promise<Y.Doc> {
    const doc = new Y.Doc();
    doc.clientID = this.nextClientId();
    const stored = await this.log.load();
    if (stored) Y.applyUpdate(doc, stored, NET);
    return doc;
  }

  private newReplica(name: string): Replica {
    const store = new DeviceStore();
    const replica: Replica = {
      name, store, online: true, up: new Link(), down: new Link(), generation: 0, doc: store.load(this.nextClientId()),
      schema: CURRENT_SCHEMA, cleared: true, relaySv: null,
    };
    this.watch(replica);
    return replica;
  }

  /**
   * Every update is persisted on the device; local ones also go up the link once the gate is open. The doc runs
   * its app's migrations on load, as the client does.
   */
  private watch(replica: Replica): void {
    const doc = replica.doc;
    bindSchema(doc, replica.schema);
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (doc !== replica.doc) return;
      replica.store.add(update);
      if (origin !== NET && replica.online && replica.cleared && mayShare(replica)) replica.up.push(update);
    });
    migratePlanDoc(doc);
  }

  /** The relay stores before it applies and fans out, like the real one. */
  async relayReceive(from: Replica, update: Uint8Array): Promise<void> {
    await this.log.append(update);
    Y.applyUpdate(this.relay, update, NET);
    for (const other of this.replicas) if (other !== from && other.online) other.down.push(update);
  }

  /** Sync step 1 both ways: the relay answers at once; the device holds its answer until the relay's has arrived. */
  connect(replica: Replica): void {
    replica.online = true;
    replica.cleared = false;
    replica.relaySv = Y.encodeStateVector(this.relay);
    replica.down.push(diffFor(this.relay, replica.doc), true);
  }

  disconnect(replica: Replica): void {
    replica.online = false;
    replica.cleared = false;
    replica.up.drop();
    replica.down.drop();
  }

  /**
   * A message from the relay arrives: the device applies it and, as the client does after remote changes, runs its
   * migrations. The relay's step 2 opens the gate, unless it showed a doc newer than this device's app.
   */
  private receive(replica: Replica, update: Uint8Array, step2: boolean): void {
    Y.applyUpdate(replica.doc, update, NET);
    migratePlanDoc(replica.doc);
    if (!step2 || !mayShare(replica)) return;
    replica.cleared = true;
    replica.up.push(Y.encodeStateAsUpdate(replica.doc, replica.relaySv ?? undefined));
  }

  /** The device installs the next version of the app (its schema) and reloads into it. */
  updateApp(replica: Replica, schema: Schema): void {
    replica.schema = schema;
    this.reload(replica);
  }

  /** A page reload: the in-memory doc is gone, a new one (new client id) is rebuilt from the device's store. */
  reload(replica: Replica): void {
    const wasOnline = replica.online;
    this.disconnect(replica);
    replica.doc.destroy();
    replica.doc = replica.store.load(this.nextClientId());
    replica.generation += 1;
    this.watch(replica);
    if (wasOnline) this.connect(replica);
  }

  /** The relay process restarts: every connection breaks; the doc comes back from its store. */
  async restartRelay(): Promise<void> {
    const online = this.replicas.filter((r) => r.online);
    for (const r of online) this.disconnect(r);
    this.relay.destroy();
    this.relay = await this.loadRelay();
    for (const r of online) this.connect(r);
  }

  /** Delivers one message on a random non-empty link; `duplicate` re-applies it (y-websocket can resend). */
  async deliverOne(duplicate: boolean): Promise<string | null> {
    const links = this.replicas.flatMap((r) => [
      ...(r.up.queue.length ? [{ r, dir: 'up' as const }] : []),
      ...(r.down.queue.length ? [{ r, dir: 'down' as const }] : []),
    ]);
    if (links.length === 0) return null;
    const { r, dir } = prng.oneOf(this.gen, links);
    const { update, step2 = false } = (dir === 'up' ? r.up : r.down).take()!;
    for (let i = 0; i < (duplicate ? 2 : 1); i++) {
      if (dir === 'up') await this.relayReceive(r, update);
      else this.receive(r, update, step2);
    }
    return `deliver ${dir} ${r.name}${duplicate ? ' (twice)' : ''}`;
  }

  /** Ends the schedule: everyone on `schema` (when given), online, every link drained. */
  async settle(schema?: Schema): Promise<void> {
    for (const r of this.replicas) if (schema && r.schema !== schema) this.updateApp(r, schema);
    for (const r of this.replicas) if (!r.online) this.connect(r);
    for (let guard = 0; guard < 100_000 && (await this.deliverOne(false)) !== null; guard++);
  }
}
