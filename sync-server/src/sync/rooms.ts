import type { UpdateStore } from '../store/update-store';
import { Room, type RoomClient, type RoomOptions } from './room';

/** Registry tuning. */
export interface RoomsOptions extends Omit<RoomOptions, 'onFailed'> {
  /** How long an empty room stays loaded, in case someone reconnects (ms). */
  unloadGraceMs: number;
}

/**
 * The loaded rooms. A room loads on first join and unloads (compacting into a snapshot) after its last client
 * leaves and the grace period passes. A room re-opened while its previous instance is still unloading waits for
 * that unload to finish, so two instances never write the same room at once.
 */
export class Rooms {
  private readonly live = new Map<string, Room>();
  private readonly unloading = new Map<string, Promise<void>>();
  private readonly timers = new Map<Room, NodeJS.Timeout>();
  private readonly createdListeners: ((room: Room) => void)[] = [];

  constructor(
    private readonly store: UpdateStore,
    private readonly options: RoomsOptions,
  ) {}

  /** Number of rooms in memory. */
  get size(): number {
    return this.live.size;
  }

  /** The loaded room `id`, if any. */
  get(id: string): Room | undefined {
    return this.live.get(id);
  }

  /** Ids of the rooms in memory. */
  loadedIds(): string[] {
    return [...this.live.keys()];
  }

  /** Calls `listener` with every room created from now on, before anyone joins it (the cluster link hooks in here). */
  onRoomCreated(listener: (room: Room) => void): void {
    this.createdListeners.push(listener);
  }

  /** Adds `client` to room `id`, loading the room if needed. Await `room.ready` before answering the client. */
  join(id: string, client: RoomClient): Room {
    let room = this.live.get(id);
    if (!room) {
      room = new Room(id, this.store, { ...this.options, onFailed: (r) => this.forget(r) }, this.unloading.get(id));
      this.live.set(id, room);
      for (const listener of this.createdListeners) listener(room);
    }
    this.cancelUnload(room);
    room.join(client);
    return room;
  }

  /** Removes `client` from `room`; schedules the unload when it was the last one. */
  leave(room: Room, client: RoomClient): void {
    room.leave(client);
    if (room.size > 0 || this.live.get(room.id) !== room || this.timers.has(room)) return;
    const timer = setTimeout(() => this.unload(room), this.options.unloadGraceMs);
    this.timers.set(room, timer);
  }

  /** Unloads every room now (compacting each) and waits for all unloads, including ones already under way. */
  async closeAll(): Promise<void> {
    for (const room of [...this.live.values()]) this.unload(room);
    await Promise.all(this.unloading.values());
  }

  private unload(room: Room): void {
    this.cancelUnload(room);
    if (this.live.get(room.id) !== room) return;
    this.live.delete(room.id);
    const done = room.close().catch((error: unknown) => {
      this.options.log('unload-failed', { room: room.id, error: String(error) });
    });
    this.unloading.set(room.id, done);
    void done.then(() => {
      if (this.unloading.get(room.id) === done) this.unloading.delete(room.id);
      this.options.log('room-unloaded', { room: room.id });
    });
  }

  private forget(room: Room): void {
    this.cancelUnload(room);
    if (this.live.get(room.id) === room) this.live.delete(room.id);
  }

  private cancelUnload(room: Room): void {
    const timer = this.timers.get(room);
    if (timer) clearTimeout(timer);
    this.timers.delete(room);
  }
}
