import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../form-library/format/types';
import { labelForPath } from './labels';

const email = { fi: 'Sähköposti', sv: 'E-post', en: 'Email' };

/** A street-use permit's contact page: the organiser and the person in charge both give an email. */
const contacts: FormDefinition = {
  pages: [
    {
      id: 'p-contacts',
      title: { fi: 'Yhteystiedot', sv: 'Kontaktuppgifter', en: 'Contact details' },
      elements: [
        {
          id: 'e-organiser', kind: 'section', key: 'organiser',
          label: { fi: 'Järjestäjä', sv: 'Arrangör', en: 'Organiser' },
          elements: [
            { id: 'e-org-name', kind: 'text', key: 'name', label: { fi: 'Järjestäjän nimi', sv: 'Arrangörens namn', en: 'Name of the organiser' } },
            { id: 'e-org-email', kind: 'email', key: 'email', label: email },
            { id: 'e-org-address', kind: 'address', key: 'address', label: { fi: 'Postiosoite', sv: 'Postadress', en: 'Postal address' } },
          ],
        },
        {
          id: 'e-person', kind: 'section', key: 'person',
          label: { fi: 'Vastuuhenkilö', sv: 'Ansvarsperson', en: 'Person in charge' },
          elements: [{ id: 'e-person-email', kind: 'email', key: 'email', label: email }],
        },
        {
          id: 'e-guards', kind: 'group', key: 'guards',
          label: { fi: 'Järjestyksenvalvojat', sv: 'Ordningsvakter', en: 'Security stewards' },
          itemLabel: { fi: 'Järjestyksenvalvoja', sv: 'Ordningsvakt', en: 'Steward' },
          elements: [{ id: 'e-guard-email', kind: 'email', key: 'email', label: email }],
        },
      ],
    },
  ],
};

describe('labelForPath', () => {
  it('names the section of a field whose label another field shares', () => {
    expect(labelForPath(contacts, 'organiser.email', 'fi')).toBe('Järjestäjä: Sähköposti');
    expect(labelForPath(contacts, 'person.email', 'sv')).toBe('Ansvarsperson: E-post');
    expect(labelForPath(contacts, 'person.email', 'en')).toBe('Person in charge: Email');
  });

  it('keeps a unique label short, section or not', () => {
    expect(labelForPath(contacts, 'organiser.name', 'fi')).toBe('Järjestäjän nimi');
    expect(labelForPath(contacts, 'organiser.address.postalCode', 'en')).toBe('Postal address, postal code');
  });

  it('names a repeating group item by its number, not a section', () => {
    expect(labelForPath(contacts, 'guards.1.email', 'fi')).toBe('Järjestyksenvalvoja 2: Sähköposti');
  });
});
