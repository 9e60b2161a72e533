import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { LangRoute } from '../ui/routing/LangRoute';
import { CustomerApp } from './customer/CustomerApp';
import { DeskLoading } from './DeskLoading';

// The handler desk loads only for handlers: customers never download its code.
const DeskApp = lazy(() => import('./desk/DeskApp').then((m) => ({ default: m.DeskApp })));

// The runtime serves two audiences over one renderer: customers at /:lang/…, handlers at /:lang/virkailija/….
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
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
    </BrowserRouter>
  </StrictMode>,
);
