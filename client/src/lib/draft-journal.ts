/**
 * A write-ahead journal for text typed but not yet saved into the plan. Saving is batched for a moment after each
 * keystroke, and the plan's own storage (IndexedDB) is asynchronous, so a reload, a crash or a closed tab in that
 * moment could lose the last words. localStorage is written synchronously on every keystroke, so the words survive
 * and are replayed into the field the next time it opens. Entries are removed as soon as the plan holds the text.
 */
const PREFIX = 'concord:unsaved:';

export interface JournalEntry {
  /** The field's value in the plan when the unsaved edit began. */
  base: string;
  /** What the user had typed. */
  draft: string;
}

export function writeDraft(key: string, entry: JournalEntry): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(entry));
  } catch {
    // Storage full or disabled: the in-memory edit is still saved on the normal path.
  }
}

export function readDraft(key: string): JournalEntry | null {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    if (!raw) return null;
    const entry = JSON.parse(raw) as Partial<JournalEntry>;
    return typeof entry.base === 'string' && typeof entry.draft === 'string' ? { base: entry.base, draft: entry.draft } : null;
  } catch {
    return null;
  }
}

export function clearDraft(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing to clear.
  }
}

/**
 * Clears the entry once the words are stored on the device, unless the field has journalled newer words since: a
 * save is in the plan at once but in IndexedDB a moment later, and a reload in that moment must still find them.
 */
export function clearDraftWhenStored(key: string, draft: string, stored: () => Promise<void>): void {
  void stored().then(() => {
    if (readDraft(key)?.draft === draft) clearDraft(key);
  });
}
