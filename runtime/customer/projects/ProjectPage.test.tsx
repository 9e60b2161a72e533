import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LangRoute } from '../../../ui/routing/LangRoute';
import { draftPermit, eventKind, project, sentPermit } from './project-fixtures';
import { ProjectPage } from './ProjectPage';

const mocks = vi.hoisted(() => ({ get: vi.fn(), kinds: vi.fn(), sendAll: vi.fn(), addPermit: vi.fn(), removePermit: vi.fn(), remove: vi.fn() }));
vi.mock('./projects-api', async (importOriginal) => {
  const original = await importOriginal<typeof import('./projects-api')>();
  return { ...original, projectsApi: { ...original.projectsApi, ...mocks } };
});

function renderProject() {
  return render(
    <MemoryRouter initialEntries={['/fi/hankkeet/5']}>
      <Routes>
        <Route path="/:lang/hankkeet/:id" element={<LangRoute><ProjectPage /></LangRoute>} />
        <Route path="/:lang/omat" element={<p>my submissions</p>} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('the project page', () => {
  beforeEach(() => {
    for (const m of Object.values(mocks)) m.mockReset();
    mocks.kinds.mockResolvedValue([eventKind]);
  });
  afterEach(cleanup);

  it('says when there are no permits yet and offers the municipality’s services to add', async () => {
    mocks.get.mockResolvedValue(project([]));
    renderProject();
    expect(await screen.findByRole('heading', { level: 1, name: 'Kesäkonsertti' })).toBeTruthy();
    expect(screen.getByText('Hankkeessa ei ole vielä lupia. Lisää palvelu alta.')).toBeTruthy();
    expect(screen.getByText('Hankkeessa ei ole lähettämättömiä luonnoksia.')).toBeTruthy();
    expect(screen.getByText(/Aikajanalla ei ole vielä tapahtumia/)).toBeTruthy();
    const select = await screen.findByLabelText('Palvelu kunnan Helsinki tarjonnasta');
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Valitse palvelu',
      'Ilmoitus yleisötilaisuudesta – Helsingin poliisilaitos',
      'Pelastussuunnitelma – Helsingin kaupungin pelastuslaitos',
      'Tilapäinen elintarvikemyynti – Helsingin kaupunki',
    ]);
    mocks.addPermit.mockResolvedValue(draftPermit(1, 'rescue', 3));
    await userEvent.selectOptions(select, '12');
    await userEvent.click(screen.getByRole('button', { name: 'Lisää hankkeeseen' }));
    expect(mocks.addPermit).toHaveBeenCalledWith(5, 12, 'fi');
    expect(await screen.findByText('Pelastussuunnitelma lisättiin hankkeeseen.')).toBeTruthy();
    expect(mocks.get).toHaveBeenCalledTimes(2);
  });

  it('shows drafts with what is missing, sent permits with status, reference, due date and estimate', async () => {
    mocks.get.mockResolvedValue(project([draftPermit(1, 'rescue', 2), draftPermit(2, 'food', 0), sentPermit(3, 'police', 'KV-2026-000123')]));
    renderProject();
    const rescue = (await screen.findByRole('heading', { name: 'Pelastussuunnitelma' })).closest('li')!;
    expect(within(rescue).getByText('2 kenttää täyttämättä')).toBeTruthy();
    expect(within(rescue).getByText('Käsittelijä: Helsingin kaupungin pelastuslaitos')).toBeTruthy();
    const food = screen.getByRole('heading', { name: 'Tilapäinen elintarvikemyynti' }).closest('li')!;
    expect(within(food).getByText('Valmis lähetettäväksi')).toBeTruthy();
    expect(within(food).getByText(/viranomaisen tavoite, ei mitattu aika/)).toBeTruthy();
    const police = screen.getByRole('heading', { name: 'Ilmoitus yleisötilaisuudesta' }).closest('li')!;
    expect(within(police).getByRole('link', { name: 'KV-2026-000123' }).getAttribute('href')).toBe('/fi/omat/103');
    expect(within(police).getByText('Vastaanotettu')).toBeTruthy();
    expect(within(police).getByText('Yleensä ratkaistu 9–21 päivässä (34 ratkaistun asian perusteella).')).toBeTruthy();
    // Sent permits: the project can no longer be removed.
    expect(screen.queryByRole('button', { name: 'Poista hanke' })).toBeNull();
  });

  it('asks before sending all complete, then shows one reference per permit and the ones not ready', async () => {
    const permits = [draftPermit(1, 'rescue', 2), draftPermit(2, 'food', 0), draftPermit(3, 'police', 0)];
    mocks.get.mockResolvedValue(project(permits));
    mocks.sendAll.mockResolvedValue({
      sent: [
        { permitId: 2, receipt: { id: 41, reference: 'KV-2026-000041', status: 'received', authority: { id: 'helsinki-city', name: 'Helsingin kaupunki' }, submittedAt: '2026-05-03T09:00:00.000Z', dueDate: '2026-05-17' } },
        { permitId: 3, receipt: { id: 42, reference: 'KV-2026-000042', status: 'received', authority: { id: 'police-helsinki', name: 'Helsingin poliisilaitos' }, submittedAt: '2026-05-03T09:00:00.000Z', dueDate: null } },
      ],
      notReady: [{ permitId: 1, service: 'Pelastussuunnitelma', fields: [{ path: 'data.plan', message: 'Pelastussuunnitelma puuttuu.' }] }],
    });
    renderProject();
    expect(await screen.findByText('2/3 luonnoksesta on valmiina lähetettäväksi. Kukin lähtee omalle viranomaiselleen ja saa oman viitenumeronsa.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Lähetä kaikki valmiit…' }));
    const confirm = screen.getByRole('region', { name: 'Lähetetäänkö 2 lupaa?' });
    expect(document.activeElement).toBe(within(confirm).getByRole('heading'));
    expect(within(confirm).getByText('Tilapäinen elintarvikemyynti – Helsingin kaupunki')).toBeTruthy();
    expect(within(confirm).getByText('Pelastussuunnitelma: 2 kenttää täyttämättä')).toBeTruthy();
    expect(mocks.sendAll).not.toHaveBeenCalled();
    await userEvent.click(within(confirm).getByRole('button', { name: 'Lähetä 2' }));
    const outcome = await screen.findByRole('heading', { name: '2 lupaa lähetetty' });
    expect(document.activeElement).toBe(outcome);
    expect(screen.getByRole('link', { name: 'KV-2026-000041' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'KV-2026-000042' })).toBeTruthy();
    expect(screen.getByText('Pelastussuunnitelma puuttuu.')).toBeTruthy();
  });

  it('confirms before removing a draft permit or the project', async () => {
    mocks.get.mockResolvedValue(project([draftPermit(1, 'rescue', 2)]));
    mocks.removePermit.mockResolvedValue(undefined);
    mocks.remove.mockResolvedValue(undefined);
    renderProject();
    await userEvent.click(await screen.findByRole('button', { name: 'Poista luonnos: Pelastussuunnitelma' }));
    expect(mocks.removePermit).not.toHaveBeenCalled();
    const confirm = screen.getByRole('region', { name: 'Poistetaanko luonnos Pelastussuunnitelma?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Poista luonnos' }));
    expect(mocks.removePermit).toHaveBeenCalledWith(5, 1);
    await userEvent.click(screen.getByRole('button', { name: 'Poista hanke' }));
    expect(mocks.remove).not.toHaveBeenCalled();
    const projectConfirm = screen.getByRole('region', { name: 'Poistetaanko hanke Kesäkonsertti?' });
    await userEvent.click(within(projectConfirm).getByRole('button', { name: 'Poista hanke' }));
    expect(mocks.remove).toHaveBeenCalledWith(5);
    expect(await screen.findByText('my submissions')).toBeTruthy();
  });

  it('shows the timeline in time order with the reply-by date and the decision document', async () => {
    mocks.get.mockResolvedValue(project([sentPermit(3, 'police', 'KV-2026-000123')], {
      timeline: [
        { at: '2026-05-20', permitId: 3, kind: 'expected', text: 'Ratkaisu odotetaan.' },
        { at: '2026-05-03T09:00:00.000Z', permitId: 3, kind: 'sent', text: 'Lähetetty, KV-2026-000123.' },
        { at: '2026-05-05T09:00:00.000Z', permitId: 3, kind: 'info_request', text: 'Poliisi pyytää lisätietoja: järjestyksenvalvojien määrä.', replyBy: '2026-05-12' },
        { at: '2026-05-04T09:00:00.000Z', permitId: null, kind: 'project_change', text: 'Hanketietoja muutettiin: yleisömäärä.' },
      ],
    }));
    renderProject();
    const timeline = (await screen.findByRole('heading', { name: 'Aikajana' })).closest('section')!;
    const items = within(timeline).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-kind'))).toEqual(['sent', 'project_change', 'info_request', 'expected']);
    expect(within(items[2]).getByText('Vastaa viimeistään 12.5.2026.')).toBeTruthy();
    // Each line names its permit or the project itself; the time stands above it.
    expect(within(items[1]).getByText('Hanketietoja muutettiin: yleisömäärä.')).toBeTruthy();
    expect(within(items[3]).getByText('Ratkaisu odotetaan.')).toBeTruthy();
  });
});
