/**
 * One server action at a time for a screen (publish, retire, deploy, withdraw, add staff…):
 * `busy` while it runs and the error it ended with. `run` never throws: it answers
 * `{ ok: true, value }` or `{ ok: false }` with the error kept in `error`, so each screen says
 * only what success and failure mean to it, not the busy/try/catch/finally around them.
 */
import { useCallback, useState } from 'react';

export type ActionResult<T> = { ok: true; value: T } | { ok: false };

export interface Action {
  busy: boolean;
  error: unknown;
  setError: (error: unknown) => void;
  run: <T>(action: () => Promise<T>) => Promise<ActionResult<T>>;
}

export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async <T,>(action: () => Promise<T>): Promise<ActionResult<T>> => {
    setBusy(true);
    setError(null);
    try {
      return { ok: true, value: await action() };
    } catch (err) {
      setError(err);
      return { ok: false };
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}
