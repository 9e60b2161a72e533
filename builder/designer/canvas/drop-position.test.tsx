import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../form-library/format/types';
import { dropPosition } from './drop-position';

// A building-permit page: applicant, address, a section with the site details.
const form: FormDefinition = {
  pages: [
    {
      id: 'p1',
      title: { fi: 'Hakija' },
      elements: [
        { id: 'a', kind: 'text', key: 'hakija', label: { fi: 'Hakija' } },
        { id: 'b', kind: 'address', key: 'osoite', label: { fi: 'Osoite' } },
        { id: 's', kind: 'section', key: 'rakennuspaikka', label: { fi: 'Rakennuspaikka' }, elements: [{ id: 'c', kind: 'municipality', key: 'kunta', label: { fi: 'Kunta' } }] },
      ],
    },
    { id: 'p2', title: { fi: 'Liitteet' }, elements: [] },
  ],
};

describe('where a drop lands', () => {
  it('a palette item dropped on the lower half of an element goes after it', () => {
    expect(dropPosition(form, { type: 'palette', kind: 'email' }, { type: 'element', elementId: 'a', after: true })).toEqual({ containerId: 'p1', index: 1 });
  });

  it('dropping on a container area appends to it, also on an empty page', () => {
    expect(dropPosition(form, { type: 'palette', kind: 'email' }, { type: 'zone', containerId: 's' })).toEqual({ containerId: 's', index: 1 });
    expect(dropPosition(form, { type: 'element', elementId: 'a' }, { type: 'zone', containerId: 'p2' })).toEqual({ containerId: 'p2', index: 0 });
  });

  it('moving down in the same list counts the index without the moved element', () => {
    expect(dropPosition(form, { type: 'element', elementId: 'a' }, { type: 'element', elementId: 'b', after: true })).toEqual({ containerId: 'p1', index: 1 });
    expect(dropPosition(form, { type: 'element', elementId: 'b' }, { type: 'element', elementId: 'a', after: false })).toEqual({ containerId: 'p1', index: 0 });
  });

  it('a drop that changes nothing or would put a section inside itself is no drop', () => {
    expect(dropPosition(form, { type: 'element', elementId: 'a' }, { type: 'element', elementId: 'b', after: false })).toBeUndefined();
    expect(dropPosition(form, { type: 'element', elementId: 's' }, { type: 'zone', containerId: 's' })).toBeUndefined();
    expect(dropPosition(form, { type: 'element', elementId: 's' }, { type: 'element', elementId: 'c', after: true })).toBeUndefined();
  });
});
