import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { foodStallsForm } from '../../form-library/test-fixtures/food-stalls';
import { renderElements } from './test-harness';

const stallsPage = foodStallsForm.pages.flatMap((p) => p.elements);

describe('adding a row to a repeating group', () => {
  it('moves focus to the new row’s first field, for the first row and for the next ones', async () => {
    const user = userEvent.setup();
    renderElements(stallsPage);
    const add = screen.getByRole('button', { name: /Lisää myyntipiste/ });
    await user.click(add);
    const first = within(screen.getByRole('group', { name: 'Myyntipiste 1' })).getByLabelText(/Myyntipisteen nimi/);
    expect(document.activeElement).toBe(first);

    await user.type(first, 'Kahvila Kaivopuisto');
    await user.click(add);
    const second = within(screen.getByRole('group', { name: 'Myyntipiste 2' })).getByLabelText(/Myyntipisteen nimi/);
    expect(document.activeElement).toBe(second);
  });
});
