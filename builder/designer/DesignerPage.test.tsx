/**
 * The designer page's problem list is the publishing gate's list (form-library packProblems): a
 * draft whose Swedish pack and service names are missing shows those problems on every tab, by the
 * fields on the details tab, and "Show" opens the field; a text field still called "Tekstikenttä"
 * is a problem too. The draft comes from a stubbed API.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FormPackContent } from '../../form-library/format/types';
import { LangContext } from '../../ui/i18n/texts';
import { newPackContent } from '../drafts/pack-content';
import { DesignerPage } from './DesignerPage';

// Lotta's first draft at Helsinki: Finnish names only, one text field left as the palette made it.
function draft(): FormPackContent {
  const content = newPackContent({ fi: 'Yleisötilaisuuden ilmoitus' });
  content.description = { fi: 'Ilmoitus poliisille yleisötilaisuudesta.', sv: 'Anmälan till polisen om en allmän sammankomst.' };
  const service = content.services[0];
  service.description = { fi: 'Ilmoita tilaisuudesta viisi päivää ennen.', sv: 'Anmäl sammankomsten fem dagar före.' };
  service.form.pages[0].title = { fi: 'Järjestäjä', sv: 'Arrangör', en: 'Organiser' };
  service.form.pages[0].elements.push({ id: 'e-name', kind: 'text', key: 'tekstikentta', label: { fi: 'Tekstikenttä', sv: 'Textfält', en: 'Text field' } });
  return content;
}

function showDraft(content: FormPackContent) {
  vi.stubGlobal('fetch', async (url: string) => {
    const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
    if (url === '/api/packs/7/draft') return json({ content, updatedAt: '2026-11-23T08:00:00.000Z', problems: [] });
    if (url === '/api/topics') return json([{ id: 'events', name: { fi: 'Tapahtumat', sv: 'Evenemang', en: 'Events' } }]);
    return new Response('{}', { status: 404 });
  });
  const router = createMemoryRouter([{ path: '/:lang/designer/:packId', element: <DesignerPage /> }], { initialEntries: ['/fi/designer/7'] });
  render(
    <LangContext.Provider value="fi">
      <RouterProvider router={router} />
    </LangContext.Provider>,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the designer’s problem list', () => {
  it('lists the missing Swedish pack and service names and the untouched "Tekstikenttä" on every tab', async () => {
    showDraft(draft());
    const list = await screen.findByRole('region', { name: /^Ongelmat/ });
    const texts = () => within(screen.getByRole('region', { name: /^Ongelmat/ })).getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(texts()).toEqual(expect.arrayContaining([
      expect.stringContaining('Paketin tiedot – Nimi puuttuu ruotsiksi: "Yleisötilaisuuden ilmoitus".'),
      expect.stringContaining('Asioinnin tiedot – Nimi puuttuu ruotsiksi: "Yleisötilaisuuden ilmoitus".'),
      expect.stringContaining('Lomake – Otsikko suomeksi on vielä aloitusteksti "Tekstikenttä".'),
    ]));
    const errors = texts().filter((t) => t.startsWith('Virhe'));
    expect(within(list).getByRole('heading').textContent).toBe(`Ongelmat (${texts().length})`);
    expect(errors.length).toBeGreaterThanOrEqual(4);

    for (const tab of ['Työnkulku', 'Asioinnin tiedot']) {
      fireEvent.click(screen.getByRole('tab', { name: tab }));
      expect(texts().filter((t) => t.startsWith('Virhe'))).toEqual(errors);
    }
  });

  it('shows the details tab’s problems by their fields, and "Show" opens the field', async () => {
    showDraft(draft());
    await screen.findByRole('region', { name: /^Ongelmat/ });
    const item = within(screen.getByRole('region', { name: /^Ongelmat/ })).getAllByRole('listitem').find((li) => li.textContent?.includes('Paketin tiedot – Nimi puuttuu ruotsiksi'));
    await act(async () => {
      fireEvent.click(within(item!).getByRole('button', { name: 'Näytä' }));
    });
    const packName = screen.getByRole('group', { name: 'Paketin nimi' });
    const swedish = within(packName).getByLabelText('På svenska');
    expect(document.activeElement).toBe(swedish);
    expect(swedish.getAttribute('aria-invalid')).toBe('true');
    expect(within(packName).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['⚠ Nimi puuttuu ruotsiksi: "Yleisötilaisuuden ilmoitus".', '⚠ Nimi puuttuu englanniksi: "Yleisötilaisuuden ilmoitus".']);
    expect(within(packName).getByLabelText('In English').getAttribute('aria-invalid')).toBeNull();
    expect(within(screen.getByRole('group', { name: 'Asioinnin nimi' })).getByLabelText('På svenska').getAttribute('aria-invalid')).toBe('true');
  });

  it('picks the topics from the real topic list, by name', async () => {
    showDraft(draft());
    fireEvent.click(await screen.findByRole('tab', { name: 'Asioinnin tiedot' }));
    const topics = await screen.findByRole('group', { name: 'Aihepiirit' });
    const events = await within(topics).findByLabelText('Tapahtumat');
    expect(within(topics).queryByRole('textbox')).toBeNull();
    expect((events as HTMLInputElement).checked).toBe(false);
    fireEvent.click(events);
    expect((events as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTestId('save-status').textContent).toBe('Tallentamattomia muutoksia');
  });
});
