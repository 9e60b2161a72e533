/**
 * The coordinator's and the designer's review screens against a stubbed API: no "Publish" for a
 * draft identical to the latest version, the list marks changed drafts and the review queue, a
 * designer sends the draft for review, a version is read in Swedish with its workflow, and the draft
 * is read so before its first publication.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FormPackContent } from '../../form-library/format/types';
import { readyPack } from '../../form-library/library/index';
import { LangContext } from '../../ui/i18n/texts';
import type { StaffMember } from '../shell/session';
import { renderAsStaff } from '../shell/staff-test-kit';
import type { PackListItem } from './api';
import { PacksPage } from './PacksPage';
import { ReviewPublish } from './review/ReviewPublish';

const COORDINATOR: StaffMember = { id: 1, email: 'coordinator@kevyt.example', name: 'Kaisa Koordinaattori', role: 'coordinator', authority: null, mustChangePassword: false, twoFactor: { enabled: true, required: true, step: 'none', recoveryCodesLeft: 10 } };
const DESIGNER: StaffMember = { id: 4, email: 'designer.helsinki@kevyt.example', name: 'Lotta Lomakesuunnittelija', role: 'designer', authority: { id: 'municipality-091', name: { fi: 'Helsinki', sv: 'Helsingfors', en: 'Helsinki' } }, mustChangePassword: false, twoFactor: { enabled: false, required: false, step: 'none', recoveryCodesLeft: 0 } };

const eventOrganisingPack = readyPack('event-organising');
const pack = (): FormPackContent => structuredClone(eventOrganisingPack);

function listed(over: Partial<PackListItem>): PackListItem {
  return { id: 3, slug: 'event-organising', name: eventOrganisingPack.name, ownerAuthority: null, draftUpdatedAt: '2026-11-23T09:00:00.000Z', editable: true, services: [], versions: [{ version: 1, publishedAt: '2026-11-22T09:00:00.000Z', retired: false }], draftStatus: 'unchanged', review: null, ...over };
}

function stubApi(routes: Record<string, unknown>) {
  const calls: Array<{ method: string; url: string; body?: unknown }> = [];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    calls.push({ method, url, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
    if (url === '/api/csrf') return json({ token: 't' });
    const answer = routes[`${method} ${url.split('?')[0]}`];
    return answer === undefined ? json({ error: { code: 'not_found', message: 'No', fields: [] } }, 404) : json(answer, method === 'POST' ? 201 : 200);
  });
  return calls;
}

function showPacks(path: string, me: StaffMember, lang: 'fi' | 'sv' = 'fi') {
  renderAsStaff(<Routes><Route path="/:lang/packs/*" element={<PacksPage />} /></Routes>, { me, lang, path });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('publishing an unchanged draft', () => {
  it('offers no "Publish version 2" beside "no changes", and says why', () => {
    render(<LangContext.Provider value="fi"><ReviewPublish packId={3} draft={pack()} nextVersion={2} changes={{ version: 1, changed: false }} onPublished={() => {}} /></LangContext.Provider>);
    expect(screen.queryByRole('button', { name: /Julkaise versio/ })).toBeNull();
    expect(screen.queryByLabelText('Muutosloki (pakollinen)')).toBeNull();
    expect(screen.getByText('Luonnos on sama kuin versio 1: julkaistavaa ei ole. Tee muutokset ensin lomakesuunnittelussa.')).toBeTruthy();
  });

  it('offers it once the draft changes the latest version', () => {
    render(<LangContext.Provider value="fi"><ReviewPublish packId={3} draft={pack()} nextVersion={2} changes={{ version: 1, changed: true }} onPublished={() => {}} /></LangContext.Provider>);
    expect(screen.getByRole('button', { name: 'Julkaise versio 2' })).toBeTruthy();
    expect(screen.getByText('Luonnoksessa on muutoksia versioon 1 verrattuna.')).toBeTruthy();
  });
});

describe('the pack list', () => {
  it('marks the drafts changed since publication and lists the drafts waiting for review first', async () => {
    stubApi({
      'GET /api/packs': [
        listed({ id: 3, draftStatus: 'changed', review: { requestedAt: '2026-11-23T10:00:00.000Z', requestedBy: { id: 4, name: 'Lotta Lomakesuunnittelija' }, message: 'Meluilmoituksen ohjeet päivitetty.', changedSince: true } }),
        listed({ id: 5, slug: 'health', name: { fi: 'Terveys', sv: 'Hälsa', en: 'Health' } }),
      ],
    });
    showPacks('/fi/packs', COORDINATOR);
    const waiting = await screen.findByRole('region', { name: 'Tarkistusta odottavat luonnokset (1)' });
    expect(within(waiting).getByRole('link', { name: 'Tapahtumajärjestäminen' })).toBeTruthy();
    expect(waiting.textContent).toContain('Lotta Lomakesuunnittelija pyysi tarkistusta');
    expect(waiting.textContent).toContain('Meluilmoituksen ohjeet päivitetty.');
    expect(waiting.textContent).toContain('Luonnosta on muutettu pyynnön jälkeen.');
    expect(screen.getByRole('row', { name: /Tapahtumajärjestäminen/ }).textContent).toContain('Muutettu julkaisun jälkeen');
    expect(screen.getByRole('row', { name: /Terveys/ }).textContent).toContain('Sama kuin julkaistu versio');
  });
});

describe('a designer’s review request', () => {
  it('shows the checklist of the saved draft and sends it with a message', async () => {
    const content = pack();
    content.services[0].name.fi = 'Ilmoitus yleisötilaisuudesta (päivitetty)';
    const calls = stubApi({
      'GET /api/packs/3/draft': { content, updatedAt: '2026-11-23T09:00:00.000Z', problems: [], review: null },
      'GET /api/packs/3/versions': [{ version: 1, publishedAt: '2026-11-22T09:00:00.000Z', retired: false, changelog: 'Ensimmäinen versio' }],
      'GET /api/packs/3/versions/1': { version: 1, content: pack(), changelog: 'Ensimmäinen versio', publishedAt: '2026-11-22T09:00:00.000Z', retired: false },
      'POST /api/packs/3/review-request': { requestedAt: '2026-11-23T11:00:00.000Z' },
    });
    showPacks('/fi/packs/3', DESIGNER);
    const panel = await screen.findByRole('region', { name: 'Julkaisun tarkistuslista' });
    expect(panel.textContent).toContain('Luonnoksessa on muutoksia versioon 1 verrattuna.');
    expect(screen.queryByRole('region', { name: 'Tarkistus ja julkaisu' })).toBeNull();
    fireEvent.change(within(panel).getByLabelText('Viesti koordinaattorille (valinnainen)'), { target: { value: 'Nimi tarkennettu.' } });
    await act(async () => {
      fireEvent.click(within(panel).getByRole('button', { name: 'Lähetä tarkistettavaksi' }));
    });
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({ url: '/api/packs/3/review-request?lang=fi', body: { message: 'Nimi tarkennettu.' } });
  });
});

describe('reading a published version', () => {
  it('shows the form as customers see it and the workflow, both in the language chosen', async () => {
    stubApi({ 'GET /api/packs/3/versions/1': { version: 1, content: pack(), changelog: 'Ensimmäinen versio', publishedAt: '2026-11-22T09:00:00.000Z', retired: false } });
    showPacks('/fi/packs/3/versions/1', COORDINATOR);
    await screen.findByRole('heading', { level: 1, name: 'Tapahtumajärjestäminen, versio 1' });
    const police = eventOrganisingPack.services[0];
    const workflow = screen.getByRole('region', { name: 'Työnkulku' });
    expect(workflow.querySelector('svg')?.textContent).toContain(police.workflow.transitions[0].label.fi);
    await act(async () => {
      fireEvent.click(screen.getByLabelText('På svenska'));
    });
    expect(workflow.querySelector('svg')?.textContent).toContain(police.workflow.transitions[0].label.sv);
    expect(screen.getByRole('region', { name: new RegExp(police.name.sv ?? '') })).toBeTruthy();
    expect(document.querySelector('[data-preview-lang="sv"]')?.textContent).toContain(police.form.pages[0].title.sv);
  });
});

describe('reading the draft before its first publication', () => {
  it('links to the draft from a pack with no versions and reads it as a version is read, in English too', async () => {
    const content = pack();
    stubApi({
      'GET /api/packs/3/draft': { content, updatedAt: '2026-11-23T09:00:00.000Z', problems: [], review: null },
      'GET /api/packs/3/versions': [],
    });
    showPacks('/fi/packs/3', COORDINATOR);
    const read = await screen.findByRole('link', { name: 'Lue luonnos asiakkaan silmin' });
    await act(async () => {
      fireEvent.click(read);
    });
    await screen.findByRole('heading', { level: 1, name: 'Tapahtumajärjestäminen, luonnos' });
    expect(screen.getByRole('link', { name: 'Muokkaa luonnosta lomakesuunnittelussa' })).toBeTruthy();
    const police = content.services[0];
    const workflow = screen.getByRole('region', { name: 'Työnkulku' });
    await act(async () => {
      fireEvent.click(screen.getByLabelText('In English'));
    });
    expect(workflow.querySelector('svg')?.textContent).toContain(police.workflow.transitions[0].label.en);
    expect(document.querySelector('[data-preview-lang="en"]')?.textContent).toContain(police.form.pages[0].title.en);
  });
});
