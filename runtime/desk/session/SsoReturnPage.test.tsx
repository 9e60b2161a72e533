import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderDesk } from '../desk-test-kit';

afterEach(() => vi.unstubAllGlobals());

function returnWith(query: string) {
  window.history.replaceState(null, '', `/fi/virkailija/kertakirjautuminen?${query}`);
  renderDesk('/fi/virkailija/kertakirjautuminen');
}

describe('the single sign-on return page', () => {
  it('hands the provider’s answer to the server once, takes the code out of the address, and says why a refusal happened', async () => {
    const { calls } = fakeApi({
      'POST /api/staff-sso/complete': () => ({ status: 403, body: { error: { code: 'no_role', message: 'None of the person’s groups is mapped', fields: [] } } }),
    });
    returnWith('code=abc&state=xyz');
    expect(await screen.findByRole('heading', { level: 1, name: 'Kirjautuminen estetty' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('ei ole ryhmää, joka antaisi pääsyn Kevyeen');
    expect(window.location.search).toBe('');
    const completions = calls.filter((c) => c.path === '/api/staff-sso/complete');
    expect(completions).toHaveLength(1);
    expect(completions[0].body).toEqual({ query: 'code=abc&state=xyz' });
    expect(screen.getByRole('link', { name: 'Takaisin kirjautumiseen' }).getAttribute('href')).toBe('/fi/virkailija');
  });

  it('tells a failed answer apart from a missing role', async () => {
    fakeApi({
      'POST /api/staff-sso/complete': () => ({ status: 401, body: { error: { code: 'state_mismatch', message: 'state', fields: [] } } }),
    });
    returnWith('code=other&state=forged');
    expect((await screen.findByRole('alert')).textContent).toContain('Aloita alusta');
  });
});
