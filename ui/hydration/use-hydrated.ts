import { useSyncExternalStore } from 'react';

const nothingToWatch = () => () => {};

/**
 * False while a page rendered on the server is not yet run by the app (on the server, and in the
 * browser's hydrating render), true from then on, and at once in a page the app draws itself. For
 * what must not act before the app can: a submit button that would otherwise send its form as a
 * plain HTML form, answers and all in the address.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(nothingToWatch, () => true, () => false);
}
