/**
 * Who is signed in at the desk. Loaded once from GET /api/auth/me; sign-in and sign-out replace it.
 * The desk is for handlers and admins of one authority; anyone else is shown the sign-in page.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, resetCsrfToken } from '../../../ui/api/http';
import { useLang } from '../../../ui/i18n/texts';
import type { StaffMe } from '../../../api-contract';
import { deskApi } from '../api/desk-api';

export type SessionState = { kind: 'loading' } | { kind: 'signedOut'; signedOutNow?: boolean } | { kind: 'signedIn'; me: StaffMe };

interface SessionApi {
  state: SessionState;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  /** Asks /me again, e.g. after the temporary password was changed. */
  refresh(): Promise<void>;
}

const SessionContext = createContext<SessionApi | null>(null);

export function isDeskUser(me: StaffMe): boolean {
  return (me.role === 'handler' || me.role === 'admin') && me.authority !== null;
}

export class NotHandlerError extends Error {}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ kind: 'loading' });
  const lang = useLang();

  useEffect(() => {
    let live = true;
    deskApi
      .me()
      .then((me) => live && setState(isDeskUser(me) ? { kind: 'signedIn', me } : { kind: 'signedOut' }))
      .catch(() => live && setState({ kind: 'signedOut' }));
    return () => {
      live = false;
    };
  }, []);

  const signIn = useCallback(async (email: string, password: string) => {
    await deskApi.login(email, password);
    resetCsrfToken();
    // The login answer may be partial; /me is the one shape the desk relies on.
    const me = await deskApi.me();
    if (!isDeskUser(me)) {
      await deskApi.logout(lang).catch(() => undefined);
      throw new NotHandlerError();
    }
    setState({ kind: 'signedIn', me });
  }, [lang]);

  const signOut = useCallback(async () => {
    let logoutUrl: string | null = null;
    try {
      logoutUrl = (await deskApi.logout(lang))?.logoutUrl ?? null;
    } catch (err) {
      if (!(err instanceof ApiError && err.status === 401)) throw err;
    }
    resetCsrfToken();
    // After a single sign-on the organisation's provider ends its session too and sends the browser back to the sign-in page.
    if (logoutUrl) {
      window.location.assign(logoutUrl);
      return;
    }
    setState({ kind: 'signedOut', signedOutNow: true });
  }, [lang]);

  const refresh = useCallback(async () => {
    const me: StaffMe = await deskApi.me();
    setState(isDeskUser(me) ? { kind: 'signedIn', me } : { kind: 'signedOut' });
  }, []);

  const value = useMemo(() => ({ state, signIn, signOut, refresh }), [state, signIn, signOut, refresh]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

/** The signed-in handler; only used below the signed-in gate. */
export function useMe(): StaffMe {
  const { state } = useSession();
  if (state.kind !== 'signedIn') throw new Error('useMe without a signed-in handler');
  return state.me;
}
