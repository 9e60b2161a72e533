import { render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { publicEventForm } from '../../form-library/test-fixtures/public-event-notification';
import { LangRoute } from '../../ui/routing/LangRoute';
import { clearDraft, draftKey, loadDraft, saveDraft } from './drafts';
import { CustomerApp } from './CustomerApp';
import { LanguageSwitcher, pathInLang } from './Layout';
import { groupByTopic } from './pages/OfferingPage';
import { splitServerErrors } from './pages/ServicePage';
import { customerTexts } from '../../i18n/catalogs/customer';
import { translator } from '../../i18n/translate';

describe('browser drafts', () => {
  beforeEach(() => localStorage.clear());

  it('keep the answers and the idempotency key per deployment and municipality until cleared', () => {
    const draft = loadDraft(localStorage, 12, '091');
    saveDraft(localStorage, 12, '091', { ...draft, data: { eventName: 'Kesäkonsertti' }, step: 2 });
    const again = loadDraft(localStorage, 12, '091');
    expect(again.data).toEqual({ eventName: 'Kesäkonsertti' });
    expect(again.step).toBe(2);
    expect(again.idempotencyKey).toBe(draft.idempotencyKey);
    // Espoo's draft of the same service is another draft.
    expect(loadDraft(localStorage, 12, '049').data).toEqual({});
    clearDraft(localStorage, 12, '091');
    expect(localStorage.getItem(draftKey(12, '091'))).toBeNull();
    expect(loadDraft(localStorage, 12, '091').idempotencyKey).not.toBe(draft.idempotencyKey);
  });

  it('survive a broken stored value by starting afresh', () => {
    localStorage.setItem(draftKey(12, '853'), '{not json');
    expect(loadDraft(localStorage, 12, '853').data).toEqual({});
  });
});

describe('server errors of a send', () => {
  it('go to the form, the contact step or the summary by their path', () => {
    const split = splitServerErrors(publicEventForm, [
      { path: 'organiser.businessId', message: 'Tarkista Y-tunnus.' },
      { path: 'contact.email', message: 'Tarkista sähköposti.' },
      { path: 'municipality', message: 'Palvelua ei tarjota kunnassa.' },
    ]);
    expect(split.data.map((e) => e.path)).toEqual(['organiser.businessId', 'municipality']);
    expect(split.contact.map((e) => e.path)).toEqual(['contact.email']);
    expect(split.other).toEqual([]);
  });
});

describe('offering by topic', () => {
  it('lists each service under its first known topic, the rest under "other"', () => {
    const topics = [
      { id: 'events', name: { fi: 'Tapahtumat', sv: 'Evenemang', en: 'Events' } },
      { id: 'building', name: { fi: 'Rakentaminen', sv: 'Byggande', en: 'Building' } },
    ];
    let nextId = 1;
    const service = (name: string, t: string[]) => ({ deploymentId: nextId++, serviceId: name, packSlug: 'p', packVersion: 1, kind: 'notification' as const, name, description: '', topics: t, authority: { id: 'a', name: 'Helsinki', kind: 'municipality' } });
    const groups = groupByTopic([service('noise', ['events']), service('demolition', ['building']), service('odd', ['unknown'])], topics);
    expect(groups.map((g) => [g.topic?.id ?? null, g.services.map((s) => s.name)])).toEqual([
      ['events', ['noise']],
      ['building', ['demolition']],
      [null, ['odd']],
    ]);
  });
});

/** `element` at `path`, under the language route the customer app lives in. */
function renderInLang(path: string, element: ReactElement) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/:lang/*" element={<LangRoute>{element}</LangRoute>} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('language switcher', () => {
  it('keeps the path and the query, changing only the language segment', () => {
    expect(pathInLang('/fi/asioi/091/palvelu/7', '?aihe=events', 'sv')).toBe('/sv/asioi/091/palvelu/7?aihe=events');
    renderInLang('/sv/asioi/049', <LanguageSwitcher />);
    expect(screen.getByRole('link', { name: 'Suomeksi' }).getAttribute('href')).toBe('/fi/asioi/049');
    expect(screen.getByRole('link', { name: 'På svenska' }).getAttribute('aria-current')).toBe('true');
    expect(screen.getByRole('navigation', { name: 'Språk' })).toBeTruthy();
  });
});

describe('an address no page answers', () => {
  it('says the page was not found, in the chosen language, and offers the way to the services', async () => {
    renderInLang('/sv/virkailja', <CustomerApp />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan hittades inte' })).toBeTruthy();
    expect(screen.getByText('Kontrollera adressen eller sök tjänsten enligt kommun.')).toBeTruthy();
    expect(screen.queryByText(translator(customerTexts, 'sv')('serviceNotFound'))).toBeNull();
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: translator(customerTexts, 'sv')('navServices') }).getAttribute('href')).toBe('/sv/');
  });
});
