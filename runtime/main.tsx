import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { LangRoute } from '../ui/routing/LangRoute';
import { CustomerApp } from './customer/CustomerApp';
import { DeskApp } from './desk/DeskApp';

// The runtime serves two audiences over one renderer: customers at /:lang/…, handlers at /:lang/virkailija/….
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
      <Routes>
        <Route path="/" element={<Navigate to="/fi" replace />} />
        <Route path="/:lang/virkailija/*" element={<LangRoute><DeskApp /></LangRoute>} />
        <Route path="/:lang/*" element={<LangRoute><CustomerApp /></LangRoute>} />
      </Routes>
    </BrowserRouter>
  </StrictMode>,
);
