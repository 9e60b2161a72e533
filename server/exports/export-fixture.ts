/** A realistic case for the export modules' tests: a Helsinki concert notified to the police. */
import type { CaseExport } from './case-export';

export const kallioConcert: CaseExport = {
  id: 42,
  reference: 'KV-2026-000042',
  service: 'Yleisötilaisuuden ilmoitus',
  authority: 'Helsingin poliisilaitos',
  packVersion: 'event-organising v2',
  status: 'Käsittelyssä',
  municipality: 'Helsinki (091)',
  submittedAt: '2026-05-04T09:30:00.000Z',
  dueDate: '2026-06-12',
  decidedAt: null,
  customer: { name: 'Aino Virtanen', email: 'aino.virtanen@example.fi', phone: '+358 40 123 4567' },
  answers: [
    { path: 'eventName', label: 'Tapahtuman nimi', value: 'Kallio Block Party' },
    { path: 'dates', label: 'Ajankohta', value: '15.8.2026 – 16.8.2026' },
    { path: 'organiser.orgName', label: 'Järjestäjä: Nimi', value: 'Kallio-Seura ry' },
    { path: 'organiser.note', label: 'Järjestäjä: Lisätiedot', value: '=HYPERLINK("http://evil.invalid")' },
  ],
  attachments: [{ name: 'asemapiirros.pdf', size: 20480, type: 'application/pdf' }],
  history: [
    { at: '2026-05-04T09:30:00.000Z', by: 'Aino Virtanen', kind: 'submitted', text: '', internal: false },
    { at: '2026-05-05T06:00:00.000Z', by: 'Helena Käsittelijä', kind: 'status', text: 'Lähetetty → Vastaanotettu', internal: false },
    { at: '2026-05-05T06:05:00.000Z', by: 'Helena Käsittelijä', kind: 'note', text: 'Soitettu järjestäjälle, järjestyksenvalvojat ok.', internal: true },
  ],
};
