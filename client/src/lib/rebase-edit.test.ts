import { describe, expect, it } from 'vitest';
import { rebaseEdit } from './rebase-edit';

describe('rebaseEdit', () => {
  it('takes the local text when nothing changed underneath', () => {
    expect(rebaseEdit('abc', 'abXc', 'abc')).toBe('abXc');
  });

  it('takes the remote text when there was no local edit', () => {
    expect(rebaseEdit('abc', 'abc', 'Zabc')).toBe('Zabc');
  });

  it('keeps a remote insertion before the local one', () => {
    const base = 'Meeting held. Next steps agreed.';
    const local = 'Meeting held. Next steps agreed. Funding confirmed.';
    const remote = 'Police: Meeting held. Next steps agreed.';
    expect(rebaseEdit(base, local, remote)).toBe('Police: Meeting held. Next steps agreed. Funding confirmed.');
  });

  it('keeps a remote insertion after the local one', () => {
    expect(rebaseEdit('one two', 'one and a half two', 'one two three')).toBe('one and a half two three');
  });

  it('replays a local deletion when the deleted words are still there', () => {
    expect(rebaseEdit('keep drop keep', 'keep keep', 'start keep drop keep')).toBe('start keep keep');
  });

  it('keeps both texts when the remote side rewrote the span the user replaced', () => {
    const out = rebaseEdit('status: open', 'status: closed', 'status: pending');
    expect(out).toContain('closed');
    expect(out).toContain('pending');
  });

  it('appends the local words when the collaborator rewrote everything before them', () => {
    expect(rebaseEdit('alpha beta', 'alpha beta gamma', 'totally new')).toBe('totally new gamma');
  });

  it('puts the local words on a line of their own when the text around them is gone entirely', () => {
    expect(rebaseEdit('alpha beta', 'alpha X beta', 'totally new')).toBe('totally new\nX ');
  });

  // Seen in a browser test (same-field.test.ts) with two people typing in one Progress field: B's word growing at the
  // start ("o" -> "one") sat inside A's leading context, the anchor was lost, and A's letters went on new lines.
  it('replays typing at the end after a collaborator edits inside the text before it', () => {
    const base = 'oNotes from the March meeting. ';
    expect(rebaseEdit(base, `${base}al`, 'oneNotes from the March meeting. ')).toBe('oneNotes from the March meeting. al');
    expect(rebaseEdit('two one Notes. al', 'two one Notes. ald', 'thtwo one Notes. al')).toBe('thtwo one Notes. ald');
  });

  it('replays typing at the start after a collaborator edits inside the text after it', () => {
    expect(rebaseEdit('Notes. alder', 'on Notes. alder', 'Notes. alder birch')).toBe('on Notes. alder birch');
    expect(rebaseEdit('Notes from March.', 'A: Notes from March.', 'Notes from the March meeting.')).toBe('A: Notes from the March meeting.');
  });

  it('replays a local deletion after a collaborator edits elsewhere, and keeps their words', () => {
    expect(rebaseEdit('one two three four', 'one three four', 'one two three four five')).toBe('one three four five');
    expect(rebaseEdit('one two three four', 'one two four', 'zero one two three four')).toBe('zero one two four');
  });

  it('puts two insertions at the same point one after the other, the local first, neither split', () => {
    expect(rebaseEdit('Notes.', 'Notes. alder', 'Notes. birch')).toBe('Notes. alder birch');
  });

  it('keeps every word of both sides for many seeded pairs of edits in different places', () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const words = ['crisis', 'line', 'police', 'bed', 'review', 'street', 'triage', 'plan', 'agreed', 'funding'];
    for (let run = 0; run < 500; run++) {
      const baseWords = Array.from({ length: 3 + rand(8) }, () => words[rand(words.length)]!);
      const base = baseWords.join(' ');
      // Two insertion points in different gaps between words; each side types one new word at its own point.
      const [i, j] = [rand(baseWords.length + 1), rand(baseWords.length + 1)];
      if (i === j) continue;
      const insert = (at: number, word: string) => [...baseWords.slice(0, at), word, ...baseWords.slice(at)].join(' ');
      const mine = `mine${run}`;
      const theirs = `theirs${run}`;
      const out = rebaseEdit(base, insert(i, mine), insert(j, theirs));
      const got = out.split(' ');
      expect(got, `seed run ${run}: ${base} | ${out}`).toContain(mine);
      expect(got, `seed run ${run}: ${base} | ${out}`).toContain(theirs);
      expect(got.filter((w) => !w.startsWith('mine') && !w.startsWith('theirs')), `run ${run}`).toEqual(baseWords);
      expect(out, `run ${run}`).not.toContain('\n');
    }
  });
});
