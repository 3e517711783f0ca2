import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyTextDiff, textSplice } from './text-diff';

function apply(prev: string, next: string): string {
  const { index, deleteCount, insert } = textSplice(prev, next);
  return prev.slice(0, index) + insert + prev.slice(index + deleteCount);
}

describe('minimal text diff', () => {
  it('keeps the common prefix and suffix', () => {
    expect(textSplice('the cat sat', 'the dog sat')).toEqual({ index: 4, deleteCount: 3, insert: 'dog' });
    expect(textSplice('abc', 'abc!')).toEqual({ index: 3, deleteCount: 0, insert: '!' });
    expect(textSplice('aaa', 'aa')).toEqual({ index: 0, deleteCount: 3, insert: 'aa' });
  });

  it('splices whole words only, so a new word never borrows characters of its neighbour', () => {
    expect(textSplice('<57> x', '<102> <57> x')).toEqual({ index: 0, deleteCount: 0, insert: '<102> ' });
    expect(textSplice('a <1> <2> b', 'a <2> b')).toEqual({ index: 2, deleteCount: 4, insert: '' });
    expect(textSplice('colour', 'color')).toEqual({ index: 0, deleteCount: 6, insert: 'color' });
    // Typing at the end of a word is a plain insertion: nothing already there is rewritten.
    expect(textSplice('a hel', 'a hell')).toEqual({ index: 5, deleteCount: 0, insert: 'l' });
  });

  it('keeps both words when one person inserts next to a word another deletes', () => {
    const a = new Y.Doc();
    applyTextDiff(a.getText('t'), '<57> x');
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    applyTextDiff(a.getText('t'), '<102> <57> x');
    applyTextDiff(b.getText('t'), 'x');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(a.getText('t').toString()).toBe('<102> x');
    expect(b.getText('t').toString()).toBe('<102> x');
  });

  it('never cuts a surrogate pair', () => {
    const cases: [string, string][] = [
      ['a\u{1F600}', 'a\u{1F601}'],
      ['\u{1F600}b', '\u{1F200}b'],
      ['\u{1F600}', '\u{1F601}\u{1F600}'],
      ['x\u{1F600}y', 'xy'],
    ];
    for (const [prev, next] of cases) {
      const { index, deleteCount, insert } = textSplice(prev, next);
      expect(apply(prev, next)).toBe(next);
      const cut = (s: string, i: number) => /[\uDC00-\uDFFF]/.test(s.charAt(i));
      expect(cut(prev, index) || cut(prev, index + deleteCount) || cut(insert, 0), `${prev} -> ${next}`).toBe(false);
    }
  });

  it('applies to a Y.Text and writes nothing when the text is unchanged', () => {
    const doc = new Y.Doc();
    const t = doc.getText('t');
    applyTextDiff(t, 'hello world');
    applyTextDiff(t, 'hello brave world');
    expect(t.toString()).toBe('hello brave world');
    const before = Y.encodeStateVector(doc);
    applyTextDiff(t, 'hello brave world');
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});
