import type * as Y from 'yjs';

/** One replacement that turns one string into another. */
export interface TextSplice {
  index: number;
  deleteCount: number;
  insert: string;
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * The smallest single splice (common prefix and suffix kept) from `prev` to `next`, in UTF-16 units as Y.Text
 * counts them. It never cuts a surrogate pair, so an emoji is replaced whole or not at all.
 */
export function textSplice(prev: string, next: string): TextSplice {
  const max = Math.min(prev.length, next.length);
  let start = 0;
  while (start < max && prev.charCodeAt(start) === next.charCodeAt(start)) start++;
  if (start > 0 && start < prev.length && isHigh(prev.charCodeAt(start - 1))) start--;
  let end = 0;
  while (end < max - start && prev.charCodeAt(prev.length - 1 - end) === next.charCodeAt(next.length - 1 - end)) {
    end++;
  }
  if (end > 0 && isLow(prev.charCodeAt(prev.length - end)) && prev.length - end > start) {
    if (isHigh(prev.charCodeAt(prev.length - end - 1))) end--;
  }
  return { index: start, deleteCount: prev.length - start - end, insert: next.slice(start, next.length - end) };
}

/** Edits `text` into `next` touching only what changed, so concurrent edits elsewhere in it survive. */
export function applyTextDiff(text: Y.Text, next: string): void {
  const prev = text.toString();
  if (prev === next) return;
  const { index, deleteCount, insert } = textSplice(prev, next);
  if (deleteCount > 0) text.delete(index, deleteCount);
  if (insert.length > 0) text.insert(index, insert);
}
