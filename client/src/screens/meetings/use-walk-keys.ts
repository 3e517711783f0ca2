import { useEffect, useRef } from 'react';

/** The walk-through's single-key shortcuts, by lower-case key. */
export type WalkKeyHandlers = Partial<Record<string, () => void>>;

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'number', 'date', 'password', '']);

/** True while the user is typing somewhere a letter is text, not a command. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.getAttribute('type') ?? '');
}

/**
 * Listens for single-key shortcuts on the whole page while `enabled`. Keys with Ctrl, Alt or Meta, keys typed
 * into a field, and keys pressed while a modal dialog is open are left alone.
 */
export function useWalkKeys(handlers: WalkKeyHandlers, enabled: boolean): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey || e.defaultPrevented || isTypingTarget(e.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const handler = latest.current[e.key.length === 1 ? e.key.toLowerCase() : e.key];
      if (!handler) return;
      e.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
