import { useCallback, useEffect, useRef, useState } from 'react';

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload(): void;
}

/**
 * Loads once per change of `key`; stale answers of an earlier key are dropped. With `initial`, the
 * first key's data is already at hand (a page the server rendered with it) and is not loaded again.
 */
export function useLoad<T>(load: () => Promise<T>, key: string, initial?: T): Loaded<T> {
  const [state, setState] = useState<{ key: string; data?: T; error?: unknown; loading: boolean }>(() =>
    initial === undefined ? { key, loading: true } : { key, data: initial, loading: false },
  );
  const [round, setRound] = useState(0);
  const given = useRef(initial === undefined ? null : key);
  useEffect(() => {
    if (given.current === key && round === 0) return;
    given.current = null;
    let live = true;
    setState((s) => ({ key, data: s.key === key ? s.data : undefined, loading: true }));
    load().then(
      (data) => live && setState({ key, data, loading: false }),
      (error: unknown) => live && setState({ key, error, loading: false }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` names what is loaded
  }, [key, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { data: state.key === key ? state.data : undefined, error: state.error, loading: state.loading || state.key !== key, reload };
}
