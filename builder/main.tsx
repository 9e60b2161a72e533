import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router-dom';
import { LangRoute } from '../ui/routing/LangRoute';
import { BuilderApp } from './BuilderApp';
import './shell/builder.css';

// The builder is served under /builder; its language is the first segment after that. A data
// router, because the designer blocks in-app navigation while there are unsaved changes.
const router = createBrowserRouter(
  [
    { path: '/', element: <Navigate to="/fi" replace /> },
    { path: '/:lang/*', element: <LangRoute><BuilderApp /></LangRoute> },
  ],
  { basename: '/builder' },
);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
