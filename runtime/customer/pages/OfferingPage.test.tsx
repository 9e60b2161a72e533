import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LangRoute } from '../../../ui/routing/LangRoute';
import type { OfferedService } from '../api';
import { OfferingPage } from './OfferingPage';

const mocks = vi.hoisted(() => ({ offering: vi.fn() }));
vi.mock('../api', async (importOriginal) => {
  const original = await importOriginal<typeof import('../api')>();
  return { ...original, customerApi: { ...original.customerApi, offering: mocks.offering, topics: () => Promise.resolve([]) } };
});

function service(n: number): OfferedService {
  return {
    deploymentId: n, serviceId: `service-${n}`, packSlug: 'event-organising', packVersion: 1, kind: 'notification',
    name: `Ilmoitus ${n}`, description: '', topics: ['events'], authority: { id: 'rescue-ostrobothnia', name: 'Pohjanmaan pelastuslaitos', kind: 'rescue' },
  };
}

function renderOffering(lang: string, count: number, described: (s: OfferedService) => OfferedService = (s) => s) {
  mocks.offering.mockResolvedValue({ municipality: { code: '545', fi: 'Närpiö', sv: 'Närpes' }, services: Array.from({ length: count }, (_, i) => described(service(i + 1))) });
  return render(
    <MemoryRouter initialEntries={[`/${lang}/asioi/545`]}>
      <Routes>
        <Route path="/:lang/asioi/:municipality" element={<LangRoute><OfferingPage /></LangRoute>} />
      </Routes>
    </MemoryRouter>,
  );
}

describe("the offering's service count", () => {
  afterEach(cleanup);

  it.each([
    ['fi', 1, '1 palvelu'],
    ['fi', 2, '2 palvelua'],
    ['sv', 1, '1 tjänst'],
    ['sv', 2, '2 tjänster'],
    ['en', 1, '1 service'],
    ['en', 3, '3 services'],
  ])('reads right in %s for %i', async (lang, count, text) => {
    renderOffering(lang, count);
    // The count is announced (role=status) once the offering has loaded.
    expect(await screen.findByText(text, { selector: '[role=status]' })).toBeTruthy();
  });
});

describe("the offering's service cards", () => {
  afterEach(cleanup);

  it('show a description’s first sentence, so that the names stay easy to scan on a phone', async () => {
    const description = 'Ilmoitus tilapäisestä melusta ympäristönsuojelulain 118 §:n mukaan. Ilmoitus tehdään viimeistään 30 päivää ennen.';
    renderOffering('fi', 1, (s) => ({ ...s, description }));
    expect(await screen.findByText('Ilmoitus tilapäisestä melusta ympäristönsuojelulain 118 §:n mukaan.')).toBeTruthy();
    expect(screen.queryByText(/30 päivää ennen/)).toBeNull();
  });
});
