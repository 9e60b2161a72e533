/**
 * Whom the strongly identified customer acts for, as the header and the pages show it: asked from
 * the server once, and again after a choice, a sign-in or a refusal (a mandate that ended). Pages
 * never decide access from it; the server checks the mandate on every request.
 *
 * A page load asks only when this browser identified strongly before (a hint kept in
 * localStorage, set and cleared by the server's answers): everyone else's pages, and a second visit
 * served from the cache, make no request for it.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { ApiError } from '../../../ui/api/http';
import { customerApi, type ActingForState } from '../api';

export interface ActingForView {
  /** The strongly identified person's name. */
  person: string;
  state: ActingForState;
  /** Set when the last check found the chosen company's mandate ended. */
  ended: boolean;
}

/** undefined: not asked yet; null: not identified strongly, or no mandates on this server. */
let current: ActingForView | null | undefined;
/** The questions to the server, one after another: a later one answers after (and over) an earlier one. */
let queue: Promise<void> = Promise.resolve();
let asked = false;
const listeners = new Set<() => void>();

const HINT = 'kevyt:identified-strongly';

function hinted(): boolean {
  try {
    return localStorage.getItem(HINT) === '1';
  } catch {
    return false;
  }
}

function remember(strong: boolean): void {
  try {
    if (strong) localStorage.setItem(HINT, '1');
    else localStorage.removeItem(HINT);
  } catch {
    // Storage refused (private mode): the header then shows the choice after the next identification only.
  }
}

function publish(view: ActingForView | null): void {
  current = view;
  for (const listener of listeners) listener();
}

async function ask(): Promise<void> {
  const status = await customerApi.identification().catch(() => null);
  if (status) remember(Boolean(status.person));
  if (!status?.person) return publish(null);
  const person = `${status.person.givenName} ${status.person.familyName}`.trim();
  try {
    publish({ person, state: await customerApi.actingFor(), ended: false });
  } catch (err) {
    // The server dropped a choice whose mandate ended: ask once more for the person's own state.
    if (err instanceof ApiError && err.code === 'mandate_ended') {
      const state = await customerApi.actingFor().catch(() => null);
      return publish(state ? { person, state, ended: true } : null);
    }
    publish(null);
  }
}

/** What the store holds now (undefined: not asked yet). */
export function actingForNow(): ActingForView | null | undefined {
  return current;
}

/** Asks the server again (after signing in, choosing, or a refusal). */
export function refreshActingFor(): Promise<void> {
  asked = true;
  queue = queue.then(ask, ask);
  return queue;
}

/** Keeps what the server answered after a choice, without asking again. */
export function actingForChosen(person: string, state: ActingForState): void {
  publish({ person, state, ended: false });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Not asked, and no strong identification in this browser before: nobody acts for a company. */
function snapshot(): ActingForView | null | undefined {
  return current === undefined && !asked && !hinted() ? null : current;
}

export function useActingFor(): ActingForView | null | undefined {
  const view = useSyncExternalStore(subscribe, snapshot, () => undefined);
  useEffect(() => {
    if (!asked && hinted()) void refreshActingFor();
  }, []);
  return view;
}
