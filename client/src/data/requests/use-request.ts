import { useEffect, useState, useSyncExternalStore } from 'react';
import type { UpdateRequest } from '@concord/shared/requests';
import { defaultServerUrl } from '../device/server-url';
import { RequestReplica, type RequestHandle, type RequestSyncState } from './request-replica';

export interface UseRequest {
  handle: RequestHandle | null;
  /** Null until the request is on this device (from IndexedDB, or from the relay on the first visit). */
  request: UpdateRequest | null;
  sync: RequestSyncState;
}

const CONNECTING: RequestSyncState = { connection: 'connecting', refusedReason: null };
const noop = () => () => {};

/** Opens a lead's update request (its replica) while mounted, with the link's token, and re-renders on each change. */
export function useRequest(requestId: string, token: string): UseRequest {
  const [handle, setHandle] = useState<RequestReplica | null>(null);
  useEffect(() => {
    const replica = new RequestReplica(requestId, defaultServerUrl(), token);
    setHandle(replica);
    return () => replica.destroy();
  }, [requestId, token]);
  const request = useSyncExternalStore(handle?.subscribe ?? noop, () => handle?.request() ?? null);
  const sync = useSyncExternalStore(handle?.subscribe ?? noop, () => handle?.sync() ?? CONNECTING);
  return { handle, request, sync };
}
