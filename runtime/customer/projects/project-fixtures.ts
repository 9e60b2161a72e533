/** Projects as the API answers them, for the project pages' component tests. */
import type { FormDefinition } from '../../../form-library/format/types';
import type { Project, ProjectKind, ProjectPermit } from './projects-api';

export const eventProjectForm: FormDefinition = {
  pages: [
    {
      id: 'p-event',
      title: { fi: 'Tapahtuma', sv: 'Evenemang', en: 'Event' },
      elements: [
        {
          id: 'e-organiser', kind: 'section', key: 'organiser', label: { fi: 'Järjestäjä', sv: 'Arrangör', en: 'Organiser' },
          elements: [{ id: 'e-org-name', kind: 'text', key: 'name', required: true, label: { fi: 'Järjestäjän nimi', sv: 'Arrangörens namn', en: 'Name of the organiser' } }],
        },
        { id: 'e-event-name', kind: 'text', key: 'eventName', required: true, label: { fi: 'Tapahtuman nimi', sv: 'Evenemangets namn', en: 'Name of the event' } },
        { id: 'e-attendance', kind: 'number', key: 'attendance', required: true, integer: true, min: 1, label: { fi: 'Arvioitu yleisömäärä', sv: 'Uppskattat antal besökare', en: 'Expected attendance' } },
      ],
    },
  ],
};

/** A service form whose organiser name and event name come from the project. */
export const foodSalesForm: FormDefinition = {
  pages: [
    {
      id: 'p-sales',
      title: { fi: 'Elintarvikemyynti', sv: 'Livsmedelsförsäljning', en: 'Food sales' },
      elements: [
        {
          id: 'f-organiser', kind: 'section', key: 'organiser', label: { fi: 'Järjestäjä', sv: 'Arrangör', en: 'Organiser' },
          elements: [{ id: 'f-org-name', kind: 'text', key: 'name', required: true, projectField: 'organiser.name', label: { fi: 'Järjestäjän nimi', sv: 'Arrangörens namn', en: 'Name of the organiser' } }],
        },
        { id: 'f-event', kind: 'text', key: 'eventName', required: true, projectField: 'eventName', label: { fi: 'Tapahtuman nimi', sv: 'Evenemangets namn', en: 'Name of the event' } },
        { id: 'f-stalls', kind: 'number', key: 'stalls', required: true, integer: true, min: 1, label: { fi: 'Myyntipisteiden määrä', sv: 'Antal försäljningsställen', en: 'Number of stalls' } },
      ],
    },
  ],
};

const helsinkiPolice = { id: 'police-helsinki', name: 'Helsingin poliisilaitos' };
const helsinkiRescue = { id: 'rescue-helsinki', name: 'Helsingin kaupungin pelastuslaitos' };
const helsinkiCity = { id: 'helsinki-city', name: 'Helsingin kaupunki' };

export const eventKind: ProjectKind = {
  packSlug: 'event-organising', packVersion: 4, name: 'Tapahtuma', description: 'Yleisötilaisuus, konsertti tai markkinat.',
  definition: eventProjectForm, compiled: { schema: {}, uiSchema: {} },
  services: [
    { deploymentId: 11, serviceId: 'public-event-police', name: 'Ilmoitus yleisötilaisuudesta', authority: helsinkiPolice },
    { deploymentId: 12, serviceId: 'public-event-rescue', name: 'Pelastussuunnitelma', authority: helsinkiRescue },
    { deploymentId: 13, serviceId: 'temporary-food-sales', name: 'Tilapäinen elintarvikemyynti', authority: helsinkiCity },
  ],
};

export function draftPermit(id: number, service: 'police' | 'rescue' | 'food', missing: number): ProjectPermit {
  const s = {
    police: { deploymentId: 11, id: 'public-event-police', name: 'Ilmoitus yleisötilaisuudesta', authority: helsinkiPolice },
    rescue: { deploymentId: 12, id: 'public-event-rescue', name: 'Pelastussuunnitelma', authority: helsinkiRescue },
    food: { deploymentId: 13, id: 'temporary-food-sales', name: 'Tilapäinen elintarvikemyynti', authority: helsinkiCity },
  }[service];
  return {
    id, deploymentId: s.deploymentId, service: { id: s.id, name: s.name, kind: 'notification', packSlug: 'event-organising' }, authority: s.authority,
    state: 'draft', missing: Array.from({ length: missing }, (_, i) => ({ path: `field${i}`, message: `Kenttä ${i + 1} puuttuu.` })),
    submission: null, estimate: { kind: 'target', days: 14 }, updatedAt: '2026-05-02T10:00:00.000Z',
  };
}

export function sentPermit(id: number, service: 'police' | 'rescue' | 'food', reference: string): ProjectPermit {
  return {
    ...draftPermit(id, service, 0),
    state: 'sent',
    submission: {
      id: id + 100, reference, status: { id: 'received', label: 'Vastaanotettu' }, submittedAt: '2026-05-03T09:00:00.000Z', dueDate: '2026-05-17',
      infoRequest: null, decided: false,
    },
    estimate: { kind: 'measured', medianDays: 9, p80Days: 21, cases: 34 },
  };
}

export function project(permits: ProjectPermit[], extra: Partial<Project> = {}): Project {
  return {
    id: 5, name: 'Kesäkonsertti', municipality: { code: '091', name: 'Helsinki' }, updatedAt: '2026-05-03T09:00:00.000Z',
    kind: { packSlug: 'event-organising', packVersion: 4, name: 'Tapahtuma' },
    permits: permits,
    definition: eventProjectForm,
    data: { organiser: { name: 'Konserttiyhdistys ry' }, eventName: 'Kesäkonsertti', attendance: 1500 },
    contact: { name: 'Saara Virtanen', phone: '0401234567', email: 'saara.virtanen@example.fi' }, company: null, consent: true, version: 3, createdAt: '2026-05-01T08:00:00.000Z',
    timeline: [],
    ...extra,
  };
}
