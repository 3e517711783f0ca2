/**
 * Replays a local edit (base -> local) onto text that changed underneath it (base -> remote), so a field the user
 * is typing in can take a collaborator's change without either side's words being lost.
 * The local edit is read as one replaced span (the common prefix and suffix of base and local stay). The span is
 * replayed where its leading context now sits in remote; if the text it replaced has changed there, the new words
 * are inserted and the collaborator's words kept. Nothing is ever dropped: at worst both versions are present.
 */
export function rebaseEdit(base: string, local: string, remote: string): string {
  if (remote === base || remote === local) return local;
  if (local === base) return remote;
  const { prefix, suffix } = commonEnds(base, local);
  const before = base.slice(0, prefix);
  const removed = base.slice(prefix, base.length - suffix);
  const after = base.slice(base.length - suffix);
  const inserted = local.slice(prefix, local.length - suffix);
  const at = anchor(remote, before, prefix);
  if (at >= 0) {
    const keep = remote.slice(at).startsWith(removed) ? removed.length : 0;
    return remote.slice(0, at) + inserted + remote.slice(at + keep);
  }
  const tail = after === '' ? -1 : remote.indexOf(after);
  if (tail >= 0) return remote.slice(0, tail) + inserted + remote.slice(tail);
  if (inserted === '') return remote;
  return remote === '' || remote.endsWith('\n') ? remote + inserted : `${remote}\n${inserted}`;
}

/** Where the local edit's leading context ends in remote, or -1 when that context is gone. */
function anchor(remote: string, before: string, prefix: number): number {
  if (remote.startsWith(before)) return prefix;
  const found = remote.indexOf(before);
  return found >= 0 ? found + before.length : -1;
}

export function commonEnds(a: string, b: string): { prefix: number; suffix: number } {
  const max = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < max && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  return { prefix, suffix };
}
