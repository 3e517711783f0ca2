/**
 * Resolves once every write already queued on `db` has been committed: a read-only transaction over a store waits
 * for the read-write ones created before it (IndexedDB's ordering rule). y-indexeddb queues a write per change and
 * does not say when it lands; a page about to reload into a new version waits for this instead.
 */
export function whenWritesSettled(db: IDBDatabase | null, storeNames: string[] = ['updates']): Promise<void> {
  if (!db) return Promise.resolve();
  return new Promise((done) => {
    try {
      const tx = db.transaction(storeNames, 'readonly');
      tx.oncomplete = () => done();
      tx.onerror = () => done();
      tx.onabort = () => done();
      tx.objectStore(storeNames[0]!).count();
    } catch {
      done(); // the database is closing: nothing more will be written through it
    }
  });
}
