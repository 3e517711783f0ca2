import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearDraftWhenStored, readDraft, writeDraft } from './draft-journal';

// Node has no localStorage: a Map-backed one stands in for the browser's (the journal's logic is what is tested).
class MemoryStorage {
  private items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

describe('clearDraftWhenStored', () => {
  beforeEach(() => {
    (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
  });
  afterEach(() => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  it('keeps the words until the device has stored them, then clears them', async () => {
    writeDraft('p/a/progress', { base: 'old', draft: 'old and new' });
    let stored!: () => void;
    clearDraftWhenStored('p/a/progress', 'old and new', () => new Promise<void>((done) => (stored = done)));
    await Promise.resolve();
    // A reload now (the save is in the doc, not yet in IndexedDB) still finds the words.
    expect(readDraft('p/a/progress')).toEqual({ base: 'old', draft: 'old and new' });
    stored();
    await new Promise((r) => setTimeout(r));
    expect(readDraft('p/a/progress')).toBeNull();
  });

  it('leaves words typed after the save alone', async () => {
    writeDraft('k', { base: '', draft: 'one' });
    let stored!: () => void;
    clearDraftWhenStored('k', 'one', () => new Promise<void>((done) => (stored = done)));
    writeDraft('k', { base: 'one', draft: 'one two' });
    stored();
    await new Promise((r) => setTimeout(r));
    expect(readDraft('k')).toEqual({ base: 'one', draft: 'one two' });
  });
});
