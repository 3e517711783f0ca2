import { useEffect } from 'react';

/**
 * Names the browser tab after what a screen shows ("<title> · Concord") while it is shown, and puts back plain
 * "Concord" when it goes. Null (the plan is still loading) leaves the tab's name alone.
 */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    if (title === null) return;
    document.title = `${title} · Concord`;
    return () => {
      document.title = 'Concord';
    };
  }, [title]);
}
