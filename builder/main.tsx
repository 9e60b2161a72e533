import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { LangRoute } from '../ui/routing/LangRoute';
import { BuilderApp } from './BuilderApp';

// The builder is served under /builder; its language is the first segment after that.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter basename="/builder">
      <Routes>
        <Route path="/" element={<Navigate to="/fi" replace />} />
        <Route path="/:lang/*" element={<LangRoute><BuilderApp /></LangRoute>} />
      </Routes>
    </BrowserRouter>
  </StrictMode>,
);
