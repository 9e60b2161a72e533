import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { validatorFor } from '../../../form-library/validation/validate-submission';
import { ApiError } from '../../../ui/api/http';
import { LangRoute } from '../../../ui/routing/LangRoute';
import { draftPermit, foodSalesForm } from './project-fixtures';
import { PermitPage } from './PermitPage';
import type { PermitDraft } from './projects-api';

const mocks = vi.hoisted(() => ({ permit: vi.fn(), saveDraft: vi.fn(), sendPermit: vi.fn(), loadServiceForm: vi.fn() }));
vi.mock('./projects-api', async (importOriginal) => {
  const original = await importOriginal<typeof import('./projects-api')>();
  return { ...original, projectsApi: { ...original.projectsApi, permit: mocks.permit, saveDraft: mocks.saveDraft, sendPermit: mocks.sendPermit } };
});
vi.mock('../service-form-load', () => ({ loadServiceForm: mocks.loadServiceForm }));

function draft(version: number, data: PermitDraft['data']): PermitDraft {
  return {
    permit: draftPermit(7, 'food', 1), data, version,
    fromProject: [
      { path: 'organiser.name', projectField: 'organiser.name', label: 'Järjestäjän nimi' },
      { path: 'eventName', projectField: 'eventName', label: 'Tapahtuman nimi' },
    ],
    fromIdentity: [],
  };
}

function renderPermit() {
  return render(
    <MemoryRouter initialEntries={['/fi/hankkeet/5/luvat/7']}>
      <Routes>
        <Route path="/:lang/hankkeet/:id/luvat/:permitId" element={<LangRoute><PermitPage /></LangRoute>} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('a permit’s form in the project', () => {
  beforeEach(() => {
    for (const m of Object.values(mocks)) m.mockReset();
    mocks.loadServiceForm.mockResolvedValue({
      deploymentId: 13, packVersion: 4, definition: foodSalesForm, check: validatorFor(foodSalesForm),
      service: { id: 'temporary-food-sales', kind: 'notification', name: 'Tilapäinen elintarvikemyynti', description: '', identification: 'none' },
      authority: { id: 'helsinki-city', name: 'Helsingin kaupunki' },
    });
    mocks.permit.mockResolvedValue(draft(2, { organiser: { name: 'Konserttiyhdistys ry' }, eventName: 'Kesäkonsertti' }));
  });
  afterEach(cleanup);

  it('shows the project’s fields read-only, marked as coming from the project with a link to change them there', async () => {
    renderPermit();
    const organiser = await screen.findByLabelText(/^Järjestäjän nimi/);
    expect((organiser as HTMLInputElement).value).toBe('Konserttiyhdistys ry');
    expect(organiser.hasAttribute('readonly')).toBe(true);
    const event = screen.getByLabelText(/^Tapahtuman nimi/);
    expect(event.hasAttribute('readonly')).toBe(true);
    const links = screen.getAllByRole('link', { name: /muuta hankkeessa/ });
    expect(links).toHaveLength(2);
    expect(links[0].getAttribute('href')).toBe('/fi/hankkeet/5/tiedot');
    expect(screen.getAllByText(/Hanketiedoista –/)).toHaveLength(2);
    // The customer's own field stays editable.
    expect(screen.getByLabelText(/^Myyntipisteiden määrä/).hasAttribute('readonly')).toBe(false);
    expect(screen.getByText('2 kenttää on täytetty hanketiedoista. Niitä muutetaan hankkeessa, jolloin muutos päivittyy kaikkiin lupiin.')).toBeTruthy();
  });

  it('saves the draft on the server and says so; a failed save can be retried', async () => {
    mocks.saveDraft.mockRejectedValueOnce(new ApiError(503, 'unavailable', 'Service unavailable'));
    renderPermit();
    await userEvent.type(await screen.findByLabelText(/^Myyntipisteiden määrä/), '4');
    expect(await screen.findByText('Tallennus epäonnistui. Vastauksesi ovat vielä tällä sivulla.')).toBeTruthy();
    mocks.saveDraft.mockResolvedValueOnce({ version: 3, missing: [] });
    await userEvent.click(screen.getByRole('button', { name: 'Yritä tallentaa uudelleen' }));
    expect(await screen.findByText(/Tallennettu\. Voit jatkaa myöhemmin/)).toBeTruthy();
    expect(mocks.saveDraft).toHaveBeenLastCalledWith('5', 7, { data: { organiser: { name: 'Konserttiyhdistys ry' }, eventName: 'Kesäkonsertti', stalls: 4 }, version: 2 }, 'fi');
  });

  it('reloads the draft with a message when it was changed elsewhere (409)', async () => {
    mocks.saveDraft.mockRejectedValueOnce(new ApiError(409, 'conflict', 'Stale version'));
    renderPermit();
    await userEvent.type(await screen.findByLabelText(/^Myyntipisteiden määrä/), '4');
    mocks.permit.mockResolvedValue(draft(5, { organiser: { name: 'Konserttiyhdistys ry' }, eventName: 'Kesäkonsertti', stalls: 6 }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    await waitFor(() => expect((screen.getByLabelText(/^Myyntipisteiden määrä/) as HTMLInputElement).value).toBe('6'));
    expect(screen.getByRole('alert').textContent).toMatch(/Luonnosta muutettiin muualla/);
  });

  it('sends from the summary and shows the receipt, focused', async () => {
    mocks.permit.mockResolvedValue(draft(2, { organiser: { name: 'Konserttiyhdistys ry' }, eventName: 'Kesäkonsertti', stalls: 4 }));
    mocks.sendPermit.mockResolvedValue({ id: 41, reference: 'KV-2026-000041', status: 'received', authority: { id: 'helsinki-city', name: 'Helsingin kaupunki' }, submittedAt: '2026-05-03T09:00:00.000Z', dueDate: '2026-05-17' });
    renderPermit();
    await userEvent.click(await screen.findByRole('button', { name: 'Yhteenvetoon →' }));
    expect(await screen.findByText('Tarkista vastaukset. Lupa lähtee viranomaiselle Helsingin kaupunki.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Lähetä' }));
    const heading = await screen.findByRole('heading', { name: 'Lähetetty' });
    // The focus moves in an effect after the receipt renders.
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const receipt = heading.closest('section')!;
    expect(within(receipt).getByText('KV-2026-000041')).toBeTruthy();
    expect(mocks.sendPermit).toHaveBeenCalledWith('5', 7, 'fi');
  });
});
