import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../form-library/format/types';
import { designerTexts } from '../../../i18n/catalogs/builder';
import { translator } from '../../../i18n/translate';
import { placeAtIndex, placeOfTarget, placeText } from './drop-place';

// Tampere's street-party notification: the organiser, a repeating group of event days, an empty second page.
const form: FormDefinition = {
  pages: [
    {
      id: 'p1', title: { fi: 'Tapahtuma', sv: 'Evenemang' },
      elements: [
        { id: 'org', kind: 'text', key: 'jarjestaja', label: { fi: 'Järjestäjä', sv: 'Arrangör' } },
        { id: 'days', kind: 'group', key: 'paivat', label: { fi: 'Tapahtumapäivät', sv: 'Evenemangsdagar' }, elements: [{ id: 'day', kind: 'date', key: 'paiva', label: { fi: 'Päivä', sv: 'Dag' } }] },
      ],
    },
    { id: 'p2', title: {}, elements: [] },
  ],
};
const fi = translator(designerTexts, 'fi');
const sv = translator(designerTexts, 'sv');

describe('what the screen reader hears about a place', () => {
  it('names the element a drag lands before or after', () => {
    expect(placeText(placeOfTarget(form, { type: 'element', elementId: 'days', after: false }, 'fi', fi), fi)).toBe('ennen kohtaa "Tapahtumapäivät"');
    expect(placeText(placeOfTarget(form, { type: 'element', elementId: 'days', after: true }, 'sv', sv), sv)).toBe('efter "Evenemangsdagar"');
  });

  it('names the end of a list by its container and its last element, and an empty page by its number', () => {
    expect(placeText(placeOfTarget(form, { type: 'zone', containerId: 'days' }, 'fi', fi), fi)).toBe('kohdan "Tapahtumapäivät" loppuun, kohdan "Päivä" jälkeen');
    expect(placeText(placeOfTarget(form, { type: 'zone', containerId: 'p1' }, 'sv', sv), sv)).toBe('sist på sidan "Evenemang", efter "Evenemangsdagar"');
    expect(placeText(placeOfTarget(form, { type: 'zone', containerId: 'p2' }, 'fi', fi), fi)).toBe('tyhjälle sivulle "Sivu 2"');
  });

  it('tells where "Add" puts an element: after the one before it, or before the first', () => {
    expect(placeAtIndex(form, 'p1', 1, 'fi', fi)).toEqual({ kind: 'after', element: 'Järjestäjä' });
    expect(placeAtIndex(form, 'p1', 0, 'fi', fi)).toEqual({ kind: 'before', element: 'Järjestäjä' });
    expect(placeAtIndex(form, 'p1', 2, 'en', translator(designerTexts, 'en'))).toEqual({ kind: 'end', container: 'Tapahtuma', element: 'Tapahtumapäivät', page: true });
  });
});
