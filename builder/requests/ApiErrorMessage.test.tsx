/** A refused request reads in the staff member's language; the server's English detail follows, marked as English. */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../ui/api/http';
import { LangContext } from '../../ui/i18n/texts';
import { ApiErrorMessage } from './ApiErrorMessage';

describe('ApiErrorMessage', () => {
  it('leads a stale save (409) in Swedish and keeps the server’s English detail with lang="en"', () => {
    const error = new ApiError(409, 'conflict', 'The draft was saved by someone else meanwhile');
    render(
      <LangContext.Provider value="sv">
        <ApiErrorMessage error={error} />
      </LangContext.Provider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.querySelector('.bl-error')?.textContent).toBe('Åtgärden står i konflikt med det nuvarande läget. Ladda om sidan och försök igen.');
    expect(screen.getByText('The draft was saved by someone else meanwhile').getAttribute('lang')).toBe('en');
  });

  it('names each bad field of a 422 under a Finnish lead', () => {
    const error = new ApiError(422, 'validation_failed', 'Some fields are invalid', [{ path: 'changelog', message: 'Required' }]);
    render(<ApiErrorMessage error={error} />);
    expect(screen.getByText('Palvelin ei hyväksynyt pyyntöä.')).toBeTruthy();
    expect(screen.getByText('changelog').tagName).toBe('CODE');
  });

  it('says the server could not be reached, without a detail line, when the network fails', () => {
    render(
      <LangContext.Provider value="en">
        <ApiErrorMessage error={new ApiError(0, 'network', 'Failed to fetch')} />
      </LangContext.Provider>,
    );
    expect(screen.getByRole('alert').textContent).toBe('Could not reach the server. Try again.');
  });
});
