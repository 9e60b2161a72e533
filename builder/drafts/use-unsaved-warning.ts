/** Warns before leaving with unsaved changes: the browser's own prompt on unload, a dialog in-app. */
import { useEffect } from 'react';
import { useBlocker, type Blocker } from 'react-router-dom';

export function useUnsavedWarning(dirty: boolean): Blocker {
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older browsers need returnValue set to show the prompt.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);
  // Switching the language keeps the same page, so only a change of path (after the language) blocks.
  return useBlocker(({ currentLocation, nextLocation }) =>
    dirty && currentLocation.pathname.split('/').slice(2).join('/') !== nextLocation.pathname.split('/').slice(2).join('/'));
}
