import { describe, expect, it } from 'vitest';
import { compareOrdered, placementIndex, slotAt, type Ordered } from './order';

const sorted = (items: Ordered[]) => [...items].sort(compareOrdered);

describe('fractional order', () => {
  it('breaks ties between equal keys by id', () => {
    expect(sorted([{ id: 'b', order: 'a0' }, { id: 'a', order: 'a0' }, { id: 'c', order: 'Zz' }]).map((s) => s.id))
      .toEqual(['c', 'a', 'b']);
  });

  it('places by before/after, and refuses unknown or non-adjacent siblings', () => {
    const s = [{ id: 'x', order: 'a0' }, { id: 'y', order: 'a1' }, { id: 'z', order: 'a2' }];
    expect(placementIndex(s)).toBe(3);
    expect(placementIndex(s, { before: 'x' })).toBe(0);
    expect(placementIndex(s, { after: 'y' })).toBe(2);
    expect(placementIndex(s, { after: 'x', before: 'y' })).toBe(1);
    expect(() => placementIndex(s, { after: 'x', before: 'z' })).toThrow(expect.objectContaining({ reason: 'invalid' }));
    expect(() => placementIndex(s, { before: 'nope' })).toThrow(expect.objectContaining({ reason: 'not-found' }));
  });

  it('makes room between two siblings that share a key, keeping everyone else where they were', () => {
    const s = sorted([
      { id: 'p', order: 'a0' }, { id: 't1', order: 'a1' }, { id: 't2', order: 'a1' }, { id: 't3', order: 'a1' },
      { id: 'n', order: 'a2' },
    ]);
    const slot = slotAt(s, 2); // between t1 and t2
    const after = sorted([
      ...s.map((x) => ({ ...x, order: slot.rekeys.find((r) => r.id === x.id)?.order ?? x.order })),
      { id: 'new', order: slot.order },
    ]);
    expect(after.map((x) => x.id)).toEqual(['p', 't1', 'new', 't2', 't3', 'n']);
    expect(new Set(after.map((x) => x.order)).size).toBe(after.length);
  });

  it('finds a key at either end and in every gap', () => {
    const s = [{ id: 'a', order: 'a0' }, { id: 'b', order: 'a1' }];
    for (let i = 0; i <= s.length; i++) {
      const { order, rekeys } = slotAt(s, i);
      expect(rekeys).toEqual([]);
      expect(sorted([...s, { id: 'n', order }]).findIndex((x) => x.id === 'n')).toBe(i);
    }
  });
});
