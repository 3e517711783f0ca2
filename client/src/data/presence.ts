// Presence (y-websocket awareness): who has this plan open and where they are in a meeting. Ephemeral by design:
// nothing here is stored in the plan; it vanishes when a device closes the plan or goes offline.
import { useEffect, useState } from 'react';
import type { PlanHandle, Replica } from './replica/plan-replica';

/** What one device tells the others about itself. */
export interface PresenceInfo {
  name: string;
  organisation: string;
  /** The meeting whose walk-through this device has open, or null. */
  meetingId: string | null;
  /** The action shown in that walk-through, or null. */
  actionId: string | null;
  /** This device is running the meeting: followers move with it. */
  facilitating: boolean;
}

export interface Peer extends PresenceInfo {
  clientId: number;
  self: boolean;
}

const PRESENCE_FIELD = 'concord';

function awarenessOf(handle: PlanHandle) {
  return (handle as Replica).awareness();
}

function isPresence(value: unknown): value is PresenceInfo {
  return typeof value === 'object' && value !== null && typeof (value as PresenceInfo).name === 'string';
}

function readPeers(handle: PlanHandle): Peer[] {
  const awareness = awarenessOf(handle);
  const peers: Peer[] = [];
  awareness.getStates().forEach((state, clientId) => {
    const info: unknown = state[PRESENCE_FIELD];
    if (isPresence(info)) peers.push({ ...info, clientId, self: clientId === awareness.clientID });
  });
  return peers.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name) || a.clientId - b.clientId);
}

/** Everyone announcing themselves in this plan (this device first); re-renders when anyone arrives, moves or leaves. */
export function usePeers(handle: PlanHandle | null): Peer[] {
  const [peers, setPeers] = useState<Peer[]>([]);
  useEffect(() => {
    if (!handle) return;
    const awareness = awarenessOf(handle);
    const refresh = () => setPeers(readPeers(handle));
    refresh();
    awareness.on('change', refresh);
    return () => awareness.off('change', refresh);
  }, [handle]);
  return peers;
}

/**
 * Announces this device in the plan while the calling component is mounted (and updates it when `info` changes);
 * withdraws the announcement on unmount.
 */
export function useAnnouncePresence(handle: PlanHandle | null, info: PresenceInfo | null): void {
  const key = info ? JSON.stringify(info) : '';
  useEffect(() => {
    if (!handle || !info) return;
    awarenessOf(handle).setLocalStateField(PRESENCE_FIELD, info);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` is `info` by value
  }, [handle, key]);
  useEffect(() => {
    if (!handle) return;
    return () => awarenessOf(handle).setLocalStateField(PRESENCE_FIELD, null);
  }, [handle]);
}
