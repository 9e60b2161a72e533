/** The live preview answers in the language chosen for it, its error messages included, at once. */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../form-library/format/types';
import { LangContext } from '../../../ui/i18n/texts';
import { Preview } from './Preview';

// Vaasa's outdoor-dining notification: the restaurant's name is required.
const terrace: FormDefinition = {
  pages: [{
    id: 'p1', title: { fi: 'Ravintola', sv: 'Restaurang', en: 'Restaurant' },
    elements: [{ id: 'e1', kind: 'text', key: 'ravintola', required: true, label: { fi: 'Ravintolan nimi', sv: 'Restaurangens namn', en: 'Name of the restaurant' } }],
  }],
};

describe('the designer’s preview', () => {
  it('shows the errors of a refused page in Swedish as soon as Swedish is chosen, without pressing "Nästa"', async () => {
    render(<LangContext.Provider value="fi"><Preview definition={terrace} initialLang="fi" /></LangContext.Provider>);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /Tarkista/ }));
    });
    const finnish = await screen.findByRole('alert');
    expect(within(finnish).getByRole('heading').textContent).toBe('Tarkista seuraavat kohdat');
    expect(finnish.textContent).toContain('Tämä tieto on pakollinen.');

    await act(async () => {
      fireEvent.click(screen.getByLabelText('På svenska'));
    });
    const swedish = screen.getByRole('alert');
    expect(within(swedish).getByRole('heading').textContent).toBe('Kontrollera följande');
    expect(swedish.textContent).toContain('Restaurangens namn');
    expect(swedish.textContent).toContain('Denna uppgift är obligatorisk.');
    expect(swedish.textContent).not.toContain('pakollinen');
  });
});
