import { nanoid } from 'nanoid';

let source: (() => string) | null = null;

/** A new url-safe random id (nanoid, 21 chars) for plans, sections, groups, actions, updates and meetings. */
export function newId(): string {
  return source ? source() : nanoid();
}

/**
 * Replaces the id source, or restores nanoid with `null`. Seeded tests (the convergence fuzz) use it so that a
 * failing seed replays exactly; nothing else should.
 */
export function setIdSource(next: (() => string) | null): void {
  source = next;
}
