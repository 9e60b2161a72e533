import { Suspense, lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { LangRoute } from '../ui/routing/LangRoute';
import { CustomerApp } from './customer/CustomerApp';
import { DeskLoading } from './DeskLoading';

// The handler desk loads only for handlers: customers never download its code.
const DeskApp = lazy(() => import('./desk/DeskApp').then((m) => ({ default: m.DeskApp })));

/**
 * The runtime serves two audiences over one renderer: customers at /:lang/…, handlers at
 * /:lang/virkailija/…. One tree for the browser (main.tsx) and for the server's rendering of a
 * service page (server-entry.tsx), so what the server sends is what the browser hydrates.
 */
export function RuntimeRoutes() {
  return (
    <Routes>
      <Route path="/" element={<Navigate to="/fi" replace />} />
      <Route
        path="/:lang/virkailija/*"
        element={
          <LangRoute>
            <Suspense fallback={<DeskLoading />}>
              <DeskApp />
            </Suspense>
          </LangRoute>
        }
      />
      <Route path="/:lang/*" element={<LangRoute><CustomerApp /></LangRoute>} />
    </Routes>
  );
}
