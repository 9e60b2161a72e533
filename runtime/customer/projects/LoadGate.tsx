/** Project pages are for signed-in customers: others go to sign in and come back to the same address. */
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { ApiError } from '../../../ui/api/http';
import { LoadError, Loading, usePath } from '../page-kit';

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
  if (error instanceof ApiError && error.status === 404 && notFound) return <>{notFound}</>;
  if (error) return <LoadError error={error} onRetry={onRetry} />;
  if (!loaded) return <Loading />;
  return null;
}
