import { render, screen } from '@testing-library/react';
import { Suspense, lazy } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { LangRoute } from '../ui/routing/LangRoute';
import { DeskLoading } from './DeskLoading';

// A desk whose code never arrives: the fallback is all the handler sees.
const NeverLoadingDesk = lazy(() => new Promise<{ default: () => null }>(() => {}));

function deskAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/:lang/virkailija/*" element={<LangRoute><Suspense fallback={<DeskLoading />}><NeverLoadingDesk /></Suspense></LangRoute>} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('the desk loading state', () => {
  it.each([
    ['/fi/virkailija', 'Ladataan virkailijan työpöytää…'],
    ['/sv/virkailija', 'Handläggarens skrivbord laddas…'],
    ['/en/virkailija/saapuneet', 'Loading the handler desk…'],
  ])('at %s is a status in the URL language', (path, text) => {
    deskAt(path);
    const status = screen.getByRole('status');
    expect(status.textContent?.trim()).toBe(text);
    // The spinner is decoration: only the sentence is announced.
    expect(status.querySelector('.spinner')?.getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByRole('main').contains(status)).toBe(true);
  });
});
