/**
 * The pack's project data in the designer: Lotta adds project data to her draft, builds its fields
 * in the form designer with only the kinds project data may hold, undoes and redoes, and then maps
 * a field of the e-service's form to it by its label. The draft comes from a stubbed API.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FormPackContent } from '../../form-library/format/types';
import { LangContext } from '../../ui/i18n/texts';
import { newPackContent } from '../drafts/pack-content';
import { DesignerPage } from '../designer/DesignerPage';

function draft(): FormPackContent {
  const content = newPackContent({ fi: 'Tapahtumailmoitus', sv: 'Evenemangsanmälan', en: 'Event notification' });
  const page = content.services[0].form.pages[0];
  page.title = { fi: 'Tapahtuma', sv: 'Evenemang', en: 'Event' };
  page.elements.push({ id: 'e-event-name', kind: 'text', key: 'nimi', label: { fi: 'Tapahtuman nimi', sv: 'Evenemangets namn', en: 'Name of the event' } });
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

const canvas = () => screen.getByRole('region', { name: 'Lomake' });
/** The labels of the elements on the canvas, as their cards show them. */
const cards = () => [...canvas().querySelectorAll('.ce-select .ce-label')].map((label) => label.textContent);
const card = (label: string) => [...canvas().querySelectorAll<HTMLButtonElement>('.ce-select')].find((b) => b.querySelector('.ce-label')?.textContent === label)!;

describe('the project data designer', () => {
  it('adds project data, builds its fields with the allowed kinds only, undoes and redoes, and maps a form field to it', async () => {
    showDraft(draft());
    const nav = await screen.findByRole('navigation', { name: 'Paketin hanketiedot' });
    fireEvent.click(within(nav).getByRole('button', { name: 'Hanketiedot' }));
    expect(screen.getByText('Paketilla ei ole vielä hanketietoja.')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Lisää hanketiedot' }));
    });
    // The Finnish name takes the focus, to be named.
    expect(document.activeElement).toBe(document.getElementById('pd-name-fi'));
    expect((document.getElementById('pd-name-fi') as HTMLInputElement).value).toBe('Hanke');

    const palette = screen.getByRole('region', { name: 'Elementit' });
    const addButtons = within(palette).getAllByRole('button', { name: /^Lisää / }).map((b) => b.getAttribute('aria-label'));
    expect(addButtons).toContain('Lisää Tekstikenttä');
    expect(addButtons).toContain('Lisää Osio');
    for (const notAllowed of ['Lisää Toistuva ryhmä', 'Lisää Liite', 'Lisää Ohjeteksti']) expect(addButtons).not.toContain(notAllowed);
    expect(within(canvas()).queryByRole('button', { name: /Lisää sivu/ })).toBeNull();

    await act(async () => {
      fireEvent.click(within(palette).getByRole('button', { name: 'Lisää Tekstikenttä' }));
    });
    const label = document.activeElement as HTMLInputElement;
    fireEvent.change(label, { target: { value: 'Tapahtuman nimi' } });
    expect(cards()).toEqual(['Tapahtuman nimi']);

    // Undo takes the label, then the field; redo brings both back.
    fireEvent.click(screen.getByRole('button', { name: /^↶ Kumoa/ }));
    fireEvent.click(screen.getByRole('button', { name: /^↶ Kumoa/ }));
    expect(cards()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: /^↷ Tee uudelleen/ }));
    fireEvent.click(screen.getByRole('button', { name: /^↷ Tee uudelleen/ }));
    expect(cards()).toEqual(['Tapahtuman nimi']);

    // The e-service's own field now picks it by its label.
    fireEvent.click(screen.getByRole('button', { name: 'Tapahtumailmoitus' }));
    await act(async () => {
      fireEvent.click(card('Tapahtuman nimi'));
    });
    const picker = screen.getByLabelText('Esitäytetään hanketiedoista') as HTMLSelectElement;
    expect(within(picker).getAllByRole('option').map((o) => o.textContent)).toEqual(['Ei esitäytetä', 'Tapahtuman nimi']);
    fireEvent.change(picker, { target: { value: 'tapahtumanNimi' } });
    expect(picker.value).toBe('tapahtumanNimi');
    fireEvent.click(screen.getByRole('button', { name: /^↶ Kumoa/ }));
    expect((screen.getByLabelText('Esitäytetään hanketiedoista') as HTMLSelectElement).value).toBe('');
  });
});
