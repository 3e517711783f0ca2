import * as Y from 'yjs';

/** True when `doc` holds everything `sv` (a state vector) names. */
export function docCovers(doc: Y.Doc, sv: Map<number, number>): boolean {
  const have = Y.decodeStateVector(Y.encodeStateVector(doc));
  for (const [client, clock] of sv) if ((have.get(client) ?? 0) < clock) return false;
  return true;
}

/** Resolves when `doc` covers `sv`; rejects after `timeoutMs`. */
export function waitCovered(doc: Y.Doc, sv: Map<number, number>, timeoutMs: number): Promise<void> {
  if (docCovers(doc, sv)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onUpdate = (): void => {
      if (!docCovers(doc, sv)) return;
      cleanup();
      resolve();
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`not merged within ${timeoutMs} ms`));
    }, timeoutMs);
    const cleanup = (): void => {
      clearTimeout(timer);
      doc.off('update', onUpdate);
    };
    doc.on('update', onUpdate);
  });
}

/** Rejects after `ms` unless `promise` settles first. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
