import type * as Y from 'yjs';

/** One replacement that turns one string into another. */
export interface TextSplice {
  index: number;
  deleteCount: number;
  insert: string;
}

const isSpace = (s: string, i: number): boolean => /\s/.test(s.charAt(i));

/** A position at the edge of a word: the ends of the string, or next to whitespace. */
function isBoundary(s: string, i: number): boolean {
  return i <= 0 || i >= s.length || isSpace(s, i - 1) || isSpace(s, i);
}

/**
 * The single splice from `prev` to `next` that keeps the longest common prefix and suffix *made of whole words*,
 * in UTF-16 units as Y.Text counts them.
 *
 * Why whole words: a character-minimal diff is ambiguous ("<57> x" -> "<102> <57> x" shares the prefix "<"), and
 * it may splice new text into the middle of a neighbouring word. Merged with a concurrent edit that deletes that
 * word, the new word would lose the characters it borrowed. Snapping the splice to word edges means concurrent
 * edits only ever meet at word edges, so each person's words survive intact. Since every edge is next to
 * whitespace, a splice never cuts a surrogate pair either.
 */
export function textSplice(prev: string, next: string): TextSplice {
  const max = Math.min(prev.length, next.length);
  let start = 0;
  while (start < max && prev.charCodeAt(start) === next.charCodeAt(start)) start++;
  while (!isBoundary(prev, start)) start--;
  let end = 0;
  while (end < max - start && prev.charCodeAt(prev.length - 1 - end) === next.charCodeAt(next.length - 1 - end)) {
    end++;
  }
  while (end > 0 && !isBoundary(prev, prev.length - end)) end--;
  return { index: start, deleteCount: prev.length - start - end, insert: next.slice(start, next.length - end) };
}

/** Edits `text` into `next` touching only the words that changed, so concurrent edits elsewhere in it survive. */
export function applyTextDiff(text: Y.Text, next: string): void {
  const prev = text.toString();
  if (prev === next) return;
  const { index, deleteCount, insert } = textSplice(prev, next);
  if (deleteCount > 0) text.delete(index, deleteCount);
  if (insert.length > 0) text.insert(index, insert);
}
