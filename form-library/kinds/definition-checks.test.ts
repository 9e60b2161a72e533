/**
 * The rules a kind's spec brings to the form's problem list and to readers of answers: what is
 * wrong in an element's own definition, which kinds hold a value of their own, and what of a
 * strong identity a field may hold.
 */
import { describe, expect, it } from 'vitest';
import { ELEMENT_KINDS, type FormDefinition, type FormElement } from '../format/types';
import { formProblems } from '../problems/form-problems';
import { identityFieldsOfKind } from '../identity/identity-fields';
import { specOf } from './kind-specs';

const label = { fi: 'Kenttä', sv: 'Fält', en: 'Field' };
const formOf = (elements: FormElement[]): FormDefinition => ({ pages: [{ id: 'p1', title: { fi: 'Tapahtuma', sv: 'Evenemang', en: 'Event' }, elements }] });
const definitionProblems = (element: FormElement) =>
  formProblems(formOf([element])).filter((p) => p.code !== 'missingTranslation' && p.code !== 'placeholderText').map((p) => [p.code, p.path, p.params?.value]);

describe('what is wrong in an element’s own definition', () => {
  it('names a choice list without options, and an option value given twice', () => {
    expect(definitionProblems({ id: 'c', kind: 'choice', key: 'venue', label, options: [] })).toEqual([['emptyChoiceList', 'pages.0.elements.0.options', undefined]]);
    const twice = [{ value: 'food', label }, { value: 'music', label }, { value: 'food', label }];
    expect(definitionProblems({ id: 'm', kind: 'multiChoice', key: 'services', label, options: twice, minItems: 3, maxItems: 2 })).toEqual([
      ['duplicateOption', 'pages.0.elements.0.options.2.value', 'food'],
      ['minAboveMax', 'pages.0.elements.0.minItems', undefined],
    ]);
  });

  it('names a least above a most at the least, for lengths, numbers, dates, date ranges and rows', () => {
    expect(definitionProblems({ id: 't', kind: 'textarea', key: 'plan', label, minLength: 50, maxLength: 10, pattern: '([a-z' })).toEqual([
      ['invalidPattern', 'pages.0.elements.0.pattern', undefined],
      ['minAboveMax', 'pages.0.elements.0.minLength', undefined],
    ]);
    expect(definitionProblems({ id: 'n', kind: 'number', key: 'attendance', label, min: 500, max: 100 })).toEqual([['minAboveMax', 'pages.0.elements.0.min', undefined]]);
    expect(definitionProblems({ id: 'd', kind: 'date', key: 'day', label, min: '2027-06-01', max: '2026-06-01' })).toEqual([['minAboveMax', 'pages.0.elements.0.min', undefined]]);
    expect(definitionProblems({ id: 'r', kind: 'dateRange', key: 'days', label, min: '2026-06-02', max: '2026-06-01' })).toEqual([['minAboveMax', 'pages.0.elements.0.min', undefined]]);
    expect(definitionProblems({
      id: 'g', kind: 'group', key: 'stalls', label, minItems: 4, maxItems: 2,
      elements: [{ id: 'g1', kind: 'text', key: 'stallName', label }],
    })).toEqual([['minAboveMax', 'pages.0.elements.0.minItems', undefined]]);
  });
});

describe('what a kind holds', () => {
  it('gives a value of its own to every kind but the section, the group and info', () => {
    expect(ELEMENT_KINDS.filter((kind) => !specOf(kind).ownValue)).toEqual(['info', 'section', 'group']);
  });

  it('lets a text hold a name (or the company’s), a henkilötunnus field the henkilötunnus and a Y-tunnus field the company’s, in the designer’s order, and nothing else', () => {
    expect(identityFieldsOfKind('text')).toEqual(['fullName', 'givenName', 'familyName', 'organisationName']);
    expect(identityFieldsOfKind('personalId')).toEqual(['personalId']);
    expect(identityFieldsOfKind('businessId')).toEqual(['businessId']);
    expect(ELEMENT_KINDS.filter((kind) => identityFieldsOfKind(kind).length > 0).sort()).toEqual(['businessId', 'personalId', 'text']);
  });
});
