/** My submission page against a stubbed API: the case's reference in the authority's case management, once it has one. */
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LangRoute } from '../../../ui/routing/LangRoute';
import type { MySubmission } from '../api';
import { SubmissionPage } from './SubmissionPage';

const mocks = vi.hoisted(() => ({ mySubmission: vi.fn() }));
vi.mock('../api', async (importOriginal) => {
  const original = await importOriginal<typeof import('../api')>();
  return { ...original, customerApi: { ...original.customerApi, mySubmission: mocks.mySubmission } };
});

function submission(over: Partial<MySubmission> = {}): MySubmission {
  return {
    id: 42, reference: 'KV-2026-000042', service: { id: 'event-noise', name: 'Meluilmoitus', kind: 'notification' },
    authority: { id: 'municipality-091', name: 'Helsingin kaupunki' }, status: { id: 'RECEIVED', label: 'Vastaanotettu' },
    submittedAt: '2026-05-04T09:30:00.000Z', updatedAt: '2026-05-04T09:30:00.000Z', dueDate: null, packVersion: 1, lang: 'fi',
    data: { eventName: 'Kallio Block Party' },
    definition: { pages: [{ id: 'p1', title: { fi: 'Tapahtuma', sv: 'Evenemang', en: 'Event' }, elements: [{ id: 'e1', key: 'eventName', kind: 'text', label: { fi: 'Tapahtuman nimi', sv: 'Evenemangets namn', en: 'Name of the event' } }] }] },
    history: [{ at: '2026-05-04T09:30:00.000Z', status: { id: 'RECEIVED', label: 'Vastaanotettu' } }],
    messages: [], attachments: [], actions: [], respondWithinDays: null, contactText: null, infoRequest: null, decisions: [], caseManagement: null,
    ...over,
  };
}

function show(detail: MySubmission) {
  mocks.mySubmission.mockResolvedValue(detail);
  return render(
    <MemoryRouter initialEntries={['/fi/omat/42']}>
      <Routes>
        <Route path="/:lang/omat/:id" element={<LangRoute><SubmissionPage /></LangRoute>} />
      </Routes>
    </MemoryRouter>,
  );
}

afterEach(cleanup);

describe('My submission and the authority’s case management', () => {
  it('says the case was received into case management, with its reference there', async () => {
    show(submission({ caseManagement: { caseManagementId: 'HEL 2026-001234', acknowledgedAt: '2026-05-06T10:15:00.000Z' } }));
    const panel = await screen.findByRole('region', { name: 'Vastaanotettu viranomaisen asianhallintaan' });
    expect(panel.textContent).toMatch(/Helsingin kaupunki on kirjannut asiasi asianhallintaansa .*2026.*diaarinumero\) on HEL 2026-001234\./);
  });

  it('claims nothing before the case-management system has acknowledged the case', async () => {
    show(submission());
    await screen.findByTestId('status');
    expect(screen.queryByTestId('case-management')).toBeNull();
    expect(screen.queryByText(/asianhallint/)).toBeNull();
  });
});
