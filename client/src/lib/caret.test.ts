import { describe, expect, it } from 'vitest';
import { shiftCaret } from './caret';

describe('shiftCaret', () => {
  it('leaves a caret before a collaborator’s change where it is', () => {
    // Typing "chaosp|" at the start while someone appends at the end.
    expect(shiftCaret('chaospCommunity plan', 'chaospCommunity plan more', 6)).toBe(6);
  });

  it('moves a caret after the change by its length', () => {
    expect(shiftCaret('plan end', 'new plan end', 8)).toBe(12);
    expect(shiftCaret('a b c', 'c', 5)).toBe(1);
  });

  it('puts a caret inside a replaced span at the end of the new text', () => {
    expect(shiftCaret('one two three', 'one 2 three', 6)).toBe(5);
  });

  it('keeps the caret when nothing changed', () => {
    expect(shiftCaret('same', 'same', 2)).toBe(2);
  });
});
