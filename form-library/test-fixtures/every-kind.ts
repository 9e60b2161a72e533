/**
 * One element of every kind with an answer as a customer might type it (blanks and all): the
 * fixture that holds each kind's spec to what the kind did before it was one spec.
 */
import type { ElementKind, FormElement, FormData } from '../format/types';

export interface KindSample {
  element: FormElement;
  /** The answer as sent, before normalisation. */
  answer: unknown;
}

export const EVERY_KIND_SAMPLE: Record<ElementKind, KindSample> = {
  text: {
    element: { id: 'e-text', kind: 'text', key: 'eventName', label: { fi: 'Tapahtuman nimi', sv: 'Evenemangets namn', en: 'Event name' }, required: true, minLength: 2, maxLength: 120, pattern: '^[^<>]*$', patternMessage: { fi: 'Ei kulmasulkeita', en: 'No angle brackets' } },
    answer: '  Kallion kesäkonsertti ',
  },
  textarea: {
    element: { id: 'e-textarea', kind: 'textarea', key: 'description', label: { fi: 'Kuvaus', en: 'Description' }, help: { fi: 'Kerro lyhyesti', en: 'In brief' }, maxLength: 2000 },
    answer: '\nUlkoilmakonsertti Kalliossa.  ',
  },
  number: {
    element: { id: 'e-number', kind: 'number', key: 'attendance', label: { fi: 'Osallistujamäärä', en: 'Attendance' }, required: true, min: 1, max: 100000, integer: true },
    answer: 1500,
  },
  email: {
    element: { id: 'e-email', kind: 'email', key: 'email', label: { fi: 'Sähköposti', en: 'Email' }, required: true },
    answer: ' aino.asiakas@example.fi ',
  },
  phone: {
    element: { id: 'e-phone', kind: 'phone', key: 'phone', label: { fi: 'Puhelin', en: 'Phone' } },
    answer: '040 123 4567 ',
  },
  date: {
    element: { id: 'e-date', kind: 'date', key: 'eventDay', label: { fi: 'Päivä', en: 'Day' }, min: '2026-01-01', max: '2027-12-31' },
    answer: ' 2026-06-13',
  },
  time: {
    element: { id: 'e-time', kind: 'time', key: 'startTime', label: { fi: 'Alkamisaika', en: 'Start time' } },
    answer: '18:30',
  },
  dateRange: {
    element: { id: 'e-dates', kind: 'dateRange', key: 'dates', label: { fi: 'Tapahtuman päivät', en: 'Event days' }, required: true, min: '2026-01-01' },
    answer: { start: ' 2026-06-13', end: '2026-06-14 ' },
  },
  choice: {
    element: {
      id: 'e-choice', kind: 'choice', key: 'eventType', label: { fi: 'Tapahtuman tyyppi', en: 'Event type' }, display: 'select',
      options: [{ value: 'concert', label: { fi: 'Konsertti', sv: 'Konsert', en: 'Concert' } }, { value: 'market', label: { fi: 'Markkinat', en: 'Market' } }],
    },
    answer: 'concert',
  },
  multiChoice: {
    element: {
      id: 'e-multi', kind: 'multiChoice', key: 'services', label: { fi: 'Palvelut', en: 'Services' }, minItems: 1, maxItems: 2,
      options: [{ value: 'food', label: { fi: 'Ruokamyynti', en: 'Food sales' } }, { value: 'alcohol', label: { fi: 'Anniskelu', en: 'Serving alcohol' } }, { value: 'stage', label: { fi: 'Lava', en: 'Stage' } }],
    },
    answer: ['food', 'stage'],
  },
  yesNo: {
    element: { id: 'e-yesno', kind: 'yesNo', key: 'alcohol', label: { fi: 'Anniskellaanko alkoholia?', en: 'Is alcohol served?' }, required: true },
    answer: false,
  },
  businessId: {
    element: { id: 'e-bid', kind: 'businessId', key: 'businessId', label: { fi: 'Y-tunnus', sv: 'FO-nummer', en: 'Business ID' } },
    answer: ' 07375462',
  },
  personalId: {
    element: { id: 'e-pid', kind: 'personalId', key: 'personalId', label: { fi: 'Henkilötunnus', en: 'Personal identity code' } },
    answer: '131052-308t ',
  },
  postalCode: {
    element: { id: 'e-postal', kind: 'postalCode', key: 'postalCode', label: { fi: 'Postinumero', en: 'Postal code' } },
    answer: ' 00530',
  },
  address: {
    element: { id: 'e-address', kind: 'address', key: 'address', label: { fi: 'Osoite', en: 'Address' }, required: true },
    answer: { street: ' Helsinginkatu 25 ', postalCode: '00510', postOffice: 'Helsinki ' },
  },
  municipality: {
    element: { id: 'e-municipality', kind: 'municipality', key: 'municipality', label: { fi: 'Kunta', en: 'Municipality' }, required: true },
    answer: '091 ',
  },
  attachment: {
    element: { id: 'e-attachment', kind: 'attachment', key: 'siteMap', label: { fi: 'Aluekartta', en: 'Site map' }, required: true, accept: ['application/pdf', 'image/png'], maxFiles: 3 },
    answer: ['att-1', 'att-2'],
  },
  info: {
    element: { id: 'e-info', kind: 'info', key: 'mapInfo', label: { fi: 'Liitteet', en: 'Attachments' }, text: { fi: 'Liitä kartta tapahtuma-alueesta.', en: 'Attach a map of the event area.' } },
    answer: undefined,
  },
  section: {
    element: {
      id: 'e-section', kind: 'section', key: 'organiser', label: { fi: 'Järjestäjä', en: 'Organiser' },
      elements: [{ id: 'e-section-name', kind: 'text', key: 'name', label: { fi: 'Nimi', en: 'Name' }, required: true }],
    },
    answer: { name: ' Kallion Kulttuuri ry ' },
  },
  group: {
    element: {
      id: 'e-group', kind: 'group', key: 'performers', label: { fi: 'Esiintyjät', en: 'Performers' }, itemLabel: { fi: 'Esiintyjä', en: 'Performer' }, minItems: 1, maxItems: 20,
      elements: [{ id: 'e-group-name', kind: 'text', key: 'performerName', label: { fi: 'Nimi', en: 'Name' }, required: true }],
    },
    answer: [{ performerName: 'Aino ' }, { performerName: ' Eero' }],
  },
};

/** The sample's answer under its key, as form data. */
export function sampleData(kind: ElementKind): FormData {
  const { element, answer } = EVERY_KIND_SAMPLE[kind];
  return answer === undefined ? {} : { [element.key]: answer };
}
