/**
 * A realistic fixture used by the form-library tests: the police's "notification of a public
 * event" (ilmoitus yleisötilaisuudesta) with an organiser section, a repeating group of performers,
 * a page shown only when alcohol is served, and attachments.
 */
import type { FormDefinition, FormPackContent, ServiceDefinition } from '../format/types';

export const publicEventForm: FormDefinition = {
  pages: [
    {
      id: 'p-organiser',
      title: { fi: 'Järjestäjä', sv: 'Arrangör', en: 'Organiser' },
      elements: [
        {
          id: 'e-organiser',
          kind: 'section',
          key: 'organiser',
          label: { fi: 'Järjestäjän tiedot', sv: 'Arrangörens uppgifter', en: 'Organiser details' },
          elements: [
            { id: 'e-org-name', kind: 'text', key: 'name', required: true, maxLength: 200,
              label: { fi: 'Järjestäjän nimi', sv: 'Arrangörens namn', en: 'Name of the organiser' } },
            { id: 'e-org-bid', kind: 'businessId', key: 'businessId', required: true,
              label: { fi: 'Y-tunnus', sv: 'FO-nummer', en: 'Business ID' },
              help: { fi: 'Muodossa 1234567-1', sv: 'I formatet 1234567-1', en: 'In the form 1234567-1' } },
            { id: 'e-org-phone', kind: 'phone', key: 'phone', required: true,
              label: { fi: 'Puhelinnumero', sv: 'Telefonnummer', en: 'Phone number' } },
            { id: 'e-org-email', kind: 'email', key: 'email', required: true,
              label: { fi: 'Sähköposti', sv: 'E-post', en: 'Email' } },
            { id: 'e-org-address', kind: 'address', key: 'address',
              label: { fi: 'Postiosoite', sv: 'Postadress', en: 'Postal address' } },
          ],
        },
      ],
    },
    {
      id: 'p-event',
      title: { fi: 'Tapahtuma', sv: 'Evenemang', en: 'Event' },
      elements: [
        { id: 'e-event-name', kind: 'text', key: 'eventName', required: true, minLength: 3, maxLength: 120,
          label: { fi: 'Tapahtuman nimi', sv: 'Evenemangets namn', en: 'Name of the event' } },
        { id: 'e-municipality', kind: 'municipality', key: 'municipality', required: true,
          label: { fi: 'Kunta', sv: 'Kommun', en: 'Municipality' } },
        { id: 'e-dates', kind: 'dateRange', key: 'dates', required: true, min: '2026-01-01',
          label: { fi: 'Tapahtuman ajankohta', sv: 'Evenemangets tidpunkt', en: 'Dates of the event' } },
        { id: 'e-attendance', kind: 'number', key: 'attendance', required: true, integer: true, min: 1, max: 100000,
          label: { fi: 'Arvioitu yleisömäärä', sv: 'Uppskattat antal besökare', en: 'Expected attendance' } },
        { id: 'e-event-type', kind: 'choice', key: 'eventType', display: 'radio', required: true,
          label: { fi: 'Tapahtuman laji', sv: 'Typ av evenemang', en: 'Type of event' },
          options: [
            { value: 'concert', label: { fi: 'Konsertti', sv: 'Konsert', en: 'Concert' } },
            { value: 'market', label: { fi: 'Markkinat', sv: 'Marknad', en: 'Market' } },
            { value: 'sports', label: { fi: 'Urheilutapahtuma', sv: 'Idrottsevenemang', en: 'Sports event' } },
          ] },
        { id: 'e-alcohol', kind: 'yesNo', key: 'alcohol', required: true,
          label: { fi: 'Anniskellaanko tapahtumassa alkoholia?', sv: 'Serveras alkohol vid evenemanget?', en: 'Is alcohol served at the event?' } },
        {
          id: 'e-performers',
          kind: 'group',
          key: 'performers',
          maxItems: 20,
          label: { fi: 'Esiintyjät', sv: 'Artister', en: 'Performers' },
          itemLabel: { fi: 'Esiintyjä', sv: 'Artist', en: 'Performer' },
          elements: [
            { id: 'e-perf-name', kind: 'text', key: 'performerName', required: true,
              label: { fi: 'Esiintyjän nimi', sv: 'Artistens namn', en: 'Name of the performer' } },
            { id: 'e-perf-pyro', kind: 'yesNo', key: 'pyrotechnics',
              label: { fi: 'Käyttääkö esiintyjä pyrotekniikkaa?', sv: 'Använder artisten pyroteknik?', en: 'Does the performer use pyrotechnics?' } },
            { id: 'e-perf-pyro-plan', kind: 'textarea', key: 'pyrotechnicsPlan', required: true,
              condition: { field: 'pyrotechnics', op: 'equals', value: true },
              label: { fi: 'Pyrotekniikkasuunnitelma', sv: 'Pyroteknikplan', en: 'Pyrotechnics plan' } },
          ],
        },
      ],
    },
    {
      id: 'p-alcohol',
      title: { fi: 'Anniskelu', sv: 'Servering', en: 'Alcohol serving' },
      condition: { field: 'alcohol', op: 'equals', value: true },
      elements: [
        { id: 'e-alc-area', kind: 'text', key: 'servingArea', required: true,
          label: { fi: 'Anniskelualue', sv: 'Serveringsområde', en: 'Serving area' } },
        { id: 'e-alc-licence', kind: 'text', key: 'servingLicence', pattern: '^[A-Z]{2,6}-\\d{4,8}$',
          patternMessage: { fi: 'Anna lupanumero muodossa ESAVI-123456', sv: 'Ange tillståndsnumret i formatet ESAVI-123456', en: 'Give the licence number as ESAVI-123456' },
          label: { fi: 'Anniskeluluvan numero', sv: 'Serveringstillståndets nummer', en: 'Serving licence number' } },
      ],
    },
    {
      id: 'p-attachments',
      title: { fi: 'Liitteet', sv: 'Bilagor', en: 'Attachments' },
      elements: [
        { id: 'e-att-info', kind: 'info', key: 'attachmentInfo', label: {},
          text: { fi: 'Liitä tapahtuma-alueen kartta.', sv: 'Bifoga en karta över evenemangsområdet.', en: 'Attach a map of the event area.' } },
        { id: 'e-site-map', kind: 'attachment', key: 'siteMap', required: true, maxFiles: 3,
          accept: ['application/pdf', 'image/png', 'image/jpeg'],
          label: { fi: 'Aluekartta', sv: 'Områdeskarta', en: 'Site map' } },
        { id: 'e-security-plan', kind: 'attachment', key: 'securityPlan', required: true, maxFiles: 1,
          condition: { field: 'eventType', op: 'oneOf', values: ['concert', 'sports'] },
          label: { fi: 'Turvallisuussuunnitelma', sv: 'Säkerhetsplan', en: 'Safety plan' } },
      ],
    },
  ],
};

export const publicEventService: ServiceDefinition = {
  id: 'public-event-police',
  kind: 'notification',
  name: { fi: 'Ilmoitus yleisötilaisuudesta', sv: 'Anmälan om allmän sammankomst', en: 'Notification of a public event' },
  description: {
    fi: 'Ilmoita poliisille yleisötilaisuudesta viimeistään viisi päivää ennen tilaisuutta.',
    sv: 'Anmäl en allmän tillställning till polisen senast fem dagar före tillställningen.',
    en: 'Notify the police of a public event at least five days before it.',
  },
  authorityKind: 'police',
  topics: ['events'],
  form: publicEventForm,
  workflow: {
    states: [
      { id: 'SUBMITTED', initial: true, customerVisible: true, label: { fi: 'Lähetetty', sv: 'Skickad', en: 'Submitted' } },
      { id: 'ACKNOWLEDGED', final: true, customerVisible: true, label: { fi: 'Käsitelty', sv: 'Behandlad', en: 'Acknowledged' } },
    ],
    transitions: [
      { event: 'ACKNOWLEDGE', from: ['SUBMITTED'], to: 'ACKNOWLEDGED', roles: ['handler'],
        label: { fi: 'Kuittaa', sv: 'Kvittera', en: 'Acknowledge' },
        customerAlert: { fi: 'Ilmoituksesi on käsitelty.', sv: 'Din anmälan har behandlats.', en: 'Your notification has been handled.' } },
    ],
  },
};

export const eventPack: FormPackContent = {
  slug: 'event-organising',
  name: { fi: 'Tapahtuman järjestäminen', sv: 'Ordna evenemang', en: 'Organising an event' },
  description: { fi: 'Ilmoitukset ja luvat tapahtumille.', sv: 'Anmälningar och tillstånd för evenemang.', en: 'Notifications and permits for events.' },
  services: [publicEventService],
};

/** Valid answers: Helsinki concert with alcohol and one performer using pyrotechnics. */
export function validEventData(): Record<string, unknown> {
  return {
    organiser: {
      name: 'Helsingin Tapahtumat Oy',
      businessId: '0737546-2',
      phone: '+358 40 123 4567',
      email: 'tapahtumat@example.fi',
      address: { street: 'Mannerheimintie 1', postalCode: '00100', postOffice: 'Helsinki' },
    },
    eventName: 'Kesäkonsertti Kaivopuistossa',
    municipality: '091',
    dates: { start: '2026-07-10', end: '2026-07-11' },
    attendance: 5000,
    eventType: 'concert',
    alcohol: true,
    performers: [
      { performerName: 'Sibelius-kvartetti', pyrotechnics: false },
      { performerName: 'Tulinen Orkesteri', pyrotechnics: true, pyrotechnicsPlan: 'Suihkulähteet lavan reunoilla.' },
    ],
    servingArea: 'Aidattu alue lavan edessä',
    servingLicence: 'ESAVI-123456',
    siteMap: ['att-7f3a'],
    securityPlan: ['att-91c2'],
  };
}
