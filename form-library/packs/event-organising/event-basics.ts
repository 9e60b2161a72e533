/**
 * What, where and when: the event facts each service of the event pack asks first. Services add
 * their own questions after these; the keys are the same in every service of the pack.
 */
import type { FormData, SectionElement } from '../../format/types';
import { t } from '../localized';

export function eventSection(prefix: string): SectionElement {
  return {
    id: `${prefix}-event`,
    kind: 'section',
    key: 'event',
    label: t('Tapahtuman perustiedot', 'Evenemangets grunduppgifter', 'Event details'),
    elements: [
      {
        id: `${prefix}-event-name`,
        kind: 'text',
        key: 'eventName',
        required: true,
        maxLength: 200,
        label: t('Tapahtuman nimi', 'Evenemangets namn', 'Name of the event'),
      },
      {
        id: `${prefix}-event-place`,
        kind: 'text',
        key: 'eventPlace',
        required: true,
        maxLength: 200,
        label: t('Tapahtumapaikka', 'Evenemangsplats', 'Venue'),
        help: t(
          'Paikan nimi, esimerkiksi puisto, tori tai halli.',
          'Platsens namn, till exempel park, torg eller hall.',
          'The name of the place, for example a park, market square or hall.',
        ),
      },
      {
        id: `${prefix}-event-address`,
        kind: 'address',
        key: 'eventAddress',
        required: true,
        label: t('Tapahtumapaikan osoite', 'Evenemangsplatsens adress', 'Address of the venue'),
      },
      {
        id: `${prefix}-event-municipality`,
        kind: 'municipality',
        key: 'eventMunicipality',
        required: true,
        label: t('Kunta', 'Kommun', 'Municipality'),
      },
      {
        id: `${prefix}-event-dates`,
        kind: 'dateRange',
        key: 'eventDates',
        required: true,
        label: t('Tapahtuman alkamis- ja päättymispäivä', 'Evenemangets start- och slutdatum', 'Start and end date of the event'),
      },
      {
        id: `${prefix}-event-hours`,
        kind: 'text',
        key: 'eventHours',
        required: true,
        maxLength: 300,
        label: t('Kellonajat', 'Klockslag', 'Opening hours'),
        help: t(
          'Alkamis- ja päättymisaika kunakin päivänä, esimerkiksi "pe 18–24, la 12–24".',
          'Start- och sluttid varje dag, till exempel "fre 18–24, lör 12–24".',
          'Start and end time on each day, for example "Fri 18–24, Sat 12–24".',
        ),
      },
    ],
  };
}

/** Example answers: a two-day open-air music festival on the riverside in Turku. */
export const exampleEvent: FormData = {
  event: {
    eventName: 'Jokirannan kesäsoitto',
    eventPlace: 'Vartiovuoren puisto',
    eventAddress: { street: 'Vartiovuorenkatu 2', postalCode: '20700', postOffice: 'Turku' },
    eventMunicipality: '853',
    eventDates: { start: '2027-06-11', end: '2027-06-12' },
    eventHours: 'pe 17–23, la 12–23',
  },
};
