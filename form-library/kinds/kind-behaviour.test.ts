/**
 * What every field kind does, held to what it did before the kinds became specs: how it compiles
 * (with and without texts, required or not), how its answer reads in each language, how it is
 * normalised and how a missing or wrong answer is named. The snapshot was taken from the code
 * before the change; a kind that drifts fails here.
 */
import { describe, expect, it } from 'vitest';
import { ELEMENT_KINDS, LANGS, type FormDefinition, type FormElement } from '../format/types';
import { compileForm, compileValidationSchema } from '../compiler/compile-form';
import { formatAnswer } from '../answers/format-answer';
import { answerRows } from '../answers/answer-rows';
import { normalizeAnswers } from '../validation/normalize-answers';
import { validateSubmission } from '../validation/validate-submission';
import { EVERY_KIND_SAMPLE, sampleData } from '../test-fixtures/every-kind';

const formOf = (element: FormElement): FormDefinition => ({ pages: [{ id: 'p1', title: { fi: 'Sivu', en: 'Page' }, elements: [element] }] });
const lookups = {
  attachmentName: (id: string) => ({ 'att-1': 'kartta.pdf', 'att-2': 'kartta-2.png' })[id],
  municipalityName: (code: string, lang: string) => (code === '091' ? (lang === 'sv' ? 'Helsingfors' : 'Helsinki') : undefined),
};

describe.each(ELEMENT_KINDS)('the %s kind', (kind) => {
  const { element, answer } = EVERY_KIND_SAMPLE[kind];
  const form = formOf(element);

  it('compiles to the same schema and uiSchema in every language, and to the same validation schema', () => {
    const compiled = Object.fromEntries(LANGS.map((lang) => [lang, compileForm(form, lang)]));
    expect({ compiled, withData: compileForm(form, 'fi', sampleData(kind)), validation: compileValidationSchema(form) }).toMatchSnapshot();
  });

  it('normalises its answer as before', () => {
    expect(normalizeAnswers(form, sampleData(kind))).toMatchSnapshot();
  });

  it('reads its answer as before in every language, alone and as answer rows', () => {
    const normal = normalizeAnswers(form, sampleData(kind));
    const read = Object.fromEntries(LANGS.map((lang) => [lang, {
      answer: formatAnswer(element, normal[element.key] ?? answer, lang, lookups),
      rows: answerRows(form, normal, lang, lookups),
    }]));
    expect(read).toMatchSnapshot();
  });

  it('names a missing or wrong answer as before', () => {
    const wrong = typeof answer === 'string' ? { [element.key]: 12 } : { [element.key]: 'x' };
    expect({
      empty: validateSubmission(form, {}, 'fi'),
      wrong: validateSubmission(form, wrong, 'en'),
      sample: validateSubmission(form, sampleData(kind), 'sv'),
    }).toMatchSnapshot();
  });
});

describe('answers of the identifier and choice kinds', () => {
  it('store identifiers in their normal form and read choices by their labels', () => {
    expect(normalizeAnswers(formOf(EVERY_KIND_SAMPLE.businessId.element), sampleData('businessId'))).toEqual({ businessId: '0737546-2' });
    expect(normalizeAnswers(formOf(EVERY_KIND_SAMPLE.personalId.element), sampleData('personalId'))).toEqual({ personalId: '131052-308T' });
    expect(formatAnswer(EVERY_KIND_SAMPLE.choice.element, 'concert', 'sv')).toBe('Konsert');
    expect(formatAnswer(EVERY_KIND_SAMPLE.multiChoice.element, ['food', 'stage'], 'en')).toBe('Food sales, Stage');
    expect(formatAnswer(EVERY_KIND_SAMPLE.municipality.element, '091', 'sv', lookups)).toBe('Helsingfors (091)');
    expect(formatAnswer(EVERY_KIND_SAMPLE.address.element, { street: 'Helsinginkatu 25', postalCode: '00510', postOffice: 'Helsinki' }, 'fi')).toBe('Helsinginkatu 25, 00510 Helsinki');
  });
});
