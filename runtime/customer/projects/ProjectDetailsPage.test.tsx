import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../ui/api/http';
import { LangRoute } from '../../../ui/routing/LangRoute';
import { project, sentPermit } from './project-fixtures';
import { ProjectDetailsPage } from './ProjectDetailsPage';

const mocks = vi.hoisted(() => ({ get: vi.fn(), changeData: vi.fn(), identification: vi.fn() }));
vi.mock('./projects-api', async (importOriginal) => {
  const original = await importOriginal<typeof import('./projects-api')>();
  return { ...original, projectsApi: { ...original.projectsApi, get: mocks.get, changeData: mocks.changeData } };
});
vi.mock('../api', async (importOriginal) => {
  const original = await importOriginal<typeof import('../api')>();
  return { ...original, customerApi: { ...original.customerApi, identification: mocks.identification } };
});

function renderAt(lang = 'fi') {
  return render(
    <MemoryRouter initialEntries={[`/${lang}/hankkeet/5/yhteystiedot`]}>
      <Routes>
        <Route path="/:lang/hankkeet/:id/yhteystiedot" element={<LangRoute><ProjectDetailsPage /></LangRoute>} />
      </Routes>
    </MemoryRouter>,
  );
}

const strong = { identification: 'strong', email: null, person: { name: 'Saara Virtanen' }, strongAvailable: true };
const byEmail = { identification: 'email', email: 'saara@example.fi', person: null, strongAvailable: true };

describe('changing a project’s name and contact', () => {
  beforeEach(() => {
    for (const m of Object.values(mocks)) m.mockReset();
    mocks.get.mockResolvedValue(project([sentPermit(1, 'police', 'KV-2026-000001')]));
    mocks.changeData.mockResolvedValue({ version: 4, supplements: [] });
  });
  afterEach(cleanup);

  it('a strongly identified customer changes the phone and the receipts’ address; the data goes back unchanged', async () => {
    mocks.identification.mockResolvedValue(strong);
    renderAt();
    const email = await screen.findByLabelText(/^Sähköpostiosoite/);
    expect((email as HTMLInputElement).value).toBe('saara.virtanen@example.fi');
    expect(screen.getByText(/Jo lähetetyt luvat pysyvät niillä yhteystiedoilla/)).toBeTruthy();
    await userEvent.clear(email);
    await userEvent.type(email, 'hanke@example.fi');
    const phone = screen.getByLabelText('Puhelinnumero');
    await userEvent.clear(phone);
    await userEvent.type(phone, '0509876543');
    await userEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    const done = await screen.findByRole('heading', { name: 'Nimi ja yhteystiedot tallennettu' });
    expect(document.activeElement).toBe(done);
    expect(mocks.changeData).toHaveBeenCalledWith(5, {
      data: { organiser: { name: 'Konserttiyhdistys ry' }, eventName: 'Kesäkonsertti', attendance: 1500 },
      version: 3,
      name: 'Kesäkonsertti',
      contact: { name: 'Saara Virtanen', phone: '0509876543', email: 'hanke@example.fi' },
    }, 'fi');
  });

  it('an e-mail customer is not asked an address (theirs is their own), and an emptied phone is sent as none', async () => {
    mocks.identification.mockResolvedValue(byEmail);
    renderAt();
    await screen.findByLabelText(/^Yhteyshenkilön nimi/);
    expect(screen.queryByLabelText(/^Sähköpostiosoite/)).toBeNull();
    await userEvent.clear(screen.getByLabelText('Puhelinnumero'));
    await userEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    await screen.findByRole('heading', { name: 'Nimi ja yhteystiedot tallennettu' });
    expect(mocks.changeData.mock.calls[0][1].contact).toEqual({ name: 'Saara Virtanen', phone: null });
  });

  it('says what is missing before asking the server, and marks the field the server refuses', async () => {
    mocks.identification.mockResolvedValue(strong);
    renderAt();
    const name = await screen.findByLabelText(/^Yhteyshenkilön nimi/);
    await userEvent.clear(name);
    await userEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText('Anna yhteyshenkilön nimi.').length).toBeGreaterThan(0);
    expect(mocks.changeData).not.toHaveBeenCalled();

    await userEvent.type(name, 'Saara Virtanen');
    mocks.changeData.mockRejectedValue(new ApiError(422, 'invalid', 'The contact is invalid', [{ path: 'contact.phone', message: 'Anna puhelinnumero muodossa 040 123 4567.' }]));
    await userEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    const summary = await screen.findByRole('link', { name: 'Anna puhelinnumero muodossa 040 123 4567.' });
    expect(summary.getAttribute('href')).toBe('#root_contact_phone');
    await userEvent.click(summary);
    expect(document.activeElement).toBe(screen.getByLabelText('Puhelinnumero'));
    expect(screen.getByLabelText('Puhelinnumero').getAttribute('aria-invalid')).toBe('true');
  });

  it('says when the project was changed meanwhile and loads the latest details', async () => {
    mocks.identification.mockResolvedValue(byEmail);
    mocks.changeData.mockRejectedValue(new ApiError(409, 'conflict', 'Changed meanwhile', [{ path: 'name', message: 'Hankkeen nimi' }]));
    renderAt();
    await screen.findByRole('textbox', { name: /^Hankkeen nimi/ });
    await userEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Hanketietoja muutettiin sillä välin muualla (Hankkeen nimi). Uusimmat tiedot ladattiin; tee muutoksesi uudelleen.');
    expect(mocks.get).toHaveBeenCalledTimes(2);
  });

  it('speaks Swedish on the Swedish page', async () => {
    mocks.identification.mockResolvedValue(byEmail);
    renderAt('sv');
    expect(await screen.findByRole('heading', { level: 1, name: 'Namn och kontaktuppgifter: Kesäkonsertti' })).toBeTruthy();
    expect(within(screen.getByRole('form')).getByRole('button', { name: 'Spara' })).toBeTruthy();
  });
});
