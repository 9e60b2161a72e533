/**
 * Component-test support for the desk: a fake API answering by method and path (like the real
 * server would, per server/API.md), and the desk mounted at a URL as runtime/main.tsx mounts it.
 */
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { vi } from 'vitest';
import { LangRoute } from '../../ui/routing/LangRoute';
import { DeskApp } from './DeskApp';

export interface FakeCall {
  method: string;
  path: string;
  search: URLSearchParams;
  body: unknown;
}

type Handler = (call: FakeCall) => { status?: number; body?: unknown } | undefined;

export function fakeApi(routes: Record<string, Handler>) {
  const calls: FakeCall[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://desk.test');
    const method = (init?.method ?? 'GET').toUpperCase();
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const call = { method, path: url.pathname, search: url.searchParams, body };
    calls.push(call);
    if (url.pathname === '/api/csrf') return json(200, { token: 'test-token' });
    for (const [pattern, handler] of Object.entries(routes)) {
      const [m, p] = pattern.split(' ');
      const re = new RegExp(`^${p.replace(/:\w+/g, '[^/]+')}$`);
      if (m === method && re.test(url.pathname)) {
        const answer = handler(call);
        if (answer) return json(answer.status ?? 200, answer.body ?? {});
      }
    }
    return json(404, { error: { code: 'not_found', message: `No fake for ${method} ${url.pathname}`, fields: [] } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
}

function json(status: number, body: unknown): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export let currentLocation = '';
function LocationSpy() {
  const location = useLocation();
  currentLocation = location.pathname + location.search;
  return null;
}

/**
 * How long a desk test waits for what the desk shows after its first render: the lazily loaded
 * desk code on a loaded machine has taken well over the 10 s of test/support/jsdom-setup.ts.
 */
export const DESK_WAIT = { timeout: 20_000 };

export function renderDesk(url: string) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <LocationSpy />
      <Routes>
        <Route path="/:lang/virkailija/*" element={<LangRoute><DeskApp /></LangRoute>} />
      </Routes>
    </MemoryRouter>,
  );
}

export const helsinkiHandler = {
  id: 7, email: 'helena.kasittelija@hel.fi', name: 'Helena Käsittelijä', role: 'handler',
  authority: { id: 'police-helsinki', name: { fi: 'Helsingin poliisilaitos', sv: 'Polisinrättningen i Helsingfors', en: 'Helsinki Police Department' } },
  twoFactor: { enabled: false, required: false, step: 'none', recoveryCodesLeft: 0 },
};

export const municipalitiesFixture = [
  { code: '091', fi: 'Helsinki', sv: 'Helsingfors', languages: 'fi-sv' },
  { code: '049', fi: 'Espoo', sv: 'Esbo', languages: 'fi-sv' },
];
export const authoritiesFixture = [{ id: 'police-helsinki', kind: 'police', name: { fi: 'Helsingin poliisilaitos' }, municipalities: ['091'] }];
