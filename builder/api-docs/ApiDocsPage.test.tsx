/**
 * The API documentation screen against a stubbed API, Scalar's reference stood in for (the browser
 * walk renders the real one, test/e2e/api-docs.test.ts): the admin sees what the API is for, the
 * download and the integration part of the document; a failed load says so and retries; a designer
 * is told who may see it.
 */
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StaffMember } from '../shell/session';
import { renderAsStaff } from '../shell/staff-test-kit';
import { ApiDocsPage } from './ApiDocsPage';
import type { OpenApiDocument } from './integration-document';

const tab = vi.hoisted(() => ({ loadedAsApiDocs: true, reloads: 0 }));
vi.mock('./own-document', () => ({
  loadedAsApiDocs: () => tab.loadedAsApiDocs,
  showingApiDocs: () => true,
  reloadDocument: () => void tab.reloads++,
}));

vi.mock('./ApiReference', () => ({
  ApiReference: ({ document }: { document: OpenApiDocument }) => (
    <ul aria-label="reference">{Object.keys(document.paths).map((p) => <li key={p}>{p}</li>)}</ul>
  ),
}));

const ADMIN: StaffMember = { id: 3, email: 'admin.helsinki@kevyt.example', name: 'Hanna Admin', role: 'admin', authority: { id: 'municipality-091', name: { fi: 'Helsinki', sv: 'Helsingfors', en: 'Helsinki' } }, mustChangePassword: false, twoFactor: { enabled: true, required: true, step: 'none', recoveryCodesLeft: 10 } };
const DESIGNER: StaffMember = { ...ADMIN, id: 4, role: 'designer', twoFactor: { enabled: false, required: false, step: 'none', recoveryCodesLeft: 0 } };

const OPENAPI: OpenApiDocument = {
  openapi: '3.1.0',
  info: { title: 'Kevyt API', version: '1' },
  paths: {
    '/api/integration/v1/cases': { get: { tags: ['Integration'], summary: 'The authority’s new and changed cases' } },
    '/api/inbox': { get: { tags: ['Desk'], summary: 'The authority’s inbox' } },
  },
};

function stubOpenApi(answers: Array<() => Response>) {
  let n = 0;
  vi.stubGlobal('fetch', async (url: string) => {
    if (url !== '/api/openapi.json') return new Response('{}', { status: 404 });
    return answers[Math.min(n++, answers.length - 1)]();
  });
}
const json = (value: unknown, status = 200) => () => new Response(JSON.stringify(value), { status, headers: { 'Content-Type': 'application/json' } });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  tab.loadedAsApiDocs = true;
  tab.reloads = 0;
});

describe('ApiDocsPage', () => {
  it('shows the admin the integration part of the document, with the key page and the whole document a click away', async () => {
    stubOpenApi([json(OPENAPI)]);
    renderAsStaff(<ApiDocsPage />, { me: ADMIN, lang: 'fi', path: '/fi/api-docs' });
    expect(screen.getByRole('heading', { level: 1, name: 'Rajapintakuvaus' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Ladataan rajapintakuvausta…');
    const reference = await screen.findByRole('list', { name: 'reference' });
    expect(reference.textContent).toBe('/api/integration/v1/cases');
    expect(screen.getByRole('region', { name: 'Integraatiorajapinnan kuvaus' }).getAttribute('lang')).toBe('en');
    expect(screen.getByRole('link', { name: 'Lataa koko rajapintakuvaus (OpenAPI 3.1, JSON)' }).getAttribute('href')).toBe('/api/openapi.json');
    expect(screen.getByRole('link', { name: 'Luo avain: API-avaimet' }).getAttribute('href')).toBe('/fi/api-keys');
    expect(tab.reloads).toBe(0);
  });

  it('says when the document could not be loaded and loads it again on request', async () => {
    stubOpenApi([json({ error: { code: 'busy', message: 'Busy', fields: [] } }, 503), json(OPENAPI)]);
    renderAsStaff(<ApiDocsPage />, { me: ADMIN, lang: 'sv', path: '/sv/api-docs' });
    const retry = await screen.findByRole('button', { name: 'Försök igen' });
    expect(screen.queryByRole('list', { name: 'reference' })).toBeNull();
    fireEvent.click(retry);
    expect((await screen.findByRole('list', { name: 'reference' })).textContent).toBe('/api/integration/v1/cases');
  });

  it('reached inside the app, loads itself again as a document of its own before asking for anything', () => {
    const calls: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      calls.push(url);
      return new Response('{}');
    });
    tab.loadedAsApiDocs = false;
    renderAsStaff(<ApiDocsPage />, { me: ADMIN, lang: 'fi', path: '/fi/api-docs' });
    expect(screen.getByRole('status').textContent).toBe('Ladataan rajapintakuvausta…');
    expect(tab.reloads).toBeGreaterThan(0);
    expect(calls).toEqual([]);
  });

  it('tells a designer that the authority’s admins see it', () => {
    stubOpenApi([json(OPENAPI)]);
    renderAsStaff(<ApiDocsPage />, { me: DESIGNER, lang: 'en', path: '/en/api-docs' });
    expect(screen.getByText('The API documentation is shown to the authority’s admins.')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });
});
