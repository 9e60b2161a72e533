import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../format/types';
import { fillIdentityFields, identityFieldPaths, identityFieldsOfKind } from './identity-fields';

const form: FormDefinition = {
  pages: [
    {
      id: 'p1',
      title: { fi: 'Hakija' },
      elements: [
        { id: 'e1', key: 'hetu', kind: 'personalId', label: { fi: 'Henkilötunnus' }, identityField: 'personalId' },
        { id: 'e9', key: 'childHetu', kind: 'personalId', label: { fi: 'Lapsen henkilötunnus' } },
        { id: 'e2', key: 'name', kind: 'text', label: { fi: 'Nimi' }, identityField: 'fullName' },
        { id: 'e3', key: 'notes', kind: 'text', label: { fi: 'Lisätiedot' } },
        {
          id: 'e4', key: 'applicant', kind: 'section', label: { fi: 'Hakija' },
          elements: [
            { id: 'e5', key: 'first', kind: 'text', label: { fi: 'Etunimi' }, identityField: 'givenName' },
            { id: 'e6', key: 'last', kind: 'text', label: { fi: 'Sukunimi' }, identityField: 'familyName' },
          ],
        },
        {
          id: 'e7', key: 'others', kind: 'group', label: { fi: 'Muut' },
          elements: [{ id: 'e8', key: 'otherHetu', kind: 'personalId', label: { fi: 'Henkilötunnus' } }],
        },
      ],
    },
  ],
};

const person = { givenName: 'Aino', familyName: 'Testinen', personalId: '010190-908Y' };

describe('identity fields', () => {
  it('finds the fields marked with what they hold, on pages and in sections, not in groups nor unmarked ones', () => {
    expect(identityFieldPaths(form)).toEqual([
      { path: ['hetu'], field: 'personalId' },
      { path: ['name'], field: 'fullName' },
      { path: ['applicant', 'first'], field: 'givenName' },
      { path: ['applicant', 'last'], field: 'familyName' },
    ]);
  });

  it('overwrites what the browser sent with the identity and keeps the other answers', () => {
    const sent = { hetu: '150385-921R', childHetu: '150385-921R', name: 'Someone Else', notes: 'hi', applicant: { first: 'X' }, others: [{ otherHetu: '010101A9012' }] };
    expect(fillIdentityFields(form, sent, person)).toEqual({
      hetu: '010190-908Y',
      childHetu: '150385-921R',
      name: 'Aino Testinen',
      notes: 'hi',
      applicant: { first: 'Aino', last: 'Testinen' },
      others: [{ otherHetu: '010101A9012' }],
    });
    expect(sent.hetu).toBe('150385-921R');
  });
});

describe('the company’s identity fields', () => {
  const companyForm: FormDefinition = {
    pages: [
      {
        id: 'p1',
        title: { fi: 'Hakija' },
        elements: [
          { id: 'c1', key: 'applicant', kind: 'text', label: { fi: 'Hakijan nimi' }, identityField: 'fullName' },
          {
            id: 'c2', key: 'organiser', kind: 'section', label: { fi: 'Järjestäjä' },
            elements: [
              { id: 'c3', key: 'name', kind: 'text', label: { fi: 'Yrityksen nimi' }, identityField: 'organisationName' },
              { id: 'c4', key: 'businessId', kind: 'businessId', label: { fi: 'Y-tunnus' }, identityField: 'businessId' },
            ],
          },
          { id: 'c5', key: 'subcontractor', kind: 'businessId', label: { fi: 'Alihankkijan Y-tunnus' } },
        ],
      },
    ],
  };
  const company = { businessId: '7001234-9', name: 'Testiyhtiö Oy' };

  it('a text may hold the company’s name, a Y-tunnus field its Y-tunnus; nothing else holds them', () => {
    expect(identityFieldsOfKind('text')).toContain('organisationName');
    expect(identityFieldsOfKind('businessId')).toEqual(['businessId']);
    expect(identityFieldsOfKind('personalId')).toEqual(['personalId']);
    expect(identityFieldsOfKind('email')).toEqual([]);
  });

  it('acting for a company: fills its name and Y-tunnus over what was sent, and leaves an unmarked Y-tunnus alone', () => {
    const sent = { applicant: 'X', organiser: { name: 'Väärä Oy', businessId: '7001235-7' }, subcontractor: '7001235-7' };
    expect(fillIdentityFields(companyForm, sent, person, company)).toEqual({
      applicant: 'Aino Testinen', organiser: { name: 'Testiyhtiö Oy', businessId: '7001234-9' }, subcontractor: '7001235-7',
    });
    expect(identityFieldPaths(companyForm, company).map((f) => f.path.join('.'))).toEqual(['applicant', 'organiser.name', 'organiser.businessId']);
  });

  it('acting for themselves: the company’s fields are the person’s to fill, as typed', () => {
    const sent = { organiser: { name: 'Ainon Kahvila', businessId: '7001235-7' } };
    expect(fillIdentityFields(companyForm, sent, person)).toEqual({ applicant: 'Aino Testinen', organiser: { name: 'Ainon Kahvila', businessId: '7001235-7' } });
    expect(identityFieldPaths(companyForm).map((f) => f.path.join('.'))).toEqual(['applicant']);
  });
});
