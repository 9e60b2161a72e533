/**
 * Each kind's part of the submission contract, held to what the contract builder produced before
 * the kinds carried it in their specs: every kind required and optional, inside a repeating group,
 * and read by a condition (a trimmed kind compares its text with blanks around it). The snapshot
 * was taken from the code before the change; so was the fingerprint of every ready service's whole
 * contract, so that a kind which drifts anywhere in a real pack fails here too.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ELEMENT_KINDS, type ElementKind, type FormDefinition, type FormElement } from '../format/types';
import { readyPacks } from '../library/index';
import { EVERY_KIND_SAMPLE } from '../test-fixtures/every-kind';
import { specOf } from '../kinds/kind-specs';
import { serviceSubmissionSchema, submissionSchema } from './submission-schema';

function withRequired(element: FormElement, required: boolean): FormElement {
  return { ...element, required } as FormElement;
}

/** The kind's sample required, optional, in a group item, and a text shown when the sample equals a value. */
function formOf(kind: ElementKind): FormDefinition {
  const { element } = EVERY_KIND_SAMPLE[kind];
  const optional = { ...withRequired(element, false), id: `${element.id}-optional`, key: `${element.key}Optional` } as FormElement;
  const inGroup = { ...withRequired(element, true), id: `${element.id}-item`, key: `${element.key}Item` } as FormElement;
  return {
    pages: [{
      id: 'p1', title: { fi: 'Sivu' }, elements: [
        withRequired(element, true),
        optional,
        { id: 'e-when-equal', kind: 'text', key: 'whenEqual', label: { fi: 'Tarkenna' }, required: true, condition: { field: element.key, op: 'equals', value: 'concert' } },
        { id: 'e-when-answered', kind: 'text', key: 'whenAnswered', label: { fi: 'Lisätiedot' }, condition: { field: element.key, op: 'answered' } },
        { id: 'e-rows', kind: 'group', key: 'rows', label: { fi: 'Rivit' }, elements: [inGroup] },
      ],
    }],
  };
}

describe.each(ELEMENT_KINDS)('the contract of the %s kind', (kind) => {
  it('is what it was', () => {
    // The document's frame ($schema, $defs) is the same for every form; the kinds are in these two.
    const { properties, allOf } = submissionSchema(formOf(kind));
    expect({ properties, allOf }).toMatchSnapshot();
  });
});

describe('the contract of every ready service', () => {
  it('is what it was, to the byte', () => {
    const fingerprints = Object.fromEntries(readyPacks.flatMap((pack) => pack.services.map((service) => [
      `${pack.slug}/${service.id}`,
      createHash('sha256').update(JSON.stringify(serviceSubmissionSchema(service, { id: `https://kevyt.example/${service.id}` }))).digest('hex'),
    ])));
    expect(Object.keys(fingerprints).length).toBeGreaterThan(3);
    expect(fingerprints).toMatchSnapshot();
  });
});

describe('blank answers in the contract', () => {
  it.each(ELEMENT_KINDS.filter((kind) => specOf(kind).normalize))('the %s kind stores only blanks as no answer, as the contract takes it', (kind) => {
    // The contract lets only blanks stand for no answer where the kind normalises its text (kinds/).
    expect(specOf(kind).normalize?.text(' \t\n ')).toBe('');
  });
});
