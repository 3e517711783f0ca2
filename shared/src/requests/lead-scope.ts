/* eslint-disable @typescript-eslint/no-explicit-any -- Yjs types its shared types by their event, which a walk over any of them cannot name */
import * as Y from 'yjs';
import { LEAD_WRITABLE_ROOT, REQUEST_ROOT } from './schema';

/** Why an update from a lead's link was refused: it touched something the link may not write. */
export interface ScopeViolation {
  /** The root shared type it changed (`actions`, `request`, `responses`, or a name the schema does not know). */
  root: string;
  /** The key under that root it changed (an action id), or null. */
  key: string | null;
}

/**
 * Checks an update sent with a lead's request link against what that link may write: entries of `responses`,
 * and only under the ids of the actions the request holds. Returns the first change outside that, or null when
 * every change is inside it.
 *
 * The update is applied to a scratch copy of `doc` (request docs are small: one lead's actions) and the changes
 * are read off the transaction, so the check sees exactly what Yjs would change, nested types included, and
 * `doc` itself is never touched. The caller must already have refused updates that lack dependencies (anything
 * left pending is refused here too, as unknowable).
 */
export function leadScopeViolation(doc: Y.Doc, update: Uint8Array): ScopeViolation | null {
  const scratch = new Y.Doc({ gc: false });
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
  const allowed = new Set(scratch.getMap(REQUEST_ROOT.actions).keys());
  let violation: ScopeViolation | null = null;
  scratch.on('afterTransaction', (transaction: Y.Transaction) => {
    for (const [type, keys] of transaction.changed) {
      violation ??= violationOf(scratch, type, keys, allowed);
    }
  });
  try {
    Y.applyUpdate(scratch, update);
  } finally {
    scratch.destroy();
  }
  if (violation === null && (scratch.store.pendingStructs !== null || scratch.store.pendingDs !== null)) {
    return { root: '', key: null };
  }
  return violation;
}

function violationOf(doc: Y.Doc, type: Y.AbstractType<any>, keys: Set<string | null>, allowed: ReadonlySet<string>): ScopeViolation | null {
  // Walk up to the root, remembering the item directly under it: its key is the action id the change is under.
  let top: Y.Item | null = null;
  let at: Y.AbstractType<any> = type;
  while (at._item !== null) {
    top = at._item;
    at = top.parent as Y.AbstractType<any>;
  }
  const root = rootName(doc, at);
  if (top === null) {
    // A change to a root itself: each key it changed must be one of the request's actions, in `responses`.
    for (const key of keys) {
      if (root !== LEAD_WRITABLE_ROOT || key === null || !allowed.has(key)) return { root, key };
    }
    return null;
  }
  const key = top.parentSub;
  return root === LEAD_WRITABLE_ROOT && key !== null && allowed.has(key) ? null : { root, key };
}

function rootName(doc: Y.Doc, type: Y.AbstractType<any>): string {
  for (const [name, shared] of doc.share) if (shared === type) return name;
  return '';
}
