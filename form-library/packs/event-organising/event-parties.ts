/**
 * The organiser and the person responsible: every event authority (police, rescue, environment, food
 * control, street owner) asks for the same facts, so the forms of this pack share one wording.
 * `prefix` keeps element ids unique between services; data keys stay the same so a customer's project
 * can carry the answers from one form to the next.
 */
import type { FormData, SectionElement } from '../../format/types';
import { t } from '../localized';

export const ORGANISER_TYPES = ['company', 'association', 'municipality', 'person'] as const;

export function organiserSection(prefix: string): SectionElement {
  return {
    id: `${prefix}-organiser`,
    kind: 'section',
    key: 'organiser',
    label: t('Järjestäjä', 'Arrangör', 'Organiser'),
    elements: [
      {
        id: `${prefix}-organiser-type`,
        kind: 'choice',
        key: 'organiserType',
        display: 'radio',
        required: true,
        label: t('Järjestäjä on', 'Arrangören är', 'The organiser is'),
        options: [
          { value: 'company', label: t('yritys', 'ett företag', 'a company') },
          { value: 'association', label: t('yhdistys tai säätiö', 'en förening eller stiftelse', 'an association or foundation') },
          { value: 'municipality', label: t('kunta tai muu julkisyhteisö', 'en kommun eller annat offentligt samfund', 'a municipality or other public body') },
          { value: 'person', label: t('yksityishenkilö', 'en privatperson', 'a private person') },
        ],
      },
      {
        id: `${prefix}-organiser-name`,
        kind: 'text',
        key: 'organiserName',
        required: true,
        maxLength: 200,
        label: t('Järjestäjän nimi', 'Arrangörens namn', 'Name of the organiser'),
        help: t(
          'Yrityksen tai yhdistyksen virallinen nimi tai henkilön koko nimi.',
          'Företagets eller föreningens officiella namn eller personens fullständiga namn.',
          'The registered name of the company or association, or the full name of the person.',
        ),
      },
      {
        id: `${prefix}-organiser-business-id`,
        kind: 'businessId',
        key: 'organiserBusinessId',
        required: true,
        label: t('Y-tunnus', 'FO-nummer', 'Business ID'),
        help: t('Muodossa 1234567-8.', 'I formen 1234567-8.', 'In the form 1234567-8.'),
        condition: { field: 'organiserType', op: 'oneOf', values: ['company', 'association', 'municipality'] },
      },
      {
        id: `${prefix}-organiser-address`,
        kind: 'address',
        key: 'organiserAddress',
        required: true,
        label: t('Postiosoite', 'Postadress', 'Postal address'),
      },
      {
        id: `${prefix}-organiser-phone`,
        kind: 'phone',
        key: 'organiserPhone',
        required: true,
        label: t('Puhelinnumero', 'Telefonnummer', 'Phone number'),
      },
      {
        id: `${prefix}-organiser-email`,
        kind: 'email',
        key: 'organiserEmail',
        required: true,
        label: t('Sähköposti', 'E-post', 'Email'),
      },
    ],
  };
}

export function responsiblePersonSection(prefix: string): SectionElement {
  return {
    id: `${prefix}-responsible`,
    kind: 'section',
    key: 'responsiblePerson',
    label: t('Vastuuhenkilö', 'Ansvarsperson', 'Person in charge'),
    help: t(
      'Henkilö, joka vastaa tapahtumasta paikan päällä ja jonka viranomainen tavoittaa tapahtuman aikana.',
      'Den person som ansvarar för evenemanget på plats och som myndigheten når under evenemanget.',
      'The person in charge on site whom the authority can reach during the event.',
    ),
    elements: [
      {
        id: `${prefix}-responsible-name`,
        kind: 'text',
        key: 'responsibleName',
        required: true,
        maxLength: 120,
        label: t('Nimi', 'Namn', 'Name'),
      },
      {
        id: `${prefix}-responsible-phone`,
        kind: 'phone',
        key: 'responsiblePhone',
        required: true,
        label: t('Puhelinnumero tapahtuman aikana', 'Telefonnummer under evenemanget', 'Phone number during the event'),
      },
      {
        id: `${prefix}-responsible-email`,
        kind: 'email',
        key: 'responsibleEmail',
        required: true,
        label: t('Sähköposti', 'E-post', 'Email'),
      },
    ],
  };
}

/** Example answers for the two sections above: a registered association in Turku. */
export const exampleParties: FormData = {
  organiser: {
    organiserType: 'association',
    organiserName: 'Aurajoen Kulttuuriyhdistys ry',
    organiserBusinessId: '1618033-3',
    organiserAddress: { street: 'Linnankatu 14 B', postalCode: '20100', postOffice: 'Turku' },
    organiserPhone: '+358401234567',
    organiserEmail: 'tapahtumat@aurajoenkulttuuri.fi',
  },
  responsiblePerson: {
    responsibleName: 'Saara Virtanen',
    responsiblePhone: '+358407654321',
    responsibleEmail: 'saara.virtanen@aurajoenkulttuuri.fi',
  },
};
