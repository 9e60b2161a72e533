import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LangContext } from '../../ui/i18n/texts';
import { ErrorSummary } from './ErrorSummary';

describe('ErrorSummary', () => {
  it('renders nothing without errors', () => {
    const { container } = render(<ErrorSummary errors={[]} />);
    expect(container.innerHTML).toBe('');
  });

  it('is announced and focused when shown, each error a link to its field', async () => {
    render(
      <LangContext.Provider value="sv">
        <label htmlFor="root_contact_email">E-post</label>
        <input id="root_contact_email" />
        <ErrorSummary
          errors={[
            { path: 'contact.email', label: 'E-post', message: 'Ange en giltig e-postadress.' },
            { path: 'eventName', message: 'Evenemangets namn: obligatorisk uppgift saknas.', label: 'Evenemangets namn' },
          ]}
        />
      </LangContext.Provider>,
    );
    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(within(summary).getByRole('heading', { name: 'Kontrollera följande' })).toBeTruthy();
    expect(within(summary).getByText('Blanketten har 2 fel.')).toBeTruthy();
    // The label is not repeated when the message already starts with it.
    expect(within(summary).getByRole('link', { name: 'Evenemangets namn: obligatorisk uppgift saknas.' })).toBeTruthy();
    const link = within(summary).getByRole('link', { name: 'E-post: Ange en giltig e-postadress.' });
    expect(link.getAttribute('href')).toBe('#root_contact_email');
    await userEvent.click(link);
    expect(document.activeElement).toBe(screen.getByLabelText('E-post'));
  });

  it('lets the page decide where a link goes (another step of the form)', async () => {
    const onSelect = vi.fn();
    render(<ErrorSummary errors={[{ path: 'organiser.businessId', message: 'Tarkista Y-tunnus.' }]} onSelect={onSelect} />);
    await userEvent.click(screen.getByRole('link'));
    expect(onSelect).toHaveBeenCalledWith('organiser.businessId');
  });
});
