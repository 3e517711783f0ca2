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

  it('appends the local words when their context is gone entirely', () => {
    const out = rebaseEdit('alpha beta', 'alpha beta gamma', 'totally new');
    expect(out).toBe('totally new\n gamma');
  });
});
