/**
 * Replays a local edit (base -> local) onto text that changed underneath it (base -> remote), so a field the user
 * is typing in can take a collaborator's change without either side's words being lost.
 * Both edits are read as one replaced span each (the common prefix and suffix stay). When they touch different parts
 * of the text, the local span is replayed where its place has moved to; when they overlap, after its leading context
 * in remote (or before its trailing context); if the text it replaced has changed there, the new words are inserted
 * and the collaborator's words kept. Nothing is ever dropped: at worst both versions are present.
 */
export function rebaseEdit(base: string, local: string, remote: string): string {
  if (remote === base || remote === local) return local;
  if (local === base) return remote;
  const mine = spanOf(base, local);
  const theirs = spanOf(base, remote);
  const mineEnd = mine.at + mine.removed.length;
  const theirsEnd = theirs.at + theirs.removed.length;
  // The two edits touch different parts of base (the usual case: two people typing in different places of one
  // field): replay the local one where its place has moved to. Two insertions at the same point: the local first.
  if (theirsEnd <= mine.at && theirs.at < mine.at) {
    const at = mine.at + theirs.inserted.length - theirs.removed.length;
    return remote.slice(0, at) + mine.inserted + remote.slice(at + mine.removed.length);
  }
  if (theirs.at >= mineEnd) return remote.slice(0, mine.at) + mine.inserted + remote.slice(mine.at + mine.removed.length);
  return replayByContext(base, mine, remote);
}

type Span = { at: number; removed: string; inserted: string };

/** An edit from `from` to `to` read as one replaced span (common start and end kept). */
function spanOf(from: string, to: string): Span {
  const { prefix, suffix } = commonEnds(from, to);
  return { at: prefix, removed: from.slice(prefix, from.length - suffix), inserted: to.slice(prefix, to.length - suffix) };
}

/**
 * The two edits overlap: the local span is replayed after its leading context in remote, or before its trailing
 * context, or appended on a line of its own; the collaborator's words are kept in every case.
 */
function replayByContext(base: string, mine: Span, remote: string): string {
  const before = base.slice(0, mine.at);
  const after = base.slice(mine.at + mine.removed.length);
  const at = anchor(remote, before, mine.at);
  if (at >= 0) {
    const keep = remote.slice(at).startsWith(mine.removed) ? mine.removed.length : 0;
    return remote.slice(0, at) + mine.inserted + remote.slice(at + keep);
  }
  const tail = after === '' ? -1 : remote.indexOf(after);
  if (tail >= 0) return remote.slice(0, tail) + mine.inserted + remote.slice(tail);
  if (mine.inserted === '') return remote;
  return remote === '' || remote.endsWith('\n') ? remote + mine.inserted : `${remote}\n${mine.inserted}`;
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
