import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { publicEventForm, validEventData } from '../../../form-library/test-fixtures/public-event-notification';
import { validatorFor } from '../../../form-library/validation/validate-submission';
import { ApiError } from '../../../ui/api/http';
import { LangRoute } from '../../../ui/routing/LangRoute';
import { ServiceRoute } from '../CustomerApp';
import { saveDraft, loadDraft } from '../drafts';

const mocks = vi.hoisted(() => ({ form: vi.fn(), submit: vi.fn() }));
vi.mock('../api', async (importOriginal) => {
  const original = await importOriginal<typeof import('../api')>();
  // The server's precompiled check is ajv compiled here (jsdom allows it; the browser walk uses the served one).
  const formCheck = () => Promise.resolve(validatorFor(publicEventForm));
  return { ...original, customerApi: { ...original.customerApi, form: mocks.form, formCheck, submit: mocks.submit } };
});
vi.mock('../../form-renderer/widgets/MunicipalityCombobox', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../form-renderer/widgets/MunicipalityCombobox')>();
  return { ...original, loadMunicipalities: () => Promise.resolve([{ code: '091', fi: 'Helsinki', sv: 'Helsingfors' }]) };
});

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/:lang/asioi/:municipality/palvelu/:deploymentId" element={<LangRoute><ServiceRoute /></LangRoute>} />
        <Route path="/:lang/kuitti/:id" element={<p>receipt page</p>} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('sending a filled form', () => {
  beforeEach(() => {
    localStorage.clear();
    mocks.submit.mockReset();
    mocks.form.mockResolvedValue({
      deploymentId: 7,
      service: { id: 'public-event-police', kind: 'notification', name: 'Ilmoitus yleisötilaisuudesta', description: 'Ilmoita poliisille.', identification: 'none' },
      authority: { id: 'police-helsinki', name: 'Helsingin poliisilaitos' },
      packVersion: 1,
      definition: publicEventForm,
    });
    const draft = loadDraft(localStorage, 7, '091');
    saveDraft(localStorage, 7, '091', { ...draft, data: validEventData(), stage: 'summary', contact: { name: 'Saara Virtanen', email: 'saara@example.fi' } });
  });

  it('shows a 422 from the server in the error summary and by the field, on the page of the field', async () => {
    mocks.submit.mockRejectedValue(new ApiError(422, 'validation_failed', 'Validation failed', [{ path: 'organiser.businessId', message: 'Y-tunnuksen tarkiste ei täsmää.' }]));
    renderAt('/fi/asioi/091/palvelu/7');
    await userEvent.click(await screen.findByRole('button', { name: 'Lähetä' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: /Y-tunnuksen tarkiste ei täsmää/ })).toBeTruthy();
    expect(screen.getByText('Vaihe 1/4')).toBeTruthy();
    const field = screen.getByLabelText(/^Y-tunnus/);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    // The draft, with its idempotency key, is still there for the retry.
    expect(loadDraft(localStorage, 7, '091').data).toMatchObject({ eventName: 'Kesäkonsertti Kaivopuistossa' });
  });

  it('sends once with the draft\'s idempotency key even when the button is pressed twice, then clears the draft', async () => {
    const key = loadDraft(localStorage, 7, '091').idempotencyKey;
    let resolve: (v: unknown) => void = () => undefined;
    mocks.submit.mockImplementation(() => new Promise((r) => { resolve = r; }));
    renderAt('/fi/asioi/091/palvelu/7');
    const send = await screen.findByRole('button', { name: 'Lähetä' });
    await userEvent.click(send);
    await userEvent.click(send);
    expect(mocks.submit).toHaveBeenCalledTimes(1);
    expect(mocks.submit.mock.calls[0][0]).toMatchObject({ deploymentId: 7, municipality: '091', idempotencyKey: key, lang: 'fi' });
    expect(screen.getByRole('button', { name: /Lähetetään/ }).hasAttribute('disabled')).toBe(true);
    resolve({ id: '55', reference: 'KV-2026-000055', status: 'SUBMITTED', authority: { id: 'police-helsinki', name: 'Helsingin poliisilaitos' }, submittedAt: '2026-11-22T12:00:00Z' });
    await screen.findByText('receipt page');
    expect(localStorage.getItem('kevyt:draft:7:091')).toBeNull();
  });
});
