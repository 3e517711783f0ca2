import { useEffect, useState } from 'react';

/** granted: the browser will not evict our data; refused: it may, under storage pressure. */
export type PersistenceState = 'checking' | 'granted' | 'refused' | 'unsupported';

let asked: Promise<PersistenceState> | null = null;

/** Asks once per page load for persistent storage, so offline edits are not evicted under storage pressure. */
export function requestPersistentStorage(): Promise<PersistenceState> {
  asked ??= (async (): Promise<PersistenceState> => {
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (!storage?.persist) return 'unsupported';
    try {
      if (await storage.persisted()) return 'granted';
      return (await storage.persist()) ? 'granted' : 'refused';
    } catch {
      return 'refused';
    }
  })();
  return asked;
}

export function usePersistentStorage(): PersistenceState {
  const [state, setState] = useState<PersistenceState>('checking');
  useEffect(() => {
    let live = true;
    void requestPersistentStorage().then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, []);
  return state;
}
