import { applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { CLUSTER_ORIGIN, type ClusterFeed } from './cluster-feed';
import type { Room } from './room';
import type { Rooms } from './rooms';

/** How often a node checks the log for rows it was not told about (ms). */
export const DEFAULT_POLL_MS = 2000;

/** A running link between this node's rooms and the other nodes. */
export interface ClusterLink {
  /** Stops the poll and the feed. */
  stop(): Promise<void>;
}

interface LinkOptions {
  pollMs: number;
  /** Drops this node's live connections of a revoked token. */
  dropToken(tokenId: string): void;
  /** Run on each poll: drops connections whose token was revoked while a revocation notice was lost. */
  sweepRevoked(): Promise<void>;
  log(event: string, detail: Record<string, unknown>): void;
}

/**
 * Joins `rooms` to the other relay nodes sharing the store: a notification or the poll makes a room read the rows
 * it lacks (Room.catchUp); local clients' presence is published and other nodes' presence applied; a token revoked
 * on any node loses its connections here too (notice, or the next poll).
 */
export async function linkCluster(rooms: Rooms, feed: ClusterFeed, options: LinkOptions): Promise<ClusterLink> {
  const catchUpIfBehind = (id: string, seq: number) => {
    const room = rooms.get(id);
    if (room && room.state === 'ready' && seq > room.appliedSeq) void room.catchUp();
  };
  await feed.start({
    roomChanged: catchUpIfBehind,
    awareness: (id, update) => receivePresence(rooms.get(id), update, feed, options),
    tokenRevoked: (tokenId) => options.dropToken(tokenId),
  });
  rooms.onRoomCreated((room) => sharePresence(room, feed));
  const poll = oneAtATime('poll-failed', options, async () => {
    const ids = rooms.loadedIds();
    if (ids.length > 0) (await feed.lastSeqs(ids)).forEach((seq, id) => catchUpIfBehind(id, seq));
  });
  const sweep = oneAtATime('revocation-check-failed', options, options.sweepRevoked);
  const timer = setInterval(() => {
    poll();
    sweep();
  }, options.pollMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await feed.close();
    },
  };
}

/** Wraps `task` so a call while the previous run is pending is skipped, and failures are logged as `event`. */
function oneAtATime(event: string, options: LinkOptions, task: () => Promise<void>): () => void {
  let running = false;
  return () => {
    if (running) return;
    running = true;
    task()
      .catch((error: unknown) => options.log(event, { error: String(error) }))
      .finally(() => (running = false));
  };
}

/** Publishes what this node's clients announce; asks the other nodes for theirs once the room has loaded. */
function sharePresence(room: Room, feed: ClusterFeed): void {
  room.awareness.on('update', (change: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
    // Only clients' own announcements travel: not other nodes' (no echo) and not local timeouts (each node has its own).
    if (origin === CLUSTER_ORIGIN || typeof origin !== 'object' || origin === null) return;
    const ids = [...change.added, ...change.updated, ...change.removed];
    feed.publishAwareness(room.id, encodeAwarenessUpdate(room.awareness, ids));
  });
  void room.ready.then((ok) => ok && feed.publishAwareness(room.id, null));
}

function receivePresence(room: Room | undefined, update: Uint8Array | null, feed: ClusterFeed, options: LinkOptions): void {
  if (!room || room.state !== 'ready') return;
  if (update === null) {
    const ids = [...room.awareness.getStates().keys()];
    if (room.size > 0 && ids.length > 0) feed.publishAwareness(room.id, encodeAwarenessUpdate(room.awareness, ids));
    return;
  }
  try {
    applyAwarenessUpdate(room.awareness, update, CLUSTER_ORIGIN);
  } catch (error) {
    options.log('presence-apply-failed', { room: room.id, error: String(error) });
  }
}
