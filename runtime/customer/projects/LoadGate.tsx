/** Project pages are for signed-in customers: others go to sign in and come back to the same address. */
import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { ApiError } from '../../../ui/api/http';
import { refreshActingFor } from '../acting-for/acting-for-store';
import { LoadError, Loading, usePath } from '../page-kit';

function ChooseAgain() {
  const path = usePath();
  const location = useLocation();
  useEffect(() => {
    void refreshActingFor();
  }, []);
  return <Navigate to={`${path('asiointirooli')}?seuraava=${encodeURIComponent(location.pathname)}`} replace />;
}

/** The sign-in page's address that leads back here afterwards. */
export function useSignInPath(): string {
  const path = usePath();
  const location = useLocation();
  return `${path('kirjaudu')}?seuraava=${encodeURIComponent(location.pathname + location.search)}`;
}

/**
 * What a project page shows while its load is not a success: sign-in for a 401, the error with
 * a retry, or the loading line. null when the data is there.
 */
export function LoadGate({ error, loaded, onRetry, notFound }: { error: unknown; loaded: boolean; onRetry(): void; notFound?: ReactNode }) {
  const signIn = useSignInPath();
  if (error instanceof ApiError && error.status === 401) return <Navigate to={signIn} replace />;
  // The mandate of the company acted for has ended: the server dropped the choice; choose again.
  if (error instanceof ApiError && error.code === 'mandate_ended') return <ChooseAgain />;
  if (error instanceof ApiError && error.status === 404 && notFound) return <>{notFound}</>;
  if (error) return <LoadError error={error} onRetry={onRetry} />;
  if (!loaded) return <Loading />;
  return null;
}
