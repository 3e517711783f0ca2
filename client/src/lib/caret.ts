/**
 * Where a caret at `caret` in `before` belongs once the text has become `after` through someone else's edit.
 * The edit is read as one replaced span (common start and end kept): a caret before the span stays, a caret after
 * it moves by the change in length, and a caret inside it goes to the end of the new text, so the person typing
 * carries on where they were instead of being thrown to the end of the field.
 */
export function shiftCaret(before: string, after: string, caret: number): number {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) {
    suffix++;
  }
  if (caret <= prefix) return caret;
  if (caret >= before.length - suffix) return caret + after.length - before.length;
  return after.length - suffix;
}
