import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { shiftCaret } from '../lib/caret';
import { clearDraft, clearDraftWhenStored, readDraft, writeDraft } from '../lib/draft-journal';
import { whenLocalWritesStored } from '../lib/local-writes';
import { commonEnds, rebaseEdit } from '../lib/rebase-edit';

const SAVE_DELAY_MS = 250;

interface Props {
  label: string;
  /** The value in the plan now (changes when a collaborator edits it). */
  value: string;
  onSave: (next: string) => void;
  multiline?: boolean;
  hint?: string;
  /** null: save only on blur, for values the save normalises (the draft would jump under the cursor). */
  saveDelayMs?: number | null;
  /** Names the field across reloads (plan/action/field): unsaved keystrokes are journalled under it. */
  draftKey?: string;
  /**
   * The plan's value now, read when saving. `value` is the value of the last render, and a collaborator's edit
   * that arrives in the same batch as the field closing never renders here: replayed onto that stale value, the
   * save would delete their words. Without it, `value` is used.
   */
  current?: () => string | undefined;
}

/**
 * A text field that saves as you type. Keystrokes are batched briefly; if the plan's value changes while the
 * user's edit is still unsaved, the edit is replayed onto the new value, so neither person's words are lost.
 * Unsaved text is flushed on blur, on unmount and when the page is hidden.
 */
export function LiveTextField(props: Props) {
  const { label, value, onSave, multiline = false, hint, saveDelayMs = SAVE_DELAY_MS, draftKey, current } = props;
  const id = useId();
  const [restored] = useState(() => restoredDraft(draftKey, value));
  const [draft, setDraft] = useState(restored);
  const pending = useRef<{ base: string; timer: ReturnType<typeof setTimeout> | undefined } | null>(null);
  const latest = useRef({ draft, value, onSave, current });
  latest.current = { draft, value, onSave, current };
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const selection = useRef<[number, number] | null>(null);

  /**
   * Shows text that changed under the user (a collaborator's edit, or their own edit replayed onto it). Setting a
   * field's value moves the caret to the end, so the selection is carried across the change instead: otherwise the
   * rest of a word being typed would land somewhere else.
   */
  const showText = (next: string) => {
    const el = field.current;
    if (el && document.activeElement === el && el.value !== next) keepSelection(el.value, next);
    latest.current.draft = next;
    setDraft(next);
  };

  /** Carries the element's selection from `from` to `next` (applied once `next` is rendered). */
  const keepSelection = (from: string, next: string) => {
    const el = field.current;
    if (el) selection.current = [shiftCaret(from, next, el.selectionStart ?? 0), shiftCaret(from, next, el.selectionEnd ?? 0)];
  };

  /**
   * The text the field's element holds, as far as this component knows: what React last rendered into it, or what a
   * keystroke left in it since. A newer draft (a save or a collaborator's edit) may be waiting to be rendered.
   */
  const inElement = useRef(draft);
  useLayoutEffect(() => {
    inElement.current = draft;
    const range = selection.current;
    selection.current = null;
    if (range && field.current === document.activeElement) field.current?.setSelectionRange(range[0], range[1]);
  }, [draft]);

  /** `unloading`: the page is going away and IndexedDB may not finish, so the journal stays until next time. */
  const flush = (unloading = false) => {
    const p = pending.current;
    if (!p) return;
    clearTimeout(p.timer);
    pending.current = null;
    const { draft: d, onSave: save, current: now } = latest.current;
    const v = now?.() ?? latest.current.value;
    const merged = rebaseEdit(p.base, d, v);
    // A refused save (the plan turned read-only under the field, e.g. a newer version of Concord saved it) keeps
    // the words in the journal: they come back when the field next opens, in an app that may save them.
    if (merged !== v && !saved(save, merged)) return;
    // The plan holds `merged` now, though this field has not rendered it yet: a keystroke before that render must
    // start its edit from here, not from the value of the last render (which lacks the words just saved).
    latest.current.value = merged;
    if (draftKey && !unloading) clearDraftWhenStored(draftKey, d, whenLocalWritesStored);
    showText(merged);
  };

  // A layout effect, not a passive one: a passive effect runs in a later task, after a save may have cleared
  // `pending`, and would then show this render's value, which lacks the words just saved (they vanished from the
  // field and the caret jumped to the start of the change: the chaos test caught it under load).
  useLayoutEffect(() => {
    if (!pending.current) showText(value);
    // showText reads the field through refs
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  useEffect(() => {
    // Journalled words from before a reload go into the plan once, after the first render (and stay journalled if
    // the plan refuses them).
    if (restored !== value && !saved(onSave, restored)) return;
    if (draftKey) clearDraft(draftKey);
    // only on mount
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const onHide = () => document.visibilityState === 'hidden' && flush(true);
    const onPageHide = () => flush(true);
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      flush();
    };
    // flush reads everything through refs
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onChange = (typed: string) => {
    // A keystroke can land after a save or a collaborator's edit changed the draft but before React showed it: the
    // field then still shows the older text, and the keystroke is replayed onto the newer one.
    const before = inElement.current;
    inElement.current = typed;
    const next = before === latest.current.draft ? typed : rebaseEdit(before, typed, latest.current.draft);
    if (next !== typed) keepSelection(typed, next);
    const base = pending.current?.base ?? latest.current.value;
    if (pending.current) clearTimeout(pending.current.timer);
    const timer = saveDelayMs === null ? undefined : setTimeout(() => flush(), saveDelayMs);
    pending.current = { base, timer };
    if (draftKey) writeDraft(draftKey, { base, draft: next });
    latest.current.draft = next;
    setDraft(next);
  };

  const common = {
    id,
    ref: field,
    value: draft,
    onBlur: () => flush(),
    'aria-describedby': hint ? `${id}-hint` : undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...common} rows={4} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
}

/**
 * Saves `text`; false when the plan refused it because a newer version of Concord saved the plan (the mutator
 * throws before it writes anything, and the screen is turning read-only). Any other error is a bug: it is thrown.
 */
function saved(save: (text: string) => void, text: string): boolean {
  try {
    save(text);
    return true;
  } catch (error) {
    if ((error as { reason?: unknown } | null)?.reason === 'newer-version') return false;
    throw error;
  }
}

/**
 * Words typed into this field before a reload or crash, replayed onto its value unless the plan already holds them
 * (the journal outlives a save made while the page was unloading, since that save may or may not have landed).
 */
function restoredDraft(draftKey: string | undefined, value: string): string {
  const entry = draftKey ? readDraft(draftKey) : null;
  if (!entry || value === entry.draft) return value;
  const inserted = insertedSpan(entry.base, entry.draft);
  const landed = inserted === '' ? value !== entry.base : value.includes(inserted);
  return landed ? value : rebaseEdit(entry.base, entry.draft, value);
}

/** The text an edit typed in place of what it replaced (common start and end removed). */
function insertedSpan(base: string, draft: string): string {
  const { prefix, suffix } = commonEnds(base, draft);
  return draft.slice(prefix, draft.length - suffix);
}
