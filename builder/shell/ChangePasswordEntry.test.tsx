/**
 * A designer changes her password from the builder header: the screen opens under
 * /builder/:lang/password and she returns to the screen she left (its query kept), told so, with
 * the focus back on the link. A return path that is not inside the app is never followed.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LangRoute } from '../../ui/routing/LangRoute';
import { returnPathOf } from '../../ui/password/VoluntaryPasswordChange';
import { BuilderLayout, BuilderPasswordPage, PASSWORD_PATH } from './BuilderLayout';
import { StaffSessionContext, type StaffMember } from './session';

const SANNA: StaffMember = {
  id: 12, email: 'sanna.suunnittelija@turku.example', name: 'Sanna Suunnittelija', role: 'designer',
  authority: { id: 'municipality-853', name: { fi: 'Turun kaupunki', sv: 'Åbo stad', en: 'City of Turku' } }, mustChangePassword: false,
  twoFactor: { enabled: false, required: false, step: 'none', recoveryCodesLeft: 0 },
};

let here = '';
function LocationSpy() {
  const location = useLocation();
  here = location.pathname + location.search;
  return null;
}

function renderBuilder(url: string) {
  const posted: unknown[] = [];
  vi.stubGlobal('fetch', async (input: string, init?: RequestInit) => {
    if (input === '/api/csrf') return new Response(JSON.stringify({ token: 't' }), { status: 200 });
    posted.push(JSON.parse(String(init?.body)));
    return new Response(null, { status: 204 });
  });
  render(
    <MemoryRouter initialEntries={[url]}>
      <LocationSpy />
      <Routes>
        <Route
          path="/:lang/*"
          element={
            <LangRoute>
              <StaffSessionContext.Provider value={{ me: SANNA, signOut: async () => undefined }}>
                <BuilderLayout>
                  <Routes>
                    <Route path="packs" element={<h1>Form packs</h1>} />
                    <Route path={PASSWORD_PATH} element={<BuilderPasswordPage />} />
                  </Routes>
                </BuilderLayout>
              </StaffSessionContext.Provider>
            </LangRoute>
          }
        />
      </Routes>
    </MemoryRouter>,
  );
  return posted;
}

afterEach(() => vi.unstubAllGlobals());

describe('changing one’s password in the builder', { timeout: 30_000 }, () => {
  it('opens from the header and returns to the screen it was opened from with a status', async () => {
    const posted = renderBuilder('/en/packs?pack=3');
    const user = userEvent.setup();
    await user.click(within(screen.getByRole('banner')).getByRole('link', { name: 'Change password' }));
    await screen.findByRole('heading', { level: 1, name: 'Change password' });
    expect(here).toBe('/en/password');
    await user.type(screen.getByLabelText('Current password'), 'kevyt-demo-2026');
    await user.type(screen.getByLabelText('New password', { exact: true }), 'Sannan-oma-salasana-26');
    await user.type(screen.getByLabelText('New password again'), 'Sannan-oma-salasana-26');
    await user.click(screen.getByRole('button', { name: 'Change password' }));

    await screen.findByRole('heading', { level: 1, name: 'Form packs' });
    expect(here).toBe('/en/packs?pack=3');
    expect((await screen.findByText('Your password has been changed.')).closest('[role="status"]')).not.toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(within(screen.getByRole('banner')).getByRole('link', { name: 'Change password' })));
    expect(posted).toEqual([{ currentPassword: 'kevyt-demo-2026', newPassword: 'Sannan-oma-salasana-26' }]);
  });

  it('follows only return paths inside the app', () => {
    expect(returnPathOf({ returnTo: '/fi/designer/4?view=workflow' })).toBe('/fi/designer/4?view=workflow');
    expect(returnPathOf({ returnTo: '//evil.example/fi' })).toBeNull();
    expect(returnPathOf({ returnTo: 'https://evil.example/' })).toBeNull();
    expect(returnPathOf({ returnTo: '/\\evil.example' })).toBeNull();
    expect(returnPathOf(null)).toBeNull();
  });
});
