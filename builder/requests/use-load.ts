/** Loads data for a screen: the value, the error, and a reload after a change. */
import { useCallback, useEffect, useState } from 'react';

export type Loaded<T> = { state: 'loading' } | { state: 'error'; error: unknown } | { state: 'ready'; value: T };

export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): [Loaded<T>, () => Promise<void>] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useCallback(load, deps);
  const reload = useCallback(async () => {
    try {
      setLoaded({ state: 'ready', value: await run() });
    } catch (error) {
      setLoaded({ state: 'error', error });
    }
  }, [run]);
  useEffect(() => {
    let live = true;
    setLoaded({ state: 'loading' });
    run().then(
      (value) => live && setLoaded({ state: 'ready', value }),
      (error: unknown) => live && setLoaded({ state: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [run]);
  return [loaded, reload];
}
