/**
 * Keeps the draft in the browser without writing it on every keystroke: it is saved once typing
 * pauses, and at once when the tab is hidden, closed or reloaded, or the page is left, so nothing
 * typed is lost. cancel() drops a pending save (after sending, the cleared draft must stay gone).
 */
import { useCallback, useEffect, useRef } from 'react';

/** Idle time after the last change before the draft is written. */
export const DRAFT_SAVE_IDLE_MS = 500;

export function useDraftAutosave<T>(draft: T, save: (draft: T) => void, idleMs = DRAFT_SAVE_IDLE_MS): { cancel(): void } {
  const pending = useRef<{ draft: T } | null>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  const flush = useCallback(() => {
    const next = pending.current;
    pending.current = null;
    if (next) saveRef.current(next.draft);
  }, []);

  useEffect(() => {
    pending.current = { draft };
    const timer = setTimeout(flush, idleMs);
    return () => clearTimeout(timer);
  }, [draft, idleMs, flush]);

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      flush(); // leaving the form inside the app
    };
  }, [flush]);

  const cancel = useCallback(() => {
    pending.current = null;
  }, []);
  return { cancel };
}
