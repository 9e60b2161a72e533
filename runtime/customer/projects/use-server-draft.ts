/**
 * A permit's draft kept on the server: saved once typing pauses (and when the page is hidden or
 * left, by useDraftAutosave), one save at a time, with the state the page shows ("Saving…",
 * "Saved", a failure to retry, or a conflict when the draft changed elsewhere: 409).
 */
import { useCallback, useRef, useState } from 'react';
import type { FieldProblem } from '../../../api-contract';
import type { FormData } from '../../../form-library/format/types';
import { ApiError } from '../../../ui/api/http';
import { useDraftAutosave } from '../use-draft-autosave';

export type SaveState = 'saved' | 'saving' | 'failed' | 'conflict';

export interface ServerDraft {
  data: FormData;
  setData(data: FormData): void;
  state: SaveState;
  missing: FieldProblem[] | null;
  /** Saves what is typed now (if not saved yet) and resolves once it is on the server; false if it is not. */
  saveNow(): Promise<boolean>;
  /** Stops saving (after the permit was sent). */
  stop(): void;
}

export type SaveDraft = (data: FormData, version: number) => Promise<{ version: number; missing: FieldProblem[] }>;

export function useServerDraft(initial: { data: FormData; version: number }, save: SaveDraft): ServerDraft {
  const [data, setData] = useState(initial.data);
  const [state, setState] = useState<SaveState>('saved');
  const [missing, setMissing] = useState<FieldProblem[] | null>(null);
  const version = useRef(initial.version);
  const saved = useRef(JSON.stringify(initial.data));
  const latest = useRef(initial.data);
  const running = useRef<Promise<boolean> | null>(null);
  const stopped = useRef(false);
  latest.current = data;

  const saveLatest = useCallback(async (): Promise<boolean> => {
    // One save at a time: a change made while one runs is saved after it.
    while (running.current) await running.current;
    if (stopped.current) return true;
    const next = latest.current;
    const text = JSON.stringify(next);
    if (text === saved.current) return true;
    const run = (async () => {
      setState('saving');
      try {
        const answer = await save(next, version.current);
        version.current = answer.version;
        saved.current = text;
        setMissing(answer.missing);
        setState(JSON.stringify(latest.current) === text ? 'saved' : 'saving');
        return true;
      } catch (err) {
        setState(err instanceof ApiError && err.status === 409 ? 'conflict' : 'failed');
        return false;
      } finally {
        running.current = null;
      }
    })();
    running.current = run;
    return run;
  }, [save]);

  const autosave = useDraftAutosave(data, () => void saveLatest());
  const stop = useCallback(() => {
    stopped.current = true;
    autosave.cancel();
  }, [autosave]);
  return { data, setData, state, missing, saveNow: saveLatest, stop };
}
