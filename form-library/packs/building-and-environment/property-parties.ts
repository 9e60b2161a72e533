/**
 * The property and the person or company who answers for it: both services of this pack ask for
 * them the same way. The property identifier (kiinteistötunnus) is checked for its shape only.
 */
import type { FormData, SectionElement } from '../../format/types';
import { t } from '../localized';

export function applicantSection(prefix: string): SectionElement {
  return {
    id: `${prefix}-applicant`,
    kind: 'section',
    key: 'applicant',
    label: t('Ilmoittaja tai hakija', 'Anmälare eller sökande', 'Notifier or applicant'),
    elements: [
      {
        id: `${prefix}-applicant-type`,
        kind: 'choice',
        key: 'applicantType',
        display: 'radio',
        required: true,
        label: t('Ilmoittaja on', 'Anmälaren är', 'The notifier is'),
        options: [
          { value: 'person', label: t('yksityishenkilö', 'en privatperson', 'a private person') },
          { value: 'company', label: t('yritys tai yhteisö', 'ett företag eller samfund', 'a company or organisation') },
          { value: 'housingCompany', label: t('asunto-osakeyhtiö', 'ett bostadsaktiebolag', 'a housing company') },
        ],
      },
      {
        id: `${prefix}-applicant-name`,
        kind: 'text',
        key: 'applicantName',
        required: true,
        maxLength: 200,
        label: t('Nimi', 'Namn', 'Name'),
      },
      {
        id: `${prefix}-applicant-business-id`,
        kind: 'businessId',
        key: 'applicantBusinessId',
        required: true,
        label: t('Y-tunnus', 'FO-nummer', 'Business ID'),
        help: t('Muodossa 1234567-8.', 'I formen 1234567-8.', 'In the form 1234567-8.'),
        condition: { field: 'applicantType', op: 'oneOf', values: ['company', 'housingCompany'] },
      },
      {
        id: `${prefix}-applicant-address`,
        kind: 'address',
        key: 'applicantAddress',
        required: true,
        label: t('Postiosoite', 'Postadress', 'Postal address'),
      },
      {
        id: `${prefix}-applicant-phone`,
        kind: 'phone',
        key: 'applicantPhone',
        required: true,
        label: t('Puhelinnumero', 'Telefonnummer', 'Phone number'),
      },
      {
        id: `${prefix}-applicant-email`,
        kind: 'email',
        key: 'applicantEmail',
        required: true,
        label: t('Sähköposti', 'E-post', 'Email'),
      },
      {
        id: `${prefix}-applicant-role`,
        kind: 'choice',
        key: 'applicantRole',
        display: 'radio',
        required: true,
        label: t('Suhde kiinteistöön', 'Förhållande till fastigheten', 'Relation to the property'),
        options: [
          { value: 'owner', label: t('omistaja tai haltija', 'ägare eller innehavare', 'owner or holder') },
          { value: 'representative', label: t('omistajan valtuuttama edustaja', 'ägarens befullmäktigade ombud', 'representative authorised by the owner') },
        ],
      },
      {
        id: `${prefix}-authorisation`,
        kind: 'attachment',
        key: 'authorisation',
        required: true,
        accept: ['application/pdf', 'image/jpeg', 'image/png'],
        maxFiles: 1,
        maxSizeMb: 10,
        label: t('Valtakirja', 'Fullmakt', 'Letter of authorisation'),
        condition: { field: 'applicantRole', op: 'equals', value: 'representative' },
      },
    ],
  };
}

export function propertySection(prefix: string): SectionElement {
  return {
    id: `${prefix}-property`,
    kind: 'section',
    key: 'property',
    label: t('Kiinteistö', 'Fastighet', 'Property'),
    elements: [
      {
        id: `${prefix}-property-id`,
        kind: 'text',
        key: 'propertyId',
        required: true,
        pattern: '^\\d{1,3}-\\d{1,3}-\\d{1,4}-\\d{1,4}$',
        patternMessage: t(
          'Kirjoita kiinteistötunnus muodossa 853-5-12-3.',
          'Skriv fastighetsbeteckningen i formen 853-5-12-3.',
          'Write the property identifier in the form 853-5-12-3.',
        ),
        label: t('Kiinteistötunnus', 'Fastighetsbeteckning', 'Property identifier'),
        help: t(
          'Löytyy lainhuutotodistuksesta tai kiinteistörekisteristä, esimerkiksi 853-5-12-3.',
          'Finns i lagfartsbeviset eller fastighetsregistret, till exempel 853-5-12-3.',
          'Found on the title certificate or in the real estate register, for example 853-5-12-3.',
        ),
      },
      {
        id: `${prefix}-property-address`,
        kind: 'address',
        key: 'propertyAddress',
        required: true,
        label: t('Kiinteistön osoite', 'Fastighetens adress', 'Address of the property'),
      },
      {
        id: `${prefix}-property-municipality`,
        kind: 'municipality',
        key: 'propertyMunicipality',
        required: true,
        label: t('Kunta', 'Kommun', 'Municipality'),
      },
    ],
  };
}

/** Example answers: a private owner of a property in Porvoo. */
export const exampleApplicantAndProperty: FormData = {
  applicant: {
    applicantType: 'person',
    applicantName: 'Erik Holmström',
    applicantAddress: { street: 'Vanha Helsingintie 45', postalCode: '06150', postOffice: 'Porvoo' },
    applicantPhone: '+358 50 321 7788',
    applicantEmail: 'erik.holmstrom@example.fi',
    applicantRole: 'owner',
  },
  property: {
    propertyId: '638-412-3-87',
    propertyAddress: { street: 'Vanha Helsingintie 45', postalCode: '06150', postOffice: 'Porvoo' },
    propertyMunicipality: '638',
  },
};
