import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../ui/api/http';
import { LangRoute } from '../../../ui/routing/LangRoute';
import { draftPermit, project, sentPermit } from './project-fixtures';
import { ProjectDataPage } from './ProjectDataPage';

const mocks = vi.hoisted(() => ({ get: vi.fn(), previewData: vi.fn(), changeData: vi.fn() }));
vi.mock('./projects-api', async (importOriginal) => {
  const original = await importOriginal<typeof import('./projects-api')>();
  return { ...original, projectsApi: { ...original.projectsApi, ...mocks } };
});

function renderEdit() {
  return render(
    <MemoryRouter initialEntries={['/fi/hankkeet/5/tiedot']}>
      <Routes>
        <Route path="/:lang/hankkeet/:id/tiedot" element={<LangRoute><ProjectDataPage /></LangRoute>} />
      </Routes>
    </MemoryRouter>,
  );
}

const changes = (before: string, after: string) => ({ answers: [{ path: 'attendance', label: 'Arvioitu yleisömäärä', before, after }], attachments: [] });

describe('changing the project data after sending', () => {
  beforeEach(() => {
    for (const m of Object.values(mocks)) m.mockReset();
    mocks.get.mockResolvedValue(project([sentPermit(1, 'police', 'KV-2026-000001'), sentPermit(2, 'rescue', 'KV-2026-000002'), draftPermit(3, 'food', 1)]));
  });
  afterEach(cleanup);

  async function changeAttendance() {
    const field = await screen.findByLabelText(/^Arvioitu yleisömäärä/);
    await userEvent.clear(field);
    await userEvent.type(field, '2000');
    await userEvent.click(screen.getByRole('button', { name: 'Tarkista muutoksen vaikutukset →' }));
  }

  it('shows which sent permits the change reaches and how, asks, then saves and shows the outcome per permit', async () => {
    mocks.previewData.mockResolvedValue({ affected: [
      { permitId: 1, reference: 'KV-2026-000001', service: 'Ilmoitus yleisötilaisuudesta', authority: 'Helsingin poliisilaitos', changes: changes('1500', '2000'), supplement: 'possible', reason: null },
      { permitId: 2, reference: 'KV-2026-000002', service: 'Pelastussuunnitelma', authority: 'Helsingin kaupungin pelastuslaitos', changes: changes('1500', '2000'), supplement: 'not_possible', reason: 'Asia on jo ratkaistu.' },
    ] });
    mocks.changeData.mockResolvedValue({ version: 4, supplements: [
      { permitId: 1, reference: 'KV-2026-000001', outcome: 'sent', status: { id: 'supplemented', label: 'Täydennetty' }, reason: null },
      { permitId: 2, reference: 'KV-2026-000002', outcome: 'not_sent', reason: 'Asia on jo ratkaistu.' },
    ] });
    renderEdit();
    await changeAttendance();
    const confirm = await screen.findByRole('region', { name: 'Tallennetaanko muutos?' });
    expect(document.activeElement).toBe(within(confirm).getByRole('heading', { level: 3 }));
    expect(mocks.previewData).toHaveBeenCalledWith(5, { data: { organiser: { name: 'Konserttiyhdistys ry' }, eventName: 'Kesäkonsertti', attendance: 2000 }, version: 3 }, 'fi');
    expect(within(confirm).getAllByText('Arvioitu yleisömäärä: 1500 → 2000')).toHaveLength(2);
    expect(within(confirm).getByText('Lähetetään täydennyksenä.')).toBeTruthy();
    expect(within(confirm).getByText('Ei voida lähettää täydennyksenä nyt: Asia on jo ratkaistu.')).toBeTruthy();
    expect(within(confirm).getByText('Hankkeen luonnos päivittyy uusiin tietoihin.')).toBeTruthy();
    expect(mocks.changeData).not.toHaveBeenCalled();
    await userEvent.click(within(confirm).getByRole('button', { name: 'Tallenna muutos' }));
    const done = await screen.findByRole('heading', { name: 'Hanketiedot tallennettu' });
    expect(document.activeElement).toBe(done);
    expect(screen.getByText(/täydennys lähetetty \(tila nyt: Täydennetty\)/)).toBeTruthy();
    expect(screen.getByText(/täydennystä ei lähetetty: Asia on jo ratkaistu\./)).toBeTruthy();
  });

  it('says when the project was changed meanwhile and loads the latest data', async () => {
    mocks.previewData.mockRejectedValue(new ApiError(409, 'conflict', 'Changed meanwhile', [{ path: 'data.eventName', message: 'Tapahtuman nimi' }]));
    renderEdit();
    await changeAttendance();
    expect((await screen.findByRole('alert')).textContent).toBe('Hanketietoja muutettiin sillä välin muualla (Tapahtuman nimi). Uusimmat tiedot ladattiin; tee muutoksesi uudelleen.');
    expect(mocks.get).toHaveBeenCalledTimes(2);
  });
});
