import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FormDefinition } from '../../../form-library/format/types';
import { LangRoute } from '../../../ui/routing/LangRoute';
import { eventKind, project } from './project-fixtures';
import { StartProjectPage } from './StartProjectPage';
import { actingForChosen } from '../acting-for/acting-for-store';

const mocks = vi.hoisted(() => ({ identification: vi.fn(), kinds: vi.fn(), create: vi.fn(), result: vi.fn() }));
vi.mock('./projects-api', async (importOriginal) => {
  const original = await importOriginal<typeof import('./projects-api')>();
  return { ...original, projectsApi: { ...original.projectsApi, kinds: mocks.kinds, create: mocks.create } };
});
vi.mock('../api', async (importOriginal) => {
  const original = await importOriginal<typeof import('../api')>();
  return { ...original, customerApi: { ...original.customerApi, identification: mocks.identification } };
});
vi.mock('../assessment/assessment-api', async (importOriginal) => {
  const original = await importOriginal<typeof import('../assessment/assessment-api')>();
  return { ...original, assessmentApi: { ...original.assessmentApi, result: mocks.result } };
});
vi.mock('../../form-renderer/widgets/MunicipalityCombobox', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../form-renderer/widgets/MunicipalityCombobox')>();
  return { ...original, loadMunicipalities: () => Promise.resolve([{ code: '091', fi: 'Helsinki', sv: 'Helsingfors' }]) };
});

function Where() {
  const location = useLocation();
  return <p>at {location.pathname}{location.search}</p>;
}

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/:lang/hankkeet/uusi" element={<LangRoute><StartProjectPage /></LangRoute>} />
        <Route path="*" element={<Where />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('starting a project', () => {
  beforeEach(() => {
    for (const m of Object.values(mocks)) m.mockReset();
    mocks.identification.mockResolvedValue({ identification: 'email', email: 'saara@example.fi', person: null, strongAvailable: true });
    mocks.kinds.mockResolvedValue([eventKind]);
    mocks.create.mockResolvedValue(project([]));
  });
  afterEach(cleanup);

  it('sends a customer who is not signed in to sign in, and back here afterwards', async () => {
    mocks.identification.mockResolvedValue({ identification: 'none', email: null, person: null, strongAvailable: true });
    renderAt('/fi/hankkeet/uusi?kunta=091');
    expect(await screen.findByText(`at /fi/kirjaudu?seuraava=${encodeURIComponent('/fi/hankkeet/uusi?kunta=091')}`)).toBeTruthy();
  });

  it('asks the name, kind, project data, contact, consent and services, and starts the project with them', async () => {
    renderAt('/fi/hankkeet/uusi?kunta=091');
    await userEvent.type(await screen.findByLabelText(/^Hankkeen nimi/), 'Kesäkonsertti');
    expect(await screen.findByRole('radio', { name: 'Tapahtuma' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Jatka hanketietoihin →' }));

    // The project data: the kind's form, checked before going on.
    await userEvent.click(await screen.findByRole('button', { name: 'Jatka yhteystietoihin ja palveluihin →' }));
    // Required answers missing: the page says so and stays.
    expect(within(await screen.findByRole('alert')).getAllByRole('link').length).toBeGreaterThanOrEqual(3);
    expect(screen.queryByRole('heading', { name: 'Yhteyshenkilö, suostumus ja palvelut' })).toBeNull();
    await userEvent.type(screen.getByLabelText(/^Järjestäjän nimi/), 'Konserttiyhdistys ry');
    await userEvent.type(screen.getByLabelText(/^Tapahtuman nimi/), 'Kesäkonsertti');
    await userEvent.type(screen.getByLabelText(/^Arvioitu yleisömäärä/), '1500');
    await userEvent.click(screen.getByRole('button', { name: 'Jatka yhteystietoihin ja palveluihin →' }));

    const heading = await screen.findByRole('heading', { name: 'Yhteyshenkilö, suostumus ja palvelut' });
    expect(document.activeElement).toBe(heading);
    // Nothing is started until the consent is answered: asked once, with what it means.
    await userEvent.type(screen.getByLabelText(/^Yhteyshenkilön nimi/), 'Saara Virtanen');
    await userEvent.click(screen.getByRole('button', { name: 'Aloita hanke' }));
    expect(within(await screen.findByRole('alert')).getByText('Vastaa, saavatko viranomaiset nähdä muiden lupien tilanteen.')).toBeTruthy();
    expect(screen.getByText(/Muiden lupien muita vastauksia, liitteitä, viestejä tai muistiinpanoja hän ei näe/)).toBeTruthy();
    await userEvent.click(screen.getByRole('radio', { name: 'Kyllä, saavat nähdä muiden lupien tilanteen' }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Ilmoitus yleisötilaisuudesta/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Tilapäinen elintarvikemyynti – Käsittelijä: Helsingin kaupunki/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Aloita hanke' }));

    expect(await screen.findByText('at /fi/hankkeet/5')).toBeTruthy();
    expect(mocks.create).toHaveBeenCalledWith({
      name: 'Kesäkonsertti', municipality: '091', packSlug: 'event-organising',
      data: { organiser: { name: 'Konserttiyhdistys ry' }, eventName: 'Kesäkonsertti', attendance: 1500 },
      contact: { name: 'Saara Virtanen', phone: null }, consent: true, services: ['public-event-police', 'temporary-food-sales'],
    }, 'fi');
  });

  it('from an assessment’s result: chooses its services and carries the answers that map to project data', async () => {
    const form: FormDefinition = { pages: [{ id: 'q', title: { fi: 'Kysymykset' }, elements: [
      { id: 'q1', kind: 'number', key: 'people', label: { fi: 'Montako osallistujaa?' }, projectField: 'attendance' },
      { id: 'q2', kind: 'yesNo', key: 'food', label: { fi: 'Myydäänkö ruokaa?' } },
    ] }] };
    const online = (deploymentId: number, service: string) => ({
      service: { pack: 'event-organising', service }, kind: 'notification', name: service, description: '', level: 'needed', reasons: [],
      offer: { kind: 'online', deploymentId, packVersion: 4, authority: { id: 'x', name: 'X' }, estimate: null },
    });
    mocks.result.mockResolvedValue({
      id: 'r1', createdAt: '2026-05-01T08:00:00.000Z', assessment: { pack: 'event-organising', id: 'event-permits', version: 4, name: 'Tapahtuman luvat', description: '' },
      municipality: { code: '091', fi: 'Helsinki', sv: 'Helsingfors' }, answers: { people: 1500, food: true }, form,
      services: [online(11, 'public-event-police'), online(13, 'temporary-food-sales')], onlineCount: 2,
    });
    renderAt('/fi/hankkeet/uusi?tulos=r1');
    expect(await screen.findByText('Lupatarveselvityksestäsi valittiin 2 palvelua ja 1 vastaus siirtyi hanketietoihin. Tarkista ne.')).toBeTruthy();
    expect((screen.getByLabelText(/^Hankkeen nimi/) as HTMLInputElement).value).toBe('Tapahtuman luvat');
    await userEvent.click(screen.getByRole('button', { name: 'Jatka hanketietoihin →' }));
    expect(((await screen.findByLabelText(/^Arvioitu yleisömäärä/)) as HTMLInputElement).value).toBe('1500');
    await userEvent.type(screen.getByLabelText(/^Järjestäjän nimi/), 'Konserttiyhdistys ry');
    await userEvent.type(screen.getByLabelText(/^Tapahtuman nimi/), 'Kesäkonsertti');
    await userEvent.click(screen.getByRole('button', { name: 'Jatka yhteystietoihin ja palveluihin →' }));
    expect((await screen.findByRole('checkbox', { name: /Ilmoitus yleisötilaisuudesta/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: /Pelastussuunnitelma/ }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('checkbox', { name: /Tilapäinen elintarvikemyynti/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('a person acting for a company: says the project will be the company’s, and asks the address the receipts go to', async () => {
    mocks.identification.mockResolvedValue({ identification: 'strong', email: null, person: { givenName: 'Aino', familyName: 'Testinen' }, strongAvailable: true });
    actingForChosen('Aino Testinen', { actingFor: { kind: 'company', businessId: '7001234-9', name: 'Testiyhtiö Oy' }, companies: [] });
    renderAt('/fi/hankkeet/uusi?kunta=091');
    expect(await screen.findByText(/Aloitat hankkeen yrityksen Testiyhtiö Oy puolesta/)).toBeTruthy();
    await userEvent.type(screen.getByLabelText(/^Hankkeen nimi/), 'Kesäjuhla');
    expect(await screen.findByRole('radio', { name: 'Tapahtuma' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Jatka hanketietoihin →' }));
    await userEvent.type(await screen.findByLabelText(/^Järjestäjän nimi/), 'Testiyhtiö Oy');
    await userEvent.type(screen.getByLabelText(/^Tapahtuman nimi/), 'Kesäjuhla');
    await userEvent.type(screen.getByLabelText(/^Arvioitu yleisömäärä/), '600');
    await userEvent.click(screen.getByRole('button', { name: 'Jatka yhteystietoihin ja palveluihin →' }));
    await userEvent.type(await screen.findByLabelText(/^Yhteyshenkilön nimi/), 'Aino Testinen');
    await userEvent.click(screen.getByRole('radio', { name: 'Kyllä, saavat nähdä muiden lupien tilanteen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Aloita hanke' }));
    // Without the address nothing is started: the page names it.
    expect(within(await screen.findByRole('alert')).getByText('Anna sähköpostiosoite, johon kuittaukset lähetetään.')).toBeTruthy();
    expect(mocks.create).not.toHaveBeenCalled();
    await userEvent.type(screen.getByLabelText(/^Sähköpostiosoite/), 'aino@testiyhtio.example');
    await userEvent.click(screen.getByRole('button', { name: 'Aloita hanke' }));
    expect(await screen.findByText('at /fi/hankkeet/5')).toBeTruthy();
    expect(mocks.create).toHaveBeenCalledWith(expect.objectContaining({ contact: { name: 'Aino Testinen', phone: null, email: 'aino@testiyhtio.example' } }), 'fi');
  });
});
